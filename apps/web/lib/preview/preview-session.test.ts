/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { PREVIEW_SESSION_LIFETIME_SECONDS } from '@welfare/types';
import { decodePreviewSession, encodePreviewSession } from './preview-session';

const SECRET = 'Zx8Qp2Lm5Vb9Tr4Wn7Kc1Hd6Fg3Js0Ay';
const NOW = Date.UTC(2026, 11, 1, 5, 0, 0);
const expires = NOW / 1000 + PREVIEW_SESSION_LIFETIME_SECONDS;
const session = { type: 'service', documentId: 'abc123', slug: 'wasata', locale: 'ar', expires };

describe('a preview session', () => {
  it('names one document in one locale, until it expires', () => {
    const value = encodePreviewSession(session, SECRET);
    expect(decodePreviewSession(value, SECRET, NOW)).toEqual(session);
    expect(decodePreviewSession(value, SECRET, (expires - 1) * 1000)).toEqual(session);
    expect(decodePreviewSession(value, SECRET, expires * 1000)).toBeNull();
  });

  it('is no session when made with another secret, altered, or not a session at all', () => {
    const value = encodePreviewSession(session, SECRET);
    expect(decodePreviewSession(value, 'Pp0Oo9Ii8Uu7Yy6Tt5Rr4Ee3Ww2Qq1Aa', NOW)).toBeNull();
    expect(decodePreviewSession(value, undefined, NOW)).toBeNull();
    const [, signature] = value.split('.');
    const forged = Buffer.from(JSON.stringify({ ...session, documentId: 'other1' })).toString('base64url');
    expect(decodePreviewSession(`${forged}.${signature}`, SECRET, NOW)).toBeNull();
    for (const broken of ['', 'x', 'a.b', `${value}.x`, 'made-with-the-old-secret'])
      expect(decodePreviewSession(broken, SECRET, NOW)).toBeNull();
  });

  it('is no session when signed but naming no previewable document', () => {
    for (const fields of [
      { ...session, type: 'category' },
      { ...session, locale: 'de' },
      { ...session, documentId: '../x' },
      { ...session, expires: 'never' },
    ]) {
      expect(decodePreviewSession(encodePreviewSession(fields as typeof session, SECRET), SECRET, NOW)).toBeNull();
    }
  });
});
