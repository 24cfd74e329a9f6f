/** An iCalendar HTTP response: a download for one event, inline for a subscribed feed. */
export function calendarResponse(body: string, filename: string, { inline = false } = {}): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${filename}"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
