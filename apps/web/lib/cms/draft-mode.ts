import 'server-only';
import { draftMode } from 'next/headers';
import { draftReadingToken } from '@/lib/preview/secrets';

/**
 * Whether this request is a staff preview (Next's draft mode, turned on by /api/preview).
 *
 * Reading draft mode does not make a page dynamic: while Next prerenders or revalidates a page
 * (build, ISR) it answers "off" with no request to look at. Where there is no request scope at all
 * (generateStaticParams, code called outside a request, unit tests) draftMode() throws: not a preview.
 */
export async function isPreview(): Promise<boolean> {
  let draft: ReturnType<typeof draftMode>;
  try {
    draft = draftMode();
  } catch {
    return false;
  }
  return (await draft).isEnabled;
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
