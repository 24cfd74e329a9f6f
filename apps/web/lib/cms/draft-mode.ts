import 'server-only';
import { draftMode } from 'next/headers';
import type { ContentType, LocaleCode } from '@welfare/types';
import { currentPreviewSession, type PreviewSession } from '@/lib/preview/preview-session';
import { draftReadingToken } from '@/lib/preview/secrets';
import { sharedSecret } from '@/lib/shared-secrets';

/**
 * Whether this request is a staff preview, and of what: Next's draft mode (turned on by
 * /api/preview) with a preview session of the current PREVIEW_SECRET, not expired
 * (lib/preview/preview-session.ts). A preview shows the draft of its one document in its one
 * locale (and what that draft embeds); every other read — other entries, other languages, lists,
 * search, sitemaps, calendars — is of published content, as the public sees it.
 *
 * Reading draft mode does not make a page dynamic: while Next prerenders or revalidates a page
 * (build, ISR) it answers "off" with no request to look at. Where there is no request scope at all
 * (generateStaticParams, code called outside a request, unit tests) draftMode() throws: not a preview.
 */
export async function previewSession(): Promise<PreviewSession | null> {
  let draft: ReturnType<typeof draftMode>;
  try {
    draft = draftMode();
  } catch {
    return null;
  }
  if (!(await draft).isEnabled) return null;
  return currentPreviewSession(sharedSecret('PREVIEW_SECRET'));
}

export const isPreview = async (): Promise<boolean> => (await previewSession()) !== null;

/** The preview session when it is of a document of `type` in `locale`: only then may that document's draft be read. */
export async function previewOf(type: ContentType, locale: LocaleCode): Promise<PreviewSession | null> {
  const session = await previewSession();
  return session && session.type === type && session.locale === locale ? session : null;
}

/** A CMS URL asking for the drafts (the content API's status parameter). */
export function draftUrl(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}status=draft`;
}

/** The request headers with the preview's token (CMS_PREVIEW_TOKEN), the only one that may read drafts: it replaces the published-content token. */
export function draftHeaders(headers: Record<string, string>): Record<string, string> {
  const token = draftReadingToken();
  return token ? { ...headers, Authorization: `Bearer ${token}` } : headers;
}
