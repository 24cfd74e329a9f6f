/**
 * Headers of the CMS's media as the portal serves them (app/uploads/[...path]/route.ts): the type
 * the CMS stored, never sniffed; a sandboxing CSP so a file opened directly runs nothing and reaches
 * nothing; and anything but an image or a PDF is a download, never a page on the portal's origin.
 */
const INLINE_TYPES = /^(image\/(png|jpeg|gif|webp|avif)|application\/pdf)$/;

/** No scripts, no plugins, no forms; images and styles of the file itself only (PDF viewers need them). */
export const UPLOAD_CONTENT_SECURITY_POLICY =
  "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export function uploadHeaders(contentType: string | null, fileName: string): Record<string, string> {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  // SVG is an image that can run scripts: a download, like any other type not listed.
  const inline = INLINE_TYPES.test(type);
  const safeName = fileName.replace(/[^\w.-]/g, '_').slice(0, 200) || 'download';
  return {
    'Content-Type': inline ? type : 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': UPLOAD_CONTENT_SECURITY_POLICY,
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${safeName}"`,
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
