import { useEffect, useState } from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { summarize, type Rating, type Summary } from './rating-summary';

/**
 * The admin home's summary of citizens' page ratings: per page and language, how many, the average
 * score, the reasons given and the latest comments. Read through the content manager (so only staff
 * allowed to read page ratings see it), over the most recent ratings (bounded: MAX_PAGES × PAGE_SIZE).
 */
const RATINGS = '/content-manager/collection-types/api::page-rating.page-rating';
const PAGE_SIZE = 100;
const MAX_PAGES = 10;
export default function PageRatingSummary() {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ summaries?: Summary[]; failed?: boolean }>({});

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const ratings: Rating[] = [];
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const { data } = await get<{ results: Rating[]; pagination: { pageCount: number } }>(`${RATINGS}?page=${page}&pageSize=${PAGE_SIZE}&sort=createdAt:DESC`);
        ratings.push(...data.results);
        if (page >= data.pagination.pageCount) break;
      }
      if (!cancelled) setState({ summaries: summarize(ratings) });
    })().catch(() => !cancelled && setState({ failed: true }));
    return () => {
      cancelled = true;
    };
  }, [get]);

  if (state.failed) return <Widget.Error />;
  if (!state.summaries) return <Widget.Loading />;
  if (state.summaries.length === 0) return <Widget.NoData>Nessuna valutazione ancora</Widget.NoData>;
  return (
    <Table colCount={5} rowCount={state.summaries.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">Pagina</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Lingua</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Valutazioni</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Media</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Motivi e commenti</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {state.summaries.map((summary) => (
          <Tr key={`${summary.locale} ${summary.path}`}>
            <Td>
              <Typography>{summary.path}</Typography>
            </Td>
            <Td>
              <Typography>{summary.locale}</Typography>
            </Td>
            <Td>
              <Typography>{summary.count}</Typography>
            </Td>
            <Td>
              <Typography>{summary.average.toFixed(1)}</Typography>
            </Td>
            <Td>
              <Typography>
                {Object.entries(summary.reasons)
                  .map(([reason, count]) => `${reason} ×${count}`)
                  .join(', ')}
                {summary.comments.length > 0 ? ` — «${summary.comments.join('», «')}»` : ''}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
