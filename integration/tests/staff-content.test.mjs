// @ts-check
/**
 * Staff use every field the admin offers: through the admin API, for each content type with pages
 * of its own (the registry's ENTRY_PAGE_TYPES) and mediators, they write an entry with every block
 * type and mark of the blocks editor, first with optional fields empty, then with every field at its
 * longest, with mixed right-to-left and left-to-right text and emoji, and an uploaded image (in a
 * rich-text image block and, for events, as the poster); they publish it. Each page answers 200 and
 * shows each piece. The attributes come from the CMS's own schema files, so a new field is covered.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { before, describe, it } from 'node:test';
import { tokenSession } from '@welfare/test-support/admin';
import { MIXED, entryData, schemaOf, uploadImages } from '../support/staff-entries.mjs';
import { getPage, stack, waitFor } from '../support/stack-env.mjs';

const { ENTRY_PAGE_TYPES, contentType } = /** @type {typeof import('@welfare/types')} */ (createRequire(import.meta.url)('@welfare/types'));
/** @type {Array<import('@welfare/types').ContentType>} */
const TYPES = [...ENTRY_PAGE_TYPES, 'mediator'];
const RUN = Date.now().toString(36);

/**
 * The HTML with the entities React writes decoded and the empty comments it puts between text
 * nodes (where a streamed chunk ends) and the <bdi> elements that isolate runs of the other
 * direction removed (text as a reader sees it), other tags kept.
 */
const decoded = (/** @type {string} */ html) =>
  html
    .replace(/<\/?bdi\b[^>]*>/g, '')
    .replace(/<!-- -->/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** @type {ReturnType<typeof tokenSession>} */
let staff;
/** @type {import('../support/staff-entries.mjs').UploadedImages} */
let images;

before(async () => {
  staff = tokenSession(stack.cmsUrl, stack.adminToken);
  images = await uploadImages(staff, RUN);
});

for (const name of TYPES) {
  const facts = contentType(name);
  for (const longest of [false, true]) {
    describe(`${name}, optional fields ${longest ? 'at their longest' : 'empty'}`, () => {
      const marker = `Q${RUN}${name.replace(/[^a-z]/g, '').slice(0, 6)}${longest ? 'L' : 'E'}`;
      /** @type {Record<string, unknown>} */
      let data;
      /** @type {{ status: number, headers: Headers, html: string }} */
      let page;
      let pagePath = '';

      before(async () => {
        data = entryData(name, marker, longest, images, stack.cmsUrl);
        const created = await staff.createDraft(facts.uid, 'it', data);
        await staff.publish(facts.uid, created.documentId, 'it');
        if (facts.portal.entryPages) {
          pagePath = `/it/${facts.portal.segment}/${data.slug}`;
          page = await getPage(`${stack.portalUrl}${pagePath}`);
        } else {
          // A type listed only: the page of its (cached) list that holds the entry, once the CMS's
          // change notice has reached the portal (a page at a time, by name; other test files add entries).
          const title = String(data[facts.titleField]);
          await waitFor(`the ${name} on its list`, async () => {
            for (let number = 1; number <= 20; number += 1) {
              pagePath = number === 1 ? `/it/${facts.portal.segment}` : `/it/${facts.portal.segment}/page/${number}`;
              page = await getPage(`${stack.portalUrl}${pagePath}`);
              if (page.status !== 200) return undefined;
              if (decoded(page.html).includes(title)) return true;
            }
            return undefined;
          });
        }
      });

      it('answers 200 with one h1, its title and a meta description', () => {
        assert.equal(page.status, 200, pagePath);
        const html = decoded(page.html);
        assert.ok(html.includes(String(data[facts.titleField])), 'the title is on the page');
        if (facts.portal.entryPages)
          assert.equal((page.html.match(/<h1[\s>]/g) ?? []).length, 1, 'one h1: CMS headings are shifted below it');
        assert.match(page.html, /<meta name="description" content="[^"]{20,}"/);
        assert.equal(page.headers.get('link')?.includes('rel="alternate"') ?? false, false, 'no Link header alternates besides the head’s');
      });

      it('shows every text field', () => {
        const html = decoded(page.html);
        for (const [field, attribute] of Object.entries(schemaOf(name).attributes)) {
          if ((attribute.type === 'string' || attribute.type === 'text') && typeof data[field] === 'string' && field !== 'slug') {
            // Long texts are shown whole (the meta description alone is cut).
            assert.ok(html.includes(/** @type {string} */ (data[field])), `${field} is on the page`);
          }
        }
      });

      it('renders every block and mark of every rich-text field', () => {
        const html = decoded(page.html);
        const richFields = Object.entries(schemaOf(name).attributes).filter(
          ([field, attribute]) => attribute.type === 'blocks' && data[field],
        );
        for (const [field] of richFields) {
          const m = `${marker} ${field}`;
          // Headings 1–6 below the page's h1 (capped at h6).
          for (const level of [1, 2, 3, 4, 5, 6])
            assert.match(html, new RegExp(`<h[2-6][^>]*>${m} H${level}</h[2-6]>`), `${field}: heading ${level}`);
          assert.ok(html.includes(`<strong>${m} bold</strong>`), `${field}: bold`);
          assert.ok(html.includes(`<em>${m} italic</em>`), `${field}: italic`);
          assert.ok(html.includes(`<u>${m} underline</u>`), `${field}: underline`);
          assert.ok(html.includes(`<s>${m} strike</s>`), `${field}: strikethrough`);
          assert.match(html, new RegExp(`<code[^>]*>${m} code</code>`), `${field}: inline code`);
          assert.ok(html.includes(`<a href="https://www.aslvallecamonica.it/">${m} https</a>`), `${field}: https link`);
          assert.ok(html.includes(`<a href="mailto:mediazione@example.it">${m} mail</a>`), `${field}: mailto link`);
          assert.ok(html.includes(`<a href="tel:116117">${m} tel</a>`), `${field}: tel link`);
          assert.ok(html.includes(`${m} unsafe`) && !html.includes('evil.example"'), `${field}: an unsafe link is plain text`);
          assert.match(
            html,
            new RegExp(`<ol><li>${m} ordered one<ul><li>${m} nested bullet</li></ul></li><li>${m} ordered two</li></ol>`),
            `${field}: nested list`,
          );
          assert.match(html, new RegExp(`<blockquote>${m} quote`), `${field}: quote`);
          assert.match(html, new RegExp(`<pre[^>]*><code>${m} codeblock\\nline two</code></pre>`), `${field}: code block`);
          assert.ok(html.includes(MIXED), `${field}: mixed-direction text and emoji`);
        }
        // The image block: from the portal's own /uploads, in Strapi's sizes, sized, lazy.
        const image = longest ? images.withAlt : images.withoutAlt;
        const figure = new RegExp(
          `<img[^>]*src="/uploads/[^"]+"[^>]*srcset="[^"]*${String(image.url)
            .replace(/^\/uploads\//, '')
            .replace(/[.]/g, '\\.')} 600w"[^>]*>`,
          'i',
        );
        if (richFields.length > 0) {
          const tag = html.match(figure)?.[0];
          assert.ok(tag, `a responsive image from the rich text, among ${JSON.stringify(html.match(/<img[^>]*>/g))}`);
          assert.match(tag, /width="600"/);
          assert.match(tag, /height="850"/);
          assert.match(tag, /loading="lazy"/);
          assert.match(
            tag,
            longest ? new RegExp(`alt="Locandina ${MIXED.replace(/[()]/g, '\\$&')}"`) : /alt=""/,
            'alt text, or empty when the file has none',
          );
        }
      });

      if (name === 'event' && longest) {
        it('shows the poster in phone sizes', async (t) => {
          const html = decoded(page.html);
          const posterTag = html.match(/<section class="poster"[\s\S]*?<img[^>]*>/)?.[0];
          assert.ok(posterTag, 'the poster');
          const srcset = posterTag.match(/srcset="([^"]+)"/i)?.[1] ?? '';
          const candidates = srcset.split(', ').map((candidate) => candidate.split(' '));
          assert.ok(candidates.length >= 2, `more than one size: ${srcset}`);
          // Every size is served by the portal itself.
          /** @type {Map<number, number>} */
          const bytes = new Map();
          for (const [url, width] of candidates) {
            const response = await fetch(`${stack.portalUrl}${url}`);
            assert.equal(response.status, 200, url);
            bytes.set(Number.parseInt(width, 10), (await response.arrayBuffer()).byteLength);
          }
          // What a 360 px phone downloads (the slot is 328 px wide): the smallest size that fills it.
          const widths = [...bytes.keys()].sort((a, b) => a - b);
          const original = widths.at(-1) ?? 0;
          for (const dpr of [1, 2]) {
            const chosen = widths.find((width) => width >= 328 * dpr) ?? original;
            t.diagnostic(
              `poster at 360 px, ${dpr}x: ${chosen} px wide, ${bytes.get(chosen)} bytes (original ${original} px: ${bytes.get(original)} bytes)`,
            );
          }
          // Each size offered is lighter than every larger one: a phone never loads more than the original.
          widths.forEach((width, index) => {
            for (const larger of widths.slice(index + 1))
              assert.ok((bytes.get(width) ?? 0) < (bytes.get(larger) ?? 0), `${width} px weighs less than ${larger} px`);
          });
        });
      }
    });
  }
}
