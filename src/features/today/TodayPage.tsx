import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../electron/shared/contract';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { shiftDate } from '../../lib/dates';
import { formatDate, formatDay, formatTime, partyNames } from '../../lib/format';
import { href } from '../../lib/router';
import { CustodyBadge } from '../cases/CustodyBadge';
import { OutcomeModal } from '../hearings/OutcomeForm';

const AgendaTable = ({
  items,
  showDate,
  onRecord,
}: {
  items: AgendaItem[];
  showDate?: boolean;
  onRecord: (h: AgendaItem) => void;
}) => {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('today.nothing')}</Text>;
  return (
    <Table verticalSpacing="sm" highlightOnHover>
      <Table.Tbody>
        {items.map((h) => (
          <Table.Tr key={h.id} data-testid="agenda-row">
            <Table.Td w={showDate ? 150 : 90} className="tabular">
              {showDate ? formatDate(h.date) : null} {formatTime(h.time)}
            </Table.Td>
            <Table.Td>
              <Text fw={600}>{[h.courtName, h.bench].filter(Boolean).join(' · ') || '—'}</Text>
              <a href={href(`/cases/${h.caseId}`)}>{h.caseNumber ?? h.caseTitle}</a>
              <Text size="sm">{partyNames(h.parties)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{h.purpose}</Text>
              {h.firNumber ? (
                <Text size="xs" c="dimmed">
                  FIR {h.firNumber}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <CustodyBadge status={h.custodyStatus} />
            </Table.Td>
            <Table.Td w={150} ta="right">
              {h.outcome ? (
                <Badge variant="light">{t(`enums.outcome.${h.outcome}`)}</Badge>
              ) : (
                <Button size="xs" variant="light" onClick={() => onRecord(h)}>
                  {t('today.record')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

const Section = ({ title, subtitle, children }: { title: string; subtitle?: string; children: React.ReactNode }) => (
  <Stack gap="xs">
    <Group gap="sm" align="baseline">
      <Title order={4}>{title}</Title>
      {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
    </Group>
    <Paper withBorder p="md">
      {children}
    </Paper>
  </Stack>
);

/** Home: today's and tomorrow's lists across all courts, and hearings still awaiting an outcome. */
export const TodayPage = () => {
  const { t } = useTranslation();
  const info = useApiQuery('app:info', {});
  const today = info.data?.today ?? '';
  const tomorrow = today ? shiftDate(today, 1) : '';
  const agenda = useApiQuery('hearings:agenda', { from: today, to: today ? shiftDate(today, 7) : '' }, Boolean(today));
  const unrecorded = useApiQuery('hearings:unrecorded', { before: today }, Boolean(today));
  const [recording, setRecording] = useState<AgendaItem | null>(null);
  if (!today) return <ErrorNotice error={info.error} />;
  const items = agenda.data ?? [];
  const on = (d: string) => items.filter((h) => h.date === d);
  const later = items.filter((h) => h.date > tomorrow);
  return (
    <>
      <PageHeader title={t('today.title')} subtitle={formatDay(today)} />
      <ErrorNotice error={agenda.error ?? unrecorded.error} />
      <Stack gap="xl">
        {unrecorded.data && unrecorded.data.length > 0 ? (
          <Section title={t('today.unrecorded')} subtitle={t('today.unrecordedHint')}>
            <AgendaTable items={unrecorded.data} showDate onRecord={setRecording} />
          </Section>
        ) : null}
        <Section title={t('today.today')} subtitle={formatDay(today)}>
          <AgendaTable items={on(today)} onRecord={setRecording} />
        </Section>
        <Section title={t('today.tomorrow')} subtitle={formatDay(tomorrow)}>
          <AgendaTable items={on(tomorrow)} onRecord={setRecording} />
        </Section>
        <Section title={t('today.upcoming')}>
          <AgendaTable items={later} showDate onRecord={setRecording} />
        </Section>
      </Stack>
      <OutcomeModal
        hearing={recording}
        title={recording?.caseNumber ?? recording?.caseTitle}
        onClose={() => setRecording(null)}
      />
    </>
  );
};
