import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { LocaleStatus, MachineTranslationStatus } from '../../machine-translation/machine-translation-routes';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null } | null;
}

interface FetchError {
  response?: { status?: number; data?: { error?: { name?: string; message?: string; details?: { locales?: string[] } } } };
}

const STATE_IDS: Record<LocaleStatus['state'], string> = {
  missing: 'machine-translation.state.missing',
  machine: 'machine-translation.state.machine',
  reviewed: 'machine-translation.state.reviewed',
  human: 'machine-translation.state.human',
};

/**
 * The edit view's "Traduzione automatica" panel: buttons only (the edit view is itself a form).
 * In Italian: translate every missing or stale language. In another language: translate this one
 * from the Italian, mark it reviewed. Off, and says so, when the CMS has no provider.
 */
function MachineTranslation({ model, documentId, locale }: { model: string; documentId: string; locale: string }) {
  const { formatMessage, formatDate } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = useState<MachineTranslationStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      const response = await get<{ data: MachineTranslationStatus }>('/machine-translations/status', {
        params: { contentType: model, documentId },
      });
      setStatus(response.data.data);
      setLoadFailed(false);
    } catch {
      setLoadFailed(true);
    }
  }, [get, model, documentId]);

  useEffect(() => {
    void load();
  }, [load]);

  const message = (error: unknown) =>
    (error as FetchError).response?.data?.error?.message ??
    formatMessage({ id: 'machine-translation.error', defaultMessage: 'The translation was not written.' });

  const translate = async (locales: string[] | 'missing-or-stale', overwrite = false): Promise<void> => {
    setBusy(true);
    try {
      await post('/machine-translations/translate', { contentType: model, documentId, locales, overwrite });
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: 'machine-translation.done', defaultMessage: 'Translation drafted: review it before publishing.' }),
      });
      // The draft shown here changed on the server: show it.
      if (locales !== 'missing-or-stale' && locales.includes(locale)) window.location.reload();
      else await load();
    } catch (error) {
      const failure = (error as FetchError).response?.data?.error;
      if (failure?.name === 'human-edited' && !overwrite) {
        const question = formatMessage(
          {
            id: 'machine-translation.confirm-overwrite',
            defaultMessage: 'The translations in {locales} were written or edited by a person. Replace them with a machine translation?',
          },
          { locales: (failure.details?.locales ?? []).join(', ').toUpperCase() },
        );
        setBusy(false);
        if (window.confirm(question)) return translate(locales, true);
        return;
      }
      toggleNotification({ type: 'danger', message: message(error) });
    } finally {
      setBusy(false);
    }
  };

  const review = async () => {
    setBusy(true);
    try {
      const response = await post<{ data: MachineTranslationStatus }>('/machine-translations/review', {
        contentType: model,
        documentId,
        locale,
      });
      setStatus(response.data.data);
      toggleNotification({
        type: 'success',
        message: formatMessage({
          id: 'machine-translation.reviewed-done',
          defaultMessage: 'Marked as reviewed: the portal no longer shows the notice.',
        }),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: message(error) });
    } finally {
      setBusy(false);
    }
  };

  if (loadFailed)
    return (
      <Typography variant="pi">
        {formatMessage({ id: 'machine-translation.load-error', defaultMessage: 'Machine translation status could not be loaded.' })}
      </Typography>
    );
  if (!status) return null;
  if (!status.enabled) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({
          id: 'machine-translation.off',
          defaultMessage: 'Machine translation is not configured on this CMS (see MACHINE_TRANSLATION_* in .env.example).',
        })}
      </Typography>
    );
  }

  const stateText = (entry: LocaleStatus) =>
    `${formatMessage({ id: STATE_IDS[entry.state], defaultMessage: entry.state })}${entry.stale ? ` · ${formatMessage({ id: 'machine-translation.state.stale', defaultMessage: 'older than the Italian' })}` : ''}`;
  const current = status.locales.find((entry) => entry.locale === locale);
  const usage = (
    <Typography variant="pi" textColor="neutral600">
      {formatMessage(
        { id: 'machine-translation.usage', defaultMessage: 'Characters this month: {used} of {limit}' },
        { used: status.usage.characters, limit: status.usage.limit },
      )}
    </Typography>
  );
  const uncovered =
    status.uncovered.length > 0 ? (
      <Typography variant="pi" textColor="danger600">
        {formatMessage(
          { id: 'machine-translation.uncovered', defaultMessage: 'No provider translates: {locales}' },
          { locales: status.uncovered.join(', ').toUpperCase() },
        )}
      </Typography>
    ) : null;

  if (locale === 'it') {
    const pending = status.locales.filter((entry) => entry.provider && (entry.state === 'missing' || entry.stale));
    return (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        <Box tag="ul">
          {status.locales.map((entry) => (
            <li key={entry.locale}>
              <Typography variant="pi">
                <span lang="en">{entry.locale.toUpperCase()}</span>: {stateText(entry)}
              </Typography>
            </li>
          ))}
        </Box>
        <Button
          type="button"
          variant="secondary"
          loading={busy}
          disabled={busy || pending.length === 0}
          onClick={() => void translate('missing-or-stale')}
        >
          {formatMessage(
            {
              id: 'machine-translation.translate-missing',
              defaultMessage: 'Translate from Italian: missing and outdated languages ({count})',
            },
            { count: pending.length },
          )}
        </Button>
        {uncovered}
        {usage}
      </Flex>
    );
  }

  if (!current) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="pi">{stateText(current)}</Typography>
      {current.machine ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            { id: 'machine-translation.drafted-by', defaultMessage: 'Machine-drafted by {provider} on {date}, requested by {user}' },
            {
              provider: current.machine.provider,
              date: formatDate(current.machine.translatedAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Rome' }),
              user: current.machine.translatedBy ?? '—',
            },
          )}
        </Typography>
      ) : null}
      {current.provider ? (
        <Button
          type="button"
          variant="secondary"
          loading={busy}
          disabled={busy || !current.writable}
          onClick={() => void translate([locale])}
        >
          {formatMessage(
            { id: 'machine-translation.translate-one', defaultMessage: 'Translate from Italian into {locale}' },
            { locale: locale.toUpperCase() },
          )}
        </Button>
      ) : (
        uncovered
      )}
      {current.state === 'machine' ? (
        <Button type="button" variant="success-light" disabled={busy || !current.writable} onClick={() => void review()}>
          {formatMessage({ id: 'machine-translation.review', defaultMessage: 'Mark as reviewed' })}
        </Button>
      ) : null}
      {usage}
    </Flex>
  );
}

/** Edit-view side panel of our content types (not of the internal ones, nor single types without a document). */
export const MachineTranslationPanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  const locale = document?.locale;
  if (!model.startsWith('api::') || !documentId || !locale || /page-rating|glossary-term|machine-translation|translation-usage/.test(model))
    return null;
  return {
    title: formatMessage({ id: 'machine-translation.title', defaultMessage: 'Machine translation' }),
    content: <MachineTranslation model={model} documentId={documentId} locale={locale} />,
  };
};
