import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { environment } from '@/lib/environment';
import { parsePreviewLink, previewPath } from '@/lib/preview/preview-link';
import { endPreviewSession, startPreviewSession } from '@/lib/preview/preview-session';
import { previewConfiguration } from '@/lib/preview/secrets';
import { checkPreviewSignature } from '@/lib/preview/signed-link';

/**
 * The CMS's "Open preview" (admin iframe or new tab): checks the link's signature and expiry, turns
 * Next's draft mode on for this browser with a preview session of that one document in that one
 * locale (signed with the current PREVIEW_SECRET, ending after 30 minutes) and sends it to the
 * entry's page, which then shows its draft; everything else stays published. A link to the published version turns draft mode off
 * instead, so the page is what the public sees.
 */
const NOT_STORED = { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/plain; charset=utf-8' };

const refuse = (status: number, message: string) => new Response(`${message}\n`, { status, headers: NOT_STORED });

export async function GET(request: NextRequest) {
  const configuration = previewConfiguration();
  if (!configuration.enabled) {
    console.error(`Preview refused: ${configuration.problem}`);
    return refuse(503, 'Preview is not available: the portal is not configured for it. The server log says why.');
  }
  const query = request.nextUrl.searchParams;
  const parsed = parsePreviewLink(query);
  if (!parsed.ok) return refuse(400, parsed.message);
  const signature = checkPreviewSignature(query, parsed.link, configuration.secret);
  if (!signature.ok) return refuse(401, signature.message);

  const draft = await draftMode();
  const { development } = environment();
  if (parsed.link.status === 'published') {
    draft.disable();
    await endPreviewSession(development);
  } else {
    draft.enable();
    const { type, documentId, locale } = parsed.link;
    await startPreviewSession(configuration.secret, development, {
      type,
      documentId,
      locale,
      ...('slug' in parsed.link ? { slug: parsed.link.slug } : {}),
    });
  }
  // A relative Location: the browser stays on the host it asked, whatever proxy is in front.
  return new Response(null, { status: 307, headers: { Location: previewPath(parsed.link), 'Cache-Control': 'private, no-store' } });
}
