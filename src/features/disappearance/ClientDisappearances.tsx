import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../lib/format';
import { href } from '../../lib/router';
import { DaysMissing } from './DaysMissing';
import { RecordFormModal } from './RecordForm';
import './strings';

/** On the client page: the client's disappearance records with the days missing, and a way to record one. */
export const ClientDisappearances = ({ client }: { client: { id: string; district: string | null } }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const q = useApiQuery('disappearances:list', { clientId: client.id });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('disappearance.panelTitle')}</Title>
        <Button variant="default" size="xs" onClick={() => setOpen(true)}>
          {t('disappearance.record')}
        </Button>
      </Group>
      <ErrorNotice error={q.error} />
      {q.data?.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('disappearance.panelNone')}
        </Text>
      ) : null}
      {q.data?.map((r) => (
        <Paper key={r.id} withBorder p="sm">
          <Group justify="space-between">
            <Group>
              <DaysMissing days={r.daysMissing} outcome={r.outcome} size="sm" />
              <Text size="sm">{t('disappearance.since', { date: formatDate(r.lastSeenDate) })}</Text>
            </Group>
            <Button component="a" size="xs" href={href(`/disappearances/${r.id}`)}>
              {t('disappearance.open')}
            </Button>
          </Group>
        </Paper>
      ))}
      <RecordFormModal
        opened={open}
        clientId={client.id}
        district={client.district}
        record={null}
        onClose={() => setOpen(false)}
      />
    </Stack>
  );
};
