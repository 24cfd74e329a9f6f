import fs from 'node:fs';
import path from 'node:path';
import { adminLogin, cmsUrl } from './support/admin-api';
import { APP_DIR } from './support/cms-process';

/**
 * The media library takes images (JPEG, PNG, WebP, AVIF, GIF) and PDF, recognised by content;
 * /uploads serves files so that none can run as a page of the CMS; multipart bodies are read on
 * the upload routes only, and leave nothing behind.
 */
const POSTER = path.join(APP_DIR, 'seed', 'posters', 'serata-famiglie-solidali', 'uk.png');
const MINIMAL_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
const testTmpdir = () => (JSON.parse(process.env.CMS_TEST_ENV ?? '{}') as { TMPDIR: string }).TMPDIR;

interface UploadAnswer {
  status: number;
  body: Array<{ url: string; mime: string }> & { error?: { message: string } };
}

async function upload(name: string, content: Uint8Array | string, claimedType: string): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('files', new Blob([content], { type: claimedType }), name);
  const response = await fetch(`${cmsUrl()}/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await adminLogin()}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

describe('the media library', () => {
  it.each([
    ['a script named .png', 'poster.png', '<script>alert(document.cookie)</script>', 'image/png'],
    ['an SVG', 'logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
    ['an HTML page', 'page.html', '<!doctype html><script>alert(1)</script>', 'text/html'],
    ['an HTML page claiming to be a PDF', 'doc.pdf', '<html><body onload="alert(1)">', 'application/pdf'],
  ])('refuses %s with a 400 that says what is accepted', async (_what, name, content, type) => {
    const answer = await upload(name, content, type);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toContain(`"${name}" is not an accepted file`);
    expect(answer.body.error?.message).toMatch(/JPEG, PNG, WebP, AVIF, GIF\) or PDF/);
  });

  it('refuses a real image whose name would make it served as something else', async () => {
    const answer = await upload('poster.html', fs.readFileSync(POSTER), 'image/png');
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toMatch(/holds a PNG file but its name does not say so/);
  });

  it('takes a PNG and a PDF, with the type found in the content', async () => {
    const png = await upload('locandina.png', fs.readFileSync(POSTER), 'application/octet-stream');
    expect(png.status).toBe(201);
    expect(png.body[0].mime).toBe('image/png');
    const pdf = await upload('programma.pdf', MINIMAL_PDF, 'application/pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body[0].mime).toBe('application/pdf');

    for (const file of [png.body[0], pdf.body[0]]) {
      const served = await fetch(`${cmsUrl()}${file.url}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(served.headers.get('content-disposition')).toBeNull();
    }
  });
  it('refuses uploads from a URL, whose content it would not check', async () => {
    const response = await fetch(`${cmsUrl()}/upload/actions/upload-from-urls`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await adminLogin()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ urls: ['http://127.0.0.1:9/evil.svg'] }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/from a URL is off/);
  });
});

describe('/uploads', () => {
  it('serves anything that is not an image or a PDF as a download, sandboxed', async () => {
    // A file stored before the allow-list existed.
    const name = `legacy-${Date.now()}.html`;
    const file = path.join(APP_DIR, 'public', 'uploads', name);
    fs.writeFileSync(file, '<!doctype html><script>alert(1)</script>');
    try {
      const served = await fetch(`${cmsUrl()}/uploads/${name}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});

describe('multipart bodies', () => {
  it('are refused on a content route before being read, leaving no temporary file', async () => {
    const before = fs.readdirSync(testTmpdir());
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(2 * 1024 * 1024).fill(65)], { type: 'image/png' }), 'big.png');
    form.append('other', new Blob(['x'.repeat(1024)], { type: 'text/plain' }), 'other.txt');
    const response = await fetch(`${cmsUrl()}/api/services`, { method: 'POST', body: form });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fs.readdirSync(testTmpdir())).toEqual(before);
  });

  it('leave no temporary file after an upload the admin refuses', async () => {
    const before = fs.readdirSync(testTmpdir());
    const form = new FormData();
    form.append('files', new Blob(['<script>1</script>'], { type: 'image/png' }), 'x.png');
    const anonymous = await fetch(`${cmsUrl()}/upload`, { method: 'POST', body: form });
    expect(anonymous.status).toBe(401);
    expect((await upload('y.png', '<script>1</script>', 'image/png')).status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fs.readdirSync(testTmpdir())).toEqual(before);
  });
});
