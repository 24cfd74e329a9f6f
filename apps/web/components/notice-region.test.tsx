/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import {
  AGENCY_TIME_ZONE,
  LOCALE_CODES,
  NOTICE_SEVERITIES,
  directionOf,
  type LocaleCode,
  type Notice,
  type NoticeSeverity,
} from '@welfare/types';
import { formats } from '@/i18n/formats';
import { messagesOf } from '@/test/messages';
import { NoticeRegion } from './notice-region';

const notice = (documentId: string, severity: NoticeSeverity, locale: LocaleCode, endsAt: string | null = null): Notice => ({
  id: 1,
  documentId,
  locale,
  createdAt: '2026-06-01T08:00:00.000Z',
  updatedAt: '2026-06-01T08:00:00.000Z',
  publishedAt: '2026-06-01T08:00:00.000Z',
  title: `Titolo ${documentId}`,
  summary: `Testo ${documentId}`,
  severity,
  startsAt: '2026-06-01T08:00:00.000Z',
  endsAt,
  wholeSite: false,
});

function show(locale: LocaleCode, notices: Parameters<typeof NoticeRegion>[0]['notices']) {
  return render(
    <NextIntlClientProvider locale={locale} messages={messagesOf(locale)} timeZone={AGENCY_TIME_ZONE} formats={formats}>
      <NoticeRegion notices={notices} locale={locale} />
    </NextIntlClientProvider>,
  );
}

describe('NoticeRegion', () => {
  it.each([...LOCALE_CODES])('in %s: a region named by its heading, each severity said in words, in the page direction', (locale) => {
    const { unmount, container } = show(
      locale,
      NOTICE_SEVERITIES.map((severity) => ({ entry: notice(severity, severity, locale), contentLocale: locale, isFallback: false })),
    );
    const messages = messagesOf(locale) as { Notices: { heading: string; severity: Record<NoticeSeverity, string> } };
    const region = screen.getByRole('region', { name: messages.Notices.heading });
    expect(region).toHaveAttribute('dir', directionOf(locale));
    for (const severity of NOTICE_SEVERITIES) {
      const item = within(region)
        .getByRole('heading', { level: 3, name: `Titolo ${severity}` })
        .closest('li') as HTMLElement;
      // Not colour alone: the severity's name is text, and it is not a placeholder.
      expect(item.querySelector('.notice-severity')?.textContent).toContain(messages.Notices.severity[severity]);
      expect(messages.Notices.severity[severity].trim()).not.toBe('');
    }
    expect(container.textContent).not.toMatch(/[{}]/);
    unmount();
  });

  it('marks an Italian notice on an Arabic page, and says until when it holds in Italian time', () => {
    show('ar', [{ entry: notice('n1', 'warning', 'it', '2026-03-29T01:00:00.000Z'), contentLocale: 'it', isFallback: true }]);
    const title = screen.getByRole('heading', { level: 3, name: 'Titolo n1' });
    expect(title).toHaveAttribute('lang', 'it');
    expect(title).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('Testo n1')).toHaveAttribute('lang', 'it');
    const ar = messagesOf('ar') as { Fallback: { listBadge: string } };
    expect(screen.getByText(ar.Fallback.listBadge)).toBeInTheDocument();
    // 01:00 UTC on 29 March 2026 is 03:00 in Rome, the first minute of summer time.
    expect(document.querySelector('.notice-until')?.textContent).toMatch(/29 .* 3:00/);
  });

  it('shows nothing when no notice is in force', () => {
    const { container } = show('it', []);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('NoticeRegion in right-to-left text', () => {
  it('isolates a phone number inside an Arabic notice', () => {
    const arabic = { ...notice('n2', 'info', 'ar'), summary: 'اتصلوا بالرقم 0364 22693.' };
    const { container } = show('ar', [{ entry: arabic, contentLocale: 'ar', isFallback: false }]);
    expect([...container.querySelectorAll('p bdi[dir="ltr"]')].map((bdi) => bdi.textContent)).toContain('0364 22693');
  });
});
