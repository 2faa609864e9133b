import { ActionIcon, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../electron/shared/deadline-schemas';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useEnumLabel } from '../../i18n/options';
import { formatDate } from '../../lib/format';
import { DeadlineList } from './DeadlineList';
import { EventModal } from './EventModal';

const describe = (e: CaseEvent, label: ReturnType<typeof useEnumLabel>) =>
  [
    e.endDate ? `→ ${formatDate(e.endDate)}` : null,
    e.details.result ? label('result', e.details.result) : null,
    e.details.sentence ? label('sentence', e.details.sentence) : null,
    e.courtName,
    e.note,
  ]
    .filter(Boolean)
    .join(' · ');

/** The case's deadlines with their working, and the events they count from. */
export const DeadlinesPanel = ({
  caseId,
  defaultCourtId,
  today,
}: {
  caseId: string;
  defaultCourtId: string | null;
  today: string;
}) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const q = useApiQuery('deadlines:for-case', { caseId });
  const remove = useApiMutation('events:delete');
  const [recording, setRecording] = useState(false);
  const events = q.data?.events ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('deadlines.panel')}</Title>
        <Button size="xs" variant="light" onClick={() => setRecording(true)}>
          {t('deadlines.recordEvent')}
        </Button>
      </Group>
      <ErrorNotice error={q.error ?? remove.error} />
      <DeadlineList deadlines={q.data?.deadlines ?? []} today={today} />
      <Paper withBorder p="md">
        <Text fw={600} size="sm" mb="xs">
          {t('deadlines.events')}
        </Text>
        {events.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('deadlines.noEvents')}
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={e.id} data-testid="case-event">
                  <Table.Td w={110} className="tabular">
                    {formatDate(e.date)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {label('eventKind', e.kind)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {describe(e, label)}
                    </Text>
                  </Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('deadlines.deleteEvent')}
                      onClick={() => remove.mutate({ id: e.id })}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <EventModal
        caseId={caseId}
        defaultCourtId={defaultCourtId}
        events={events}
        opened={recording}
        onClose={() => setRecording(false)}
      />
    </Stack>
  );
};
