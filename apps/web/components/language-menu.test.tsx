/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { LOCALES, type LocaleCode } from '@welfare/types';
import { hrefsForEntry } from '@/lib/alternates';
import { messagesOf } from '@/test/messages';
import { LanguageMenu } from './language-menu';

// The FAMI project page: translated into English and Arabic, Italian everywhere else.
const FAMI = { it: 'progetto-fami', en: 'fami-project', ar: 'mashrou-fami' };
const pagePath = (locale: LocaleCode, slug: string) => `/${locale}/pages/${slug}`;

function renderMenu(locale: LocaleCode) {
  return render(
    <NextIntlClientProvider locale={locale} messages={messagesOf(locale)}>
      <LanguageMenu locale={locale} hrefs={hrefsForEntry(FAMI, pagePath)} />
    </NextIntlClientProvider>,
  );
}

describe('LanguageMenu', () => {
  it('names every registered language in the language itself, marked with its own lang and direction', () => {
    renderMenu('en');
    const links = within(screen.getByRole('list')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(LOCALES.map((language) => language.nativeName));
    for (const [index, language] of LOCALES.entries()) {
      expect(links[index]).toHaveAttribute('lang', language.code);
      expect(links[index]).toHaveAttribute('hreflang', language.code);
      expect(links[index]).toHaveAttribute('dir', language.direction);
    }
    expect(screen.getByRole('link', { name: 'العربية' })).toHaveAttribute('dir', 'rtl');
  });

  it('keeps the visitor on the same entry: its translation where it exists, the Italian original elsewhere', () => {
    renderMenu('en');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/pages/fami-project');
    expect(screen.getByRole('link', { name: 'العربية' })).toHaveAttribute('href', '/ar/pages/mashrou-fami');
    expect(screen.getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/pages/progetto-fami');
  });

  it('marks the current language and says what the menu is for in the visitor’s language', () => {
    renderMenu('ar');
    expect(screen.getByRole('link', { name: 'العربية' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
    const summary = screen.getByText('العربية', { selector: 'summary' });
    const label = (messagesOf('ar').Layout as Record<string, string>).chooseLanguage;
    expect(summary).toHaveTextContent(label);
  });
});
