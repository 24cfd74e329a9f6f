import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { isSlug } from '@welfare/types';
import { getEntry } from '@/lib/cms/content';
import { calendarNotices } from '@/lib/cms/notices';
import { toCalendarEvent } from '@/lib/event-calendar';
import { toICalendar } from '@/lib/ics';
import { calendarResponse } from '@/lib/calendar-response';

/** One event as a calendar file (with its notices in force): the "add to calendar" button. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale) || !isSlug(slug)) return new Response('Not found', { status: 404 });
  const lookup = await getEntry('event', locale, slug);
  if (!lookup || !('found' in lookup)) return new Response('Not found', { status: 404 });
  const { entry } = lookup.found;
  const notices = await calendarNotices(locale);
  return calendarResponse(
    toICalendar({ name: entry.title, language: entry.locale, events: [toCalendarEvent(entry, locale, notices)] }),
    `${entry.slug}.ics`,
  );
}
