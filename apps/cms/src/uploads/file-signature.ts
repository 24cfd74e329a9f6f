/**
 * The file types the media library accepts, recognised by their content (magic bytes), not by the
 * name or the type the browser claims: images for posters and pages (JPEG, PNG, WebP, AVIF, GIF)
 * and PDF. Anything else (scripts, HTML, SVG, office files, archives) is refused, so nothing the
 * CMS or the portal serves from /uploads can run in a browser.
 */
export interface AllowedFileType {
  mime: string;
  /** The file name extensions that may carry it: the name decides how /uploads serves it. */
  extensions: readonly string[];
}

export const ALLOWED_FILE_TYPES = {
  jpeg: { mime: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  png: { mime: 'image/png', extensions: ['.png'] },
  webp: { mime: 'image/webp', extensions: ['.webp'] },
  avif: { mime: 'image/avif', extensions: ['.avif'] },
  gif: { mime: 'image/gif', extensions: ['.gif'] },
  pdf: { mime: 'application/pdf', extensions: ['.pdf'] },
} as const satisfies Record<string, AllowedFileType>;

export type AllowedFileKind = keyof typeof ALLOWED_FILE_TYPES;

/** How many leading bytes `detectFileType` needs. */
export const SIGNATURE_BYTES = 64;

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/** The allowed type the leading bytes of a file show, or undefined. */
export function detectFileType(head: Uint8Array): AllowedFileKind | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  // ISO-BMFF: [size]['ftyp'][major brand][minor version][compatible brands...]
  if (ascii(head, 4, 8) === 'ftyp') {
    const boxSize = Math.min(((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0, head.length);
    const brands = [ascii(head, 8, 12)];
    for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(head, offset, offset + 4));
    if (brands.some((brand) => brand === 'avif' || brand === 'avis')) return 'avif';
  }
  return undefined;
}

/** Why a file is refused, or undefined when its content and name agree on an allowed type. */
export function refusalOf(head: Uint8Array, fileName: string): string | undefined {
  const kind = detectFileType(head);
  const allowed = Object.values(ALLOWED_FILE_TYPES)
    .flatMap((type) => type.extensions)
    .join(', ');
  if (!kind) return `"${fileName}" is not an accepted file: upload images (JPEG, PNG, WebP, AVIF, GIF) or PDF documents only.`;
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  if (!(ALLOWED_FILE_TYPES[kind].extensions as readonly string[]).includes(extension)) {
    return `"${fileName}" holds a ${kind.toUpperCase()} file but its name does not say so: name it with one of ${ALLOWED_FILE_TYPES[kind].extensions.join(', ')} (accepted: ${allowed}).`;
  }
  return undefined;
}
