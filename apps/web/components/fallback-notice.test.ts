import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALE_CODES, getLocale, type LocaleCode } from '@welfare/types';
import { createTranslator } from 'use-intl/core';

/**
 * The notice above an entry shown in Italian because it has no translation yet.
 *
 * FallbackNotice is an async server component that calls getTranslations('Fallback') from
 * next-intl/server, which needs a React Server Components request (setRequestLocale is kept in
 * React's per-request cache, the fallback reads Next's request headers) and cannot run in Jest.
 * These tests therefore produce its text as the component does: the real message files, next-intl's
 * translator, `t('notice', { language: getLocale(locale).nativeName })`.
 */

function noticeIn(locale: LocaleCode): string {
  const messages = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'messages', `${locale}.json`), 'utf8')) as Record<string, Record<string, string>>;
  const t = createTranslator({ locale, messages, namespace: 'Fallback' });
  return t('notice', { language: getLocale(locale).nativeName });
}

// The pages show the notice to visitors of every language but Italian.
const VISITOR_LOCALES = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);

describe('fallback notice', () => {
  it.each([...LOCALE_CODES])('names the language by its native name in %s, with no placeholder left', (locale) => {
    const notice = noticeIn(locale);
    expect(notice.trim()).not.toBe('');
    expect(notice).toContain(getLocale(locale).nativeName);
    expect(notice).not.toMatch(/[{}]/);
  });

  it.each(VISITOR_LOCALES)('is translated for visitors reading %s, not left in Italian', (locale) => {
    expect(noticeIn(locale)).not.toBe(noticeIn(DEFAULT_LOCALE).replace(getLocale(DEFAULT_LOCALE).nativeName, getLocale(locale).nativeName));
  });

  it('reads as a sentence in English', () => {
    expect(noticeIn('en')).toBe('This content has not been translated into English yet: here it is in Italian.');
  });
});
