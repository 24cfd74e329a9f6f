import type { BreadcrumbList, WithContext } from 'schema-dts';
import { absoluteUrl } from './site-url';

/** One step of the trail; the last one is the page itself (no link). */
export interface Crumb {
  label: string;
  href?: string;
}

/** schema.org BreadcrumbList of the trail, with absolute URLs (the current page's own URL last). */
export function breadcrumbListJsonLd(trail: Crumb[], currentPath: string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href ?? currentPath),
    })),
  };
}
