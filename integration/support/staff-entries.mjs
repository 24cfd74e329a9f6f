// @ts-check
/**
 * Entries as staff can write them in the admin, for the tests that act as staff (integration and
 * e2e): every block and mark of the blocks editor, every field of a type (read from the CMS's own
 * schema files, so a new field is covered) either only the required ones or all at their longest,
 * mixed right-to-left and left-to-right text with emoji, and images uploaded to the media library.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** A demo event with a poster, and its Italian poster (600 × 850 PNG) as the file staff upload. */
export const POSTER_EVENT = 'impariamo-conoscendoci-incontro-di-festa';
export const POSTER_FILE = path.join(ROOT, 'apps', 'cms', 'seed', 'posters', POSTER_EVENT, 'it.png');

/** Mixed-direction text with emoji, as staff paste it: Italian, Arabic, Urdu, a number, an emoji. */
export const MIXED = 'Sportello ✨ مرحبا بكم 116 117 — خوش آمدید (ore 9–12) 👪';

/**
 * @typedef {{ type: string, required?: boolean, maxLength?: number, min?: number, max?: number, enum?: string[], component?: string, repeatable?: boolean, target?: string, multiple?: boolean }} Attribute
 * @typedef {{ attributes: Record<string, Attribute> }} Schema
 * @typedef {Record<string, unknown> & { id: number, url: string, name: string }} UploadedFile
 * @typedef {{ withAlt: UploadedFile, withoutAlt: UploadedFile }} UploadedImages
 */

/** The CMS's schema of a content type (apps/cms/src/api/<name>/content-types/<name>/schema.json). */
export function schemaOf(/** @type {string} */ name) {
  return /** @type {Schema} */ (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'apps', 'cms', 'src', 'api', name, 'content-types', name, 'schema.json'), 'utf8'))
  );
}

/** The poster uploaded twice, as staff do: with alternative text, and without. */
export async function uploadImages(
  /** @type {{ upload: (file: { name: string, type: string, bytes: Uint8Array, alternativeText?: string | null }) => Promise<UploadedFile> }} */ staff,
  /** @type {string} */ run,
) {
  const bytes = fs.readFileSync(POSTER_FILE);
  return {
    withAlt: await staff.upload({ name: `poster-${run}.png`, type: 'image/png', bytes, alternativeText: `Locandina ${MIXED}` }),
    withoutAlt: await staff.upload({ name: `senza-alt-${run}.png`, type: 'image/png', bytes }),
  };
}

/** A text as long as the CMS allows (`length` UTF-16 units, as its maxLength counts), built from `seed`. */
export function textOf(/** @type {string} */ seed, /** @type {number} */ length) {
  const chars = [...seed];
  let out = '';
  for (let index = 0; ; index += 1) {
    const next = chars[index % chars.length];
    if (out.length + next.length > length) return out;
    out += next;
  }
}

/**
 * Every block and mark of the Strapi 5 blocks editor, each carrying a marker to find on the page.
 * @param {string} marker @param {Record<string, unknown>} image the media-library file as the editor copies it @param {boolean} longest
 */
export function everyBlock(marker, image, longest) {
  const text = (/** @type {string} */ value, marks = {}) => ({ type: 'text', text: value, ...marks });
  const long = longest ? ` ${textOf(`${MIXED} `, 20_000)}` : '';
  return [
    { type: 'heading', level: 1, children: [text(`${marker} H1`)] },
    {
      type: 'paragraph',
      children: [
        text(`${marker} plain ${MIXED} `),
        text(`${marker} bold`, { bold: true }),
        text(' '),
        text(`${marker} italic`, { italic: true }),
        text(' '),
        text(`${marker} underline`, { underline: true }),
        text(' '),
        text(`${marker} strike`, { strikethrough: true }),
        text(' '),
        text(`${marker} code`, { code: true }),
        text(' '),
        { type: 'link', url: 'https://www.aslvallecamonica.it/', children: [text(`${marker} https`)] },
        text(' '),
        { type: 'link', url: 'mailto:mediazione@example.it', children: [text(`${marker} mail`)] },
        text(' '),
        { type: 'link', url: 'tel:116117', children: [text(`${marker} tel`)] },
        text(' '),
        // Strapi accepts a path; browsers read "/\host" as "//host": shown as text.
        { type: 'link', url: '/\\evil.example', children: [text(`${marker} unsafe`)] },
        text(long),
      ],
    },
    ...[2, 3, 4, 5, 6].map((level) => ({ type: 'heading', level, children: [text(`${marker} H${level}`)] })),
    {
      type: 'list',
      format: 'ordered',
      children: [
        { type: 'list-item', children: [text(`${marker} ordered one`)] },
        {
          type: 'list',
          format: 'unordered',
          indentLevel: 1,
          children: [{ type: 'list-item', children: [text(`${marker} nested bullet`)] }],
        },
        { type: 'list-item', children: [text(`${marker} ordered two`)] },
      ],
    },
    { type: 'quote', children: [text(`${marker} quote ${MIXED}`)] },
    { type: 'code', language: 'plaintext', children: [text(`${marker} codeblock\nline two`)] },
    { type: 'image', image, children: [text('')] },
  ];
}

/** What the blocks editor stores for an image (content-manager BlocksInput: IMAGE_SCHEMA_FIELDS, absolute URL). */
export function imageBlockFile(/** @type {Record<string, unknown>} */ file, /** @type {boolean} */ withAlt, /** @type {string} */ cmsUrl) {
  const fields = [
    'name',
    'alternativeText',
    'url',
    'caption',
    'width',
    'height',
    'formats',
    'hash',
    'ext',
    'mime',
    'size',
    'previewUrl',
    'provider',
    'provider_metadata',
    'createdAt',
    'updatedAt',
  ];
  const picked = Object.fromEntries(fields.map((field) => [field, file[field] ?? null]));
  // Without alt text the editor puts the file name there.
  return { ...picked, alternativeText: withAlt ? file.alternativeText : file.name, url: `${cmsUrl}${file.url}` };
}

/**
 * The entry's data from its schema: required fields always, optional ones only when `longest`,
 * every text at its maximum length.
 * @param {string} name @param {string} marker @param {boolean} longest
 * @param {UploadedImages} images @param {string} cmsUrl the CMS's address, which the editor writes into image blocks
 */
export function entryData(name, marker, longest, images, cmsUrl) {
  /** @type {Record<string, unknown>} */
  const data = {};
  for (const [field, attribute] of Object.entries(schemaOf(name).attributes)) {
    if (!attribute.required && !longest) continue;
    const text = (/** @type {number} */ fallback) => {
      const max = attribute.maxLength ?? fallback;
      const start = `${marker} ${field} `;
      return longest ? start + textOf(`${MIXED} `, max - start.length) : `${marker} ${field}`;
    };
    switch (attribute.type) {
      case 'string':
      case 'text':
        data[field] = field === 'schoolYear' ? '2026/2027' : text(2000);
        break;
      case 'uid':
        data[field] = `${marker}-${longest ? 'lungo' : 'vuoto'}`.toLowerCase();
        break;
      case 'blocks':
        data[field] = everyBlock(
          `${marker} ${field}`,
          imageBlockFile(longest ? images.withAlt : images.withoutAlt, longest, cmsUrl),
          longest,
        );
        break;
      case 'enumeration':
        // The second value when longest: a suspended service shows its reason too.
        data[field] = attribute.enum?.[longest && attribute.enum.length > 1 ? 1 : 0];
        break;
      case 'integer':
        data[field] = (longest ? attribute.max : undefined) ?? attribute.min ?? 1;
        break;
      case 'datetime':
        data[field] = new Date(Date.now() + (field === 'endsAt' ? 11 : 10) * 86_400_000).toISOString();
        break;
      case 'media':
        data[field] = longest ? images.withAlt.id : null;
        break;
      case 'component':
        data[field] =
          attribute.component === 'contact.channel'
            ? [
                { kind: 'phone', value: '116 117' },
                { kind: 'email', value: 'mediazione@example.it', person: textOf(MIXED, 120) },
              ]
            : // Other components as the editor leaves them untouched: none added.
              attribute.repeatable
              ? []
              : null;
        break;
      default:
        // Relations are optional everywhere: left empty.
        break;
    }
  }
  return data;
}
