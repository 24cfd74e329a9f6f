/**
 * The slug of a machine-drafted translation, from its translated title, in the convention the
 * portal's slugs follow per script: Latin letters only (the portal's SLUG_PATTERN), Ukrainian by the
 * national transliteration (KMU 2010: "Сім'я та діти" → simia-ta-dity, as the demo content has
 * them), Arabic and Urdu as Strapi's admin makes a slug from the title (@sindresorhus/slugify, the
 * library and version the admin uses), every other language likewise.
 */
import slugify from '@sindresorhus/slugify';
import { isSlug } from '@welfare/types';

const UKRAINIAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  "'": '',
  '’': '',
  ʼ: '',
};
/** At the start of a word these letters are written differently. */
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

export function transliterateUkrainian(text: string): string {
  let result = '';
  const letters = [...text];
  for (const [index, original] of letters.entries()) {
    const letter = original.toLowerCase();
    const previous = letters[index - 1]?.toLowerCase();
    const atStart = previous === undefined || !/[\p{L}'’ʼ]/u.test(previous);
    // "зг" is written zgh, so it is not read as "zh".
    if (letter === 'г' && previous === 'з') result += 'gh';
    else if (atStart && UKRAINIAN_INITIAL[letter]) result += UKRAINIAN_INITIAL[letter];
    else result += UKRAINIAN[letter] ?? original;
  }
  return result;
}

/** A slug for `title` in `locale`, at most 120 characters; `fallback` when the title gives none. */
export function translatedSlug(title: string, locale: string, fallback: string): string {
  const source = locale === 'uk' ? transliterateUkrainian(title) : title;
  let slug = slugify(source, { decamelize: false }).slice(0, 120).replace(/-+$/, '');
  if (!isSlug(slug)) slug = fallback;
  return slug;
}

/** The first of slug, slug-2, slug-3 … that `taken` does not hold. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let counter = 2; ; counter += 1) {
    const candidate = `${slug}-${counter}`;
    if (!taken.has(candidate)) return candidate;
  }
}
