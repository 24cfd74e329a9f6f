import type { PortalEnvironment } from '@/lib/environment';

/**
 * Who may show the portal inside a frame: the portal itself, and the CMS's admin panel (Strapi's
 * preview shows the portal in an iframe). Nobody else can frame it (clickjacking). The admin's origin
 * is the CMS's public URL (PUBLIC_URL, from the .env both apps read), else CMS_URL; development also
 * allows the admin on localhost and 127.0.0.1, which `npm run dev` serves under both names.
 */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

export function frameAncestors({
  cmsPublicUrl,
  cmsUrl,
  development,
}: Pick<PortalEnvironment, 'cmsPublicUrl' | 'cmsUrl' | 'development'>): string {
  const origins = new Set<string>(["'self'"]);
  for (const url of [cmsPublicUrl, cmsUrl]) {
    const origin = originOf(url);
    if (origin) origins.add(origin);
  }
  if (development) {
    origins.add('http://localhost:1337');
    origins.add('http://127.0.0.1:1337');
  }
  return `frame-ancestors ${[...origins].join(' ')}`;
}
