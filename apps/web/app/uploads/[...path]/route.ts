import { cmsBaseUrl, cmsTimeoutMs } from '@/lib/cms/client';
import { uploadHeaders } from '@/lib/upload-headers';

/**
 * The CMS's media (event posters) served from the portal's own origin: the browser loads nothing
 * from another host. Strapi names uploads with a hash, so they can be cached for long.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  if (path.some((segment) => segment === '..' || segment.includes('/'))) return new Response('Not found', { status: 404 });
  let upstream: Response;
  try {
    upstream = await fetch(`${cmsBaseUrl()}/uploads/${path.map(encodeURIComponent).join('/')}`, {
      signal: AbortSignal.timeout(cmsTimeoutMs()),
    });
  } catch {
    return new Response('Temporarily unavailable', { status: 503, headers: { 'Retry-After': '30' } });
  }
  if (!upstream.ok) return new Response('Not found', { status: upstream.status === 404 ? 404 : 502 });
  return new Response(upstream.body, {
    headers: { ...uploadHeaders(upstream.headers.get('content-type'), path[path.length - 1]), 'Cache-Control': 'public, max-age=86400' },
  });
}
