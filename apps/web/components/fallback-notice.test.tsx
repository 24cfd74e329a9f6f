/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { DEFAULT_LOCALE, LOCALE_CODES, getLocale, type LocaleCode } from '@welfare/types';
import { messagesOf } from '@/test/messages';
import { FallbackNotice } from './fallback-notice';

/** The notice as a visitor reading `locale` sees it above an entry shown in Italian. */
function noticeIn(locale: LocaleCode): string {
  const { unmount } = render(
    <NextIntlClientProvider locale={locale} messages={messagesOf(locale)}>
      <FallbackNotice locale={locale} />
    </NextIntlClientProvider>,
  );
  const text = screen.getByRole('note').textContent ?? '';
  unmount();
  return text;
}

// The pages show the notice to visitors of every language but Italian.
const VISITOR_LOCALES = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);

describe('FallbackNotice', () => {
  it.each([...LOCALE_CODES])('names the language by its native name in %s, with no placeholder left', (locale) => {
    const notice = noticeIn(locale);
    expect(notice.trim()).not.toBe('');
    expect(notice).toContain(getLocale(locale).nativeName);
    expect(notice).not.toMatch(/[{}]/);
  });

  it.each(VISITOR_LOCALES)('is translated for visitors reading %s, not left in Italian', (locale) => {
    expect(noticeIn(locale)).not.toBe(noticeIn(DEFAULT_LOCALE).replace(getLocale(DEFAULT_LOCALE).nativeName, getLocale(locale).nativeName));
  });

  it('reads as a sentence in English, as a note for assistive technology', () => {
    expect(noticeIn('en')).toBe('This content has not been translated into English yet: here it is in Italian.');
  });
});
