/**
 * Whether an event's cost, as staff wrote it in any of the portal's languages, says admission is
 * free: `true` for "Ingresso libero", "Free entry", "الدخول مجاني"…; `false` for a price with no
 * word for free ("5 €", "10 euro"); `undefined` whenever it is not clear (empty, a price next to a
 * word for free — "gratuito per i soci, 5 € per gli altri" —, a negation, anything else). Structured
 * data then leaves `isAccessibleForFree` out rather than state something the page does not say.
 * The cost is checked against every language's words, so an Italian fallback reads right too.
 */

/** A whole word or phrase: \b only knows ASCII letters, so the boundaries are spelled out. */
const word = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'u');

const FREE_WORDS: readonly RegExp[] = [
  word('gratuit[oaie]|gratis|ingresso libero|entrata libera|partecipazione libera|senza costi|nessun costo'), // it
  word('free|free of charge|no charge'), // en
  word('gratuite?s?|entrée libre'), // fr
  word('gratuită?|intrare liberă|fără plată'), // ro
  word('falas|pa pagesë|hyrja e lirë'), // sq
  /безкоштовн|вхід вільний/u, // uk (a stem: every case ending)
  /مجان/u, // ar (مجاني، مجانا، بالمجان)
  /مفت/u, // ur
];
const NEGATION = word('not|non|pas|nu|jo|не|غير|ليس|نہیں');
const PRICE = /\p{N}|\p{Sc}|(?<!\p{L})(?:eur|euro|euros|lei|lek|lekë|грн|يورو|یورو)(?!\p{L})/u;
const ZERO_PRICE = /(?<![\d.,])0(?:[.,]0+)?(?![\d.,])/u;

export function isFreeAdmission(cost: string | null | undefined): boolean | undefined {
  const text = (cost ?? '').normalize('NFC').toLowerCase().trim();
  if (!text) return undefined;
  const saysFree = FREE_WORDS.some((pattern) => pattern.test(text));
  const hasPrice = PRICE.test(text);
  if (saysFree && !hasPrice && !NEGATION.test(text)) return true;
  if (!saysFree && hasPrice && !ZERO_PRICE.test(text)) return false;
  return undefined;
}
