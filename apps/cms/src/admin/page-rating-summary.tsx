import { useEffect, useState } from 'react';
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Widget, useFetchClient } from '@strapi/strapi/admin';
import { RATING_SUMMARY_PATH, type RatingSummary } from './rating-summary';

/**
 * The admin home's summary of citizens' page ratings: per page and language, how many, the average
 * score, the reasons given and the latest comments, computed by the CMS over every rating (GET
 * /page-rating-summary, admin-authenticated, for staff allowed to read page ratings), the worst pages first.
 */
export default function PageRatingSummary() {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ summary?: RatingSummary; failed?: boolean }>({});

  useEffect(() => {
    let cancelled = false;
    get<{ data: RatingSummary }>(RATING_SUMMARY_PATH)
      .then(({ data }) => !cancelled && setState({ summary: data.data }))
      .catch(() => !cancelled && setState({ failed: true }));
    return () => {
      cancelled = true;
    };
  }, [get]);

  if (state.failed) return <Widget.Error />;
  if (!state.summary) return <Widget.Loading />;
  const { pages, totalPages, totalRatings } = state.summary;
  if (pages.length === 0) return <Widget.NoData>Nessuna valutazione ancora</Widget.NoData>;
  return (
    <>
      <Typography variant="pi" tag="p">
        {totalRatings} valutazioni di {totalPages} pagine
        {totalPages > pages.length ? ` (qui le ${pages.length} con la media più bassa)` : ''}
      </Typography>
      <Table colCount={5} rowCount={pages.length + 1}>
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
          {pages.map((summary) => (
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
    </>
  );
}
