import { getTranslations } from 'next-intl/server';
import { directionOf, isLocaleCode } from '@welfare/types';
import { getGlobalSettings } from '@/lib/cms/content';
import { cacheControlFor } from '@/lib/preview/draft-cache-control';
import { routes } from '@/lib/routes';

/** The web app manifest in the visitor's language: the portal installs with its name in that language and opens there. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!isLocaleCode(locale)) return new Response('Unknown language', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Manifest' });
  let name = t('name');
  try {
    // Published, even in a preview of the global settings: the manifest is what the site installs as.
    name = (await getGlobalSettings(locale, { publishedOnly: true })).siteName;
  } catch {
    // The CMS is down: the name from the messages.
  }
  const manifest = {
    id: `/${locale}`,
    name,
    short_name: t('shortName'),
    description: t('description'),
    lang: locale,
    dir: directionOf(locale),
    start_url: routes.home(locale),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0066cc',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': await cacheControlFor('public, max-age=3600') },
  });
}
