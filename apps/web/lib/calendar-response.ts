import 'server-only';
import { cacheControlFor } from '@/lib/preview/draft-cache-control';

/** An iCalendar HTTP response: a download for one event, inline for a subscribed feed. */
export async function calendarResponse(body: string, filename: string, { inline = false } = {}): Promise<Response> {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${filename}"`,
      'Cache-Control': await cacheControlFor('public, max-age=300'),
    },
  });
}
