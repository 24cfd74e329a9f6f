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
  /** kB, as Strapi records it. */
  size?: number | null;
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

interface Candidate {
  url: string;
  width: number;
  /** kB, as Strapi records it; unknown for some providers. */
  size?: number;
}

/**
 * Only sizes that are lighter than every larger one are worth offering: Strapi re-encodes its
 * formats in the original's type without palette, so a flat-colour PNG poster's 500 px copy can
 * weigh three times the 600 px original. Such a copy is dropped and the phone gets the lighter file.
 */
function worthOffering(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let lightest = Number.POSITIVE_INFINITY;
  for (const candidate of [...candidates].sort((a, b) => b.width - a.width)) {
    if (candidate.size === undefined || candidate.size < lightest) kept.unshift(candidate);
    if (candidate.size !== undefined) lightest = Math.min(lightest, candidate.size);
  }
  return kept;
}

/**
 * `src`, `srcset` and intrinsic size from the sizes Strapi's upload plugin made (thumbnail, small,
 * medium, large; same file type as the original) plus the original. The browser picks the smallest
 * that fills the slot (`sizes`), so a 360 px phone loads the 500 px copy of a photo instead of the
 * original. The fallback `src` is the first size of at least 700 px, for browsers without srcset.
 * Undefined when no address is usable.
 */
export function responsiveImage(image: ImageSource): ResponsiveImageAttributes | undefined {
  const original = portalMediaUrl(image.url);
  if (!original) return undefined;
  const width = image.width ?? undefined;
  const height = image.height ?? undefined;
  const byWidth = new Map<number, Candidate>();
  for (const format of Object.values(image.formats ?? {})) {
    const url = portalMediaUrl(format.url);
    if (url && (!width || format.width < width) && !byWidth.has(format.width))
      byWidth.set(format.width, { url, width: format.width, size: format.size });
  }
  if (width) byWidth.set(width, { url: original, width, size: image.size ?? undefined });
  const candidates = worthOffering([...byWidth.values()]);
  const fallback = candidates.find((candidate) => candidate.width >= 700)?.url ?? original;
  return {
    src: fallback,
    srcSet: width && candidates.length > 1 ? candidates.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', ') : undefined,
    width,
    height,
    alt: imageAlt(image),
  };
}

/** The width of the content column (`.container`: 72rem less 2 × 1rem padding) on each screen. */
export const CONTENT_IMAGE_SIZES = '(min-width: 72rem) 70rem, calc(100vw - 2rem)';
