import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { useIntl } from 'react-intl';
import type { CoverageEntry } from '../../translation-coverage/coverage-report';
import { routerPath, useCoverage } from './use-coverage';

function EntryList({ entries, stale }: { entries: CoverageEntry[]; stale: boolean }) {
  const { formatDate } = useIntl();
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.documentId}>
          <Link to={routerPath(entry.editPath)}>{entry.title}</Link>
          {stale && entry.translationUpdatedAt ? (
            <Typography variant="pi" textColor="neutral600">
              {' '}
              ({formatDate(entry.italianUpdatedAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Rome' })} →{' '}
              {formatDate(entry.translationUpdatedAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Rome' })})
            </Typography>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Per language (the user's first), per type: missing translations and translations older than the Italian. */
export default function CoveragePage() {
  const { formatMessage, locale: adminLocale } = useIntl();
  const { report, error } = useCoverage();
  const language = adminLocale.startsWith('it') ? 'it' : 'en';
  const title = formatMessage({ id: 'translation-coverage.title', defaultMessage: 'Translation coverage' });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: 'translation-coverage.subtitle',
          defaultMessage: 'Entries without a translation, and translations older than their Italian version',
        })}
      />
      <Layouts.Content>
        {error ? (
          <Typography>{formatMessage({ id: 'translation-coverage.error', defaultMessage: 'Coverage could not be loaded.' })}</Typography>
        ) : null}
        {!report && !error ? <Loader>…</Loader> : null}
        {report && report.locales.length === 0 ? (
          <Typography>
            {formatMessage({ id: 'translation-coverage.none', defaultMessage: 'Your role may not read any content to translate.' })}
          </Typography>
        ) : null}
        {report?.locales.map((locale) => (
          <Box key={locale} background="neutral0" padding={6} marginBottom={4} hasRadius shadow="tableShadow">
            <Typography tag="h2" variant="beta">
              {locale.toUpperCase()}
            </Typography>
            {report.types.map((type) => {
              const coverage = type.locales.find((entry) => entry.locale === locale);
              if (
                !coverage ||
                (coverage.missingCount === 0 && coverage.staleCount === 0 && coverage.machineCount === 0 && coverage.reviewedCount === 0)
              )
                return null;
              return (
                <Flex key={type.type} direction="column" alignItems="stretch" gap={1} paddingTop={3}>
                  <Typography tag="h3" variant="delta">
                    {type.labels[language].other}
                  </Typography>
                  {coverage.missingCount > 0 ? (
                    <>
                      <Typography variant="omega" fontWeight="bold">
                        {formatMessage(
                          { id: 'translation-coverage.missing', defaultMessage: 'Missing ({count})' },
                          { count: coverage.missingCount },
                        )}
                      </Typography>
                      <EntryList entries={coverage.missing} stale={false} />
                    </>
                  ) : null}
                  {coverage.staleCount > 0 ? (
                    <>
                      <Typography variant="omega" fontWeight="bold">
                        {formatMessage(
                          { id: 'translation-coverage.stale', defaultMessage: 'Older than the Italian ({count})' },
                          { count: coverage.staleCount },
                        )}
                      </Typography>
                      <EntryList entries={coverage.stale} stale />
                    </>
                  ) : null}
                  {coverage.machineCount > 0 ? (
                    <>
                      <Typography variant="omega" fontWeight="bold">
                        {formatMessage(
                          { id: 'translation-coverage.machine', defaultMessage: 'Machine-drafted, to review ({count})' },
                          { count: coverage.machineCount },
                        )}
                      </Typography>
                      <EntryList entries={coverage.machine} stale={false} />
                    </>
                  ) : null}
                  {coverage.reviewedCount > 0 ? (
                    <Typography variant="omega">
                      {formatMessage(
                        { id: 'translation-coverage.reviewed', defaultMessage: 'Reviewed: {count}' },
                        { count: coverage.reviewedCount },
                      )}
                    </Typography>
                  ) : null}
                </Flex>
              );
            })}
          </Box>
        ))}
      </Layouts.Content>
    </Page.Main>
  );
}
