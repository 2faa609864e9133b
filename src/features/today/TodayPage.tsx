import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../electron/shared/contract';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { shiftDate } from '../../lib/dates';
import { formatDay } from '../../lib/format';
import { href } from '../../lib/router';
import { AgendaTable } from '../diary/AgendaTable';
import { ClashModal } from '../diary/ClashModal';
import { OutcomeModal } from '../hearings/OutcomeForm';

const Section = ({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) => (
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
  const [clash, setClash] = useState<AgendaItem | null>(null);
  if (!today) return <ErrorNotice error={info.error} />;
  const items = agenda.data ?? [];
  const on = (d: string) => items.filter((h) => h.date === d);
  const later = items.filter((h) => h.date > tomorrow);
  const table = (list: AgendaItem[], showDate = false) => (
    <AgendaTable items={list} showDate={showDate} onRecord={setRecording} onClash={setClash} />
  );
  return (
    <>
      <PageHeader
        title={t('today.title')}
        subtitle={formatDay(today)}
        actions={
          <Button component="a" variant="default" href={href(`/print?from=${today}&to=${today}&redacted=1`)}>
            {t('diary.printDay')}
          </Button>
        }
      />
      <ErrorNotice error={agenda.error ?? unrecorded.error} />
      <Stack gap="xl">
        {unrecorded.data && unrecorded.data.length > 0 ? (
          <Section title={t('today.unrecorded')} subtitle={t('today.unrecordedHint')}>
            {table(unrecorded.data, true)}
          </Section>
        ) : null}
        <Section title={t('today.today')} subtitle={formatDay(today)}>
          {table(on(today))}
        </Section>
        <Section title={t('today.tomorrow')} subtitle={formatDay(tomorrow)}>
          {table(on(tomorrow))}
        </Section>
        <Section title={t('today.upcoming')}>{table(later, true)}</Section>
      </Stack>
      <OutcomeModal
        hearing={recording}
        title={recording?.caseNumber ?? recording?.caseTitle}
        onClose={() => setRecording(null)}
      />
      <ClashModal
        hearing={clash}
        others={items.filter((h) => clash?.clashesWith.includes(h.id))}
        onClose={() => setClash(null)}
      />
    </>
  );
};
