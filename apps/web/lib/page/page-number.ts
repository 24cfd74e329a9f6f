/**
 * A list page's number from the URL (`/page/<n>` or `?page=<n>`): a positive integer without
 * leading zeros, else null (the page answers 404 rather than asking the CMS for it).
 */
export const MAX_PAGE_NUMBER = 10_000;

export function parsePageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,4}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_PAGE_NUMBER ? page : null;
}
