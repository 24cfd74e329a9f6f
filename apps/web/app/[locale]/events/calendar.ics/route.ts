import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { getGlobalSettings, listCalendarEvents } from '@/lib/cms/content';
import { calendarNotices } from '@/lib/cms/notices';
import { toCalendarEvent } from '@/lib/event-calendar';
import { toICalendar } from '@/lib/ics';
import { calendarResponse } from '@/lib/calendar-response';

/** The calendar feed of a language: the upcoming events, with their notices in force, for calendar apps to subscribe to. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const [t, global, events, notices] = await Promise.all([
    getTranslations({ locale, namespace: 'Lists.event' }),
    getGlobalSettings(locale),
    listCalendarEvents(locale),
    calendarNotices(locale),
  ]);
  const calendar = toICalendar({
    name: `${global.siteName} – ${t('title')}`,
    language: locale,
    events: events.map(({ entry }) => toCalendarEvent(entry, locale, notices)),
  });
  return calendarResponse(calendar, `events-${locale}.ics`, { inline: true });
}
