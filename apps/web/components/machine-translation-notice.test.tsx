/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@welfare/types';
import { messagesOf } from '@/test/messages';
import { MachineTranslationNotice } from './machine-translation-notice';

function noticeIn(locale: LocaleCode) {
  const result = render(
    <NextIntlClientProvider locale={locale} messages={messagesOf(locale)}>
      <MachineTranslationNotice italianHref="/it/services/mediazione" />
    </NextIntlClientProvider>,
  );
  const note = screen.getByRole('note');
  const link = screen.getByRole('link');
  const facts = { text: note.textContent ?? '', href: link.getAttribute('href'), hrefLang: link.getAttribute('hreflang') };
  result.unmount();
  return facts;
}

describe('MachineTranslationNotice', () => {
  it.each([...LOCALE_CODES])('says in %s that the page was translated automatically, linking to the Italian', (locale) => {
    const notice = noticeIn(locale);
    expect(notice.text.trim()).not.toBe('');
    expect(notice.text).not.toMatch(/[{}]/);
    expect(notice.href).toBe('/it/services/mediazione');
    expect(notice.hrefLang).toBe(DEFAULT_LOCALE);
  });

  it.each(LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE))('is written in %s, not left in Italian', (locale) => {
    expect(noticeIn(locale).text).not.toBe(noticeIn(DEFAULT_LOCALE).text);
  });

  it('reads as a sentence in English', () => {
    expect(noticeIn('en').text).toBe('This page was translated automatically and may contain errors. Read the Italian original');
  });
});
