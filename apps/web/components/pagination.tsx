import { getTranslations } from 'next-intl/server';
import type { Pagination as PaginationMeta } from '@welfare/types';

/** Page numbers shown around the current one; the first and last are always shown. */
const WINDOW = 2;

function visiblePages(page: number, pageCount: number): Array<number | 'gap'> {
  const pages: Array<number | 'gap'> = [];
  for (let candidate = 1; candidate <= pageCount; candidate += 1) {
    if (candidate === 1 || candidate === pageCount || Math.abs(candidate - page) <= WINDOW) pages.push(candidate);
    else if (pages[pages.length - 1] !== 'gap') pages.push('gap');
  }
  return pages;
}

/**
 * Links to the pages of a list, plain links that work without JavaScript, with the page count
 * visible and the current page marked for screen readers. Nothing when there is one page.
 */
export async function Pagination({
  pagination,
  hrefFor,
  label,
}: {
  pagination: PaginationMeta;
  hrefFor: (page: number) => string;
  label?: string;
}) {
  const { page, pageCount } = pagination;
  if (pageCount <= 1) return null;
  const t = await getTranslations('Pagination');
  return (
    <nav className="pagination" aria-label={label ?? t('label')}>
      <p>{t('pageOf', { page, count: pageCount })}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {t('previous')}
            </a>
          </li>
        ) : null}
        {visiblePages(page, pageCount).map((candidate, index) =>
          candidate === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={candidate}>
              <a
                href={hrefFor(candidate)}
                aria-current={candidate === page ? 'page' : undefined}
                aria-label={t('page', { page: candidate })}
              >
                {candidate}
              </a>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {t('next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
