import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { Schedule } from '../../scheduling/schedule-store';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null } | null;
}

function ScheduleForm({ model, documentId, locale }: { model: string; documentId: string; locale: string }) {
  const { formatMessage, formatDate } = useIntl();
  const { get, post, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [schedules, setSchedules] = useState<Schedule[]>([]);
  const [action, setAction] = useState<'publish' | 'unpublish'>('publish');
  const [runAt, setRunAt] = useState('');
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    const response = await get<{ data: Schedule[] }>('/publication-schedules', { params: { contentType: model, documentId } });
    setSchedules(response.data.data.filter((schedule) => schedule.locale === locale));
  }, [get, model, documentId, locale]);

  useEffect(() => {
    load().catch(() => setSchedules([]));
  }, [load]);

  const failed = (error: unknown) => {
    const message = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message;
    toggleNotification({
      type: 'danger',
      message: message ?? formatMessage({ id: 'scheduling.error', defaultMessage: 'The schedule was not saved.' }),
    });
  };

  const submit = async () => {
    if (!runAt || saving) return;
    setSaving(true);
    try {
      // The picked wall-clock time is read in Europe/Rome by the server, whatever the browser's zone.
      await post('/publication-schedules', { contentType: model, documentId, locale, action, runAt });
      setRunAt('');
      toggleNotification({ type: 'success', message: formatMessage({ id: 'scheduling.saved', defaultMessage: 'Scheduled.' }) });
      await load();
    } catch (error) {
      failed(error);
    } finally {
      setSaving(false);
    }
  };

  // Enter in the date field schedules, as a form would; it must not reach the edit view's own form
  // (the panel sits inside it, so a <form> here would be nested: the browser would send the outer one).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    event.stopPropagation();
    void submit();
  };

  const cancel = async (id: number) => {
    try {
      await del(`/publication-schedules/${id}`);
      await load();
    } catch (error) {
      failed(error);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Flex
        direction="column"
        alignItems="stretch"
        gap={2}
        role="group"
        aria-label={formatMessage({ id: 'scheduling.title', defaultMessage: 'Scheduled publication' })}
      >
        <Field.Root name="schedule-action">
          <Field.Label>{formatMessage({ id: 'scheduling.action', defaultMessage: 'Action' })}</Field.Label>
          <SingleSelect value={action} onChange={(value: string | number) => setAction(value === 'unpublish' ? 'unpublish' : 'publish')}>
            <SingleSelectOption value="publish">
              {formatMessage({ id: 'scheduling.publish', defaultMessage: 'Publish' })}
            </SingleSelectOption>
            <SingleSelectOption value="unpublish">
              {formatMessage({ id: 'scheduling.unpublish', defaultMessage: 'Unpublish' })}
            </SingleSelectOption>
          </SingleSelect>
        </Field.Root>
        <Field.Root
          name="schedule-run-at"
          hint={formatMessage({ id: 'scheduling.time-zone', defaultMessage: 'Italian time (Europe/Rome)' })}
        >
          <Field.Label>{formatMessage({ id: 'scheduling.when', defaultMessage: 'Date and time' })}</Field.Label>
          <Field.Input
            type="datetime-local"
            value={runAt}
            onChange={(event: { target: { value: string } }) => setRunAt(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <Field.Hint />
        </Field.Root>
        <Button type="button" variant="secondary" disabled={!runAt} loading={saving} onClick={() => void submit()}>
          {formatMessage({ id: 'scheduling.submit', defaultMessage: 'Schedule in {locale}' }, { locale: locale.toUpperCase() })}
        </Button>
      </Flex>
      {schedules.map((schedule) => (
        <Box key={schedule.id}>
          <Typography variant="pi">
            {formatMessage({ id: `scheduling.${schedule.action}`, defaultMessage: schedule.action })}{' '}
            {formatDate(schedule.runAt, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Rome' })} ·{' '}
            {formatMessage({ id: `scheduling.status.${schedule.status}`, defaultMessage: schedule.status })}
          </Typography>
          {schedule.status === 'pending' ? (
            <Button type="button" variant="tertiary" size="S" onClick={() => cancel(schedule.id)}>
              {formatMessage({ id: 'scheduling.cancel', defaultMessage: 'Cancel' })}
            </Button>
          ) : null}
        </Box>
      ))}
    </Flex>
  );
}

/** Edit-view side panel: schedule the publication or unpublication of this entry in the language shown. */
export const SchedulePanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  const locale = document?.locale;
  if (!model.startsWith('api::') || !documentId || !locale) return null;
  return {
    title: formatMessage({ id: 'scheduling.title', defaultMessage: 'Scheduled publication' }),
    content: <ScheduleForm model={model} documentId={documentId} locale={locale} />,
  };
};
