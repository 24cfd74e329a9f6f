import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { routerPath, useCoverage } from './use-coverage';

/** Homepage widget: for the user's first language, how many translations are missing or stale, and the first few. */
export function CoverageWidget() {
  const { formatMessage } = useIntl();
  const { report, error } = useCoverage();
  if (error)
    return <Typography>{formatMessage({ id: 'translation-coverage.error', defaultMessage: 'Coverage could not be loaded.' })}</Typography>;
  if (!report) return <Loader small>…</Loader>;
  const locale = report.locales[0];
  // The languages the user's role may read only: possibly none.
  if (!locale)
    return (
      <Typography>
        {formatMessage({ id: 'translation-coverage.none', defaultMessage: 'Your role may not read any content to translate.' })}
      </Typography>
    );
  const rows = report.types.map((type) => ({ type, coverage: type.locales.find((entry) => entry.locale === locale) }));
  const firstEntries = rows
    .flatMap(({ type, coverage }) => [...(coverage?.missing ?? []), ...(coverage?.stale ?? [])].map((entry) => ({ type, entry })))
    .slice(0, 5);
  const missing = rows.reduce((sum, row) => sum + (row.coverage?.missingCount ?? 0), 0);
  const stale = rows.reduce((sum, row) => sum + (row.coverage?.staleCount ?? 0), 0);
  const machine = rows.reduce((sum, row) => sum + (row.coverage?.machineCount ?? 0), 0);
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="omega">
        {formatMessage(
          { id: 'translation-coverage.widget.summary', defaultMessage: '{locale}: {missing} missing, {stale} to update' },
          { locale: locale.toUpperCase(), missing, stale },
        )}
      </Typography>
      {machine > 0 ? (
        <Typography variant="omega">
          {formatMessage(
            { id: 'translation-coverage.machine', defaultMessage: 'Machine-drafted, to review ({count})' },
            { count: machine },
          )}
        </Typography>
      ) : null}
      {firstEntries.map(({ type, entry }) => (
        <Box key={`${type.type}-${entry.documentId}`}>
          <Link to={routerPath(entry.editPath)}>
            {type.labels.it.one}: {entry.title}
          </Link>
        </Box>
      ))}
      <Link to="/translation-coverage">{formatMessage({ id: 'translation-coverage.widget.all', defaultMessage: 'All languages' })}</Link>
    </Flex>
  );
}
