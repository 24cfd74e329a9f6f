import type { ImageFormat } from '@welfare/types';
import { portalMediaUrl } from './media-url';

/** What an image needs to be shown responsively: a media-library file or an image block's copy of it. */
export interface ImageSource {
  url: string;
  name?: string | null;
  alternativeText?: string | null;
  width?: number | null;
  height?: number | null;
  formats?: Record<string, ImageFormat>;
}

export interface ResponsiveImageAttributes {
  src: string;
  srcSet?: string;
  width?: number;
  height?: number;
  alt: string;
}

/** The file name with and without its extension: what Strapi puts in place of a missing alt text. */
function isFileName(text: string, name: string | null | undefined): boolean {
  if (!name) return false;
  const bare = name.replace(/\.[a-z0-9]{2,5}$/i, '');
  return text === name || text === bare;
}

/**
 * The alternative text staff wrote for the image. The blocks editor fills a missing one with the
 * file name ("IMG_2041.jpg"), which says nothing to a screen-reader user: that counts as none, and
 * an image without alternative text is decorative (`alt=""`).
 */
export function imageAlt(image: ImageSource): string {
  const alt = (image.alternativeText ?? '').trim();
  return alt && !isFileName(alt, image.name) ? alt : '';
}

/**
 * `src`, `srcset` and intrinsic size from the sizes Strapi's upload plugin made (thumbnail, small,
 * medium, large; same file type as the original) plus the original. The browser picks the smallest
 * that fills the slot (`sizes`), so a 360 px phone loads the 500 px copy instead of the original.
 * The fallback `src` is the middle size for browsers without srcset. Undefined when no address is usable.
 */
export function responsiveImage(image: ImageSource): ResponsiveImageAttributes | undefined {
  const original = portalMediaUrl(image.url);
  if (!original) return undefined;
  const candidates = new Map<number, string>();
  for (const format of Object.values(image.formats ?? {})) {
    const url = portalMediaUrl(format.url);
    if (url && !candidates.has(format.width)) candidates.set(format.width, url);
  }
  const width = image.width ?? undefined;
  const height = image.height ?? undefined;
  if (width) candidates.set(width, original);
  const sorted = [...candidates.entries()].sort(([a], [b]) => a - b);
  const fallback = sorted.find(([candidateWidth]) => candidateWidth >= 700)?.[1] ?? original;
  return {
    src: fallback,
    srcSet: width && sorted.length > 1 ? sorted.map(([candidateWidth, url]) => `${url} ${candidateWidth}w`).join(', ') : undefined,
    width,
    height,
    alt: imageAlt(image),
  };
}

/** The width of the content column (`.container`: 72rem less 2 × 1rem padding) on each screen. */
export const CONTENT_IMAGE_SIZES = '(min-width: 72rem) 70rem, calc(100vw - 2rem)';
