import { ChangeNoticeSchema, type ChangeNotice } from '@welfare/types';
import { matchesSecret } from '../shared-secrets';

/**
 * Reads a change notice from the CMS (POST /api/revalidate): the shared secret as a bearer token,
 * then a JSON body of the ChangeNotice shape. Every refusal says why, without echoing the secret.
 */
export type NoticeRequest = { ok: true; notice: ChangeNotice } | { ok: false; status: 400 | 401 | 413; message: string };

/** Far more than a notice about a document shown by a thousand others. */
const MAX_BODY_BYTES = 512 * 1024;

function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match ? match[1].trim() : null;
}

export async function readNoticeRequest(request: Request, secret: string): Promise<NoticeRequest> {
  if (!matchesSecret(bearerToken(request.headers.get('authorization')), secret)) {
    return { ok: false, status: 401, message: 'A valid "Authorization: Bearer <REVALIDATE_SECRET>" header is required.' };
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    return { ok: false, status: 413, message: `The notice is larger than ${MAX_BODY_BYTES} bytes.` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: 'The body is not JSON.' };
  }
  const parsed = ChangeNoticeSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    return { ok: false, status: 400, message: `The body is not a change notice: ${issues.join('; ')}` };
  }
  return { ok: true, notice: parsed.data };
}
