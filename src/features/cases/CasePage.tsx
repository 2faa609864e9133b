import { Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../electron/shared/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { downloadText } from '../../lib/download';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useEnumLabel } from '../../i18n/options';
import { formatDate, formatTime, offenceLabel } from '../../lib/format';
import { href } from '../../lib/router';
import { HearingModal } from '../hearings/HearingModal';
import { HearingTimeline } from '../hearings/HearingTimeline';
import { OutcomeModal } from '../hearings/OutcomeForm';
import { CustodyBadge } from './CustodyBadge';
import { BailPanel } from '../bail/BailPanel';
import { PetitionsPanel } from '../petitions/PetitionsPanel';
import { DeadlinesPanel } from '../deadlines/DeadlinesPanel';
import { CaseDisappearanceBanner } from '../disappearance/CaseDisappearanceBanner';
import { NotesPanel } from './NotesPanel';
import { HistoryPanel } from '../audit/HistoryPanel';
import { CaseIncidents } from '../incidents/CaseIncidents';

export const CasePage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const q = useApiQuery('cases:get', { id });
  const today = useApiQuery('app:info', {}).data?.today ?? '';
  const [adding, setAdding] = useState(false);
  const [recording, setRecording] = useState<Hearing | null>(null);
  if (q.error) return <ErrorNotice error={q.error} />;
  const c = q.data;
  if (!c) return <Text>{t('common.loading')}</Text>;
  const next = c.nextHearing;
  return (
    <>
      <PageHeader
        title={c.title}
        subtitle={[c.caseNumber, c.forumName].filter(Boolean).join(' · ')}
        actions={
          <>
            <Button onClick={() => setAdding(true)}>{t('cases.addHearing')}</Button>
            <Button component="a" variant="default" href={href(`/cases/${c.id}/edit`)}>
              {t('common.edit')}
            </Button>
            <Button component="a" variant="default" href={href(`/print-summary/${c.id}`)}>
              {t('reports.printSummary')}
            </Button>
            <Button
              variant="subtle"
              disabled={c.hearings.length === 0}
              onClick={() =>
                void call('diary:export-ics', { caseId: c.id }).then((f) => downloadText(f.filename, f.content))
              }
            >
              {t('diary.exportIcs')}
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <CaseDisappearanceBanner caseId={c.id} />
            <Paper withBorder p="lg" bg={next ? 'teal.0' : undefined} data-testid="next-date">
              <Group justify="space-between">
                <Stack gap={0}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t('cases.nextDate')}
                  </Text>
                  <Text size="xl" fw={700} className="tabular">
                    {next ? `${formatDate(next.date)} ${formatTime(next.time)}` : t('cases.noNextDate')}
                  </Text>
                  {next ? (
                    <Text size="sm">{[next.courtName, next.bench, next.purpose].filter(Boolean).join(' · ')}</Text>
                  ) : null}
                </Stack>
                {next ? <Button onClick={() => setRecording(next)}>{t('today.record')}</Button> : null}
              </Group>
            </Paper>
            <DeadlinesPanel caseId={c.id} defaultCourtId={c.forumId} today={today} />
            <Stack gap="xs">
              <Title order={4}>{t('hearings.timeline')}</Title>
              <Paper withBorder p="lg">
                <HearingTimeline hearings={c.hearings} today={today} onRecord={setRecording} />
              </Paper>
            </Stack>
            <BailPanel caseId={c.id} parties={c.parties} defaultForumId={c.forumId} />
            <PetitionsPanel caseId={c.id} parties={c.parties} />
            <CaseIncidents caseId={c.id} />
            <NotesPanel notes={c.datedNotes} owner={{ caseId: c.id }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Paper withBorder p="lg">
              <Stack gap="sm">
                <Group gap="xs">
                  <Badge variant="light">{label('caseType', c.caseType)}</Badge>
                  <Badge color={c.status === 'active' ? 'teal' : 'gray'}>{label('status', c.status)}</Badge>
                  <CustodyBadge status={c.custodyStatus} />
                </Group>
                <Field label={t('cases.parties')}>
                  <Stack gap={2}>
                    {c.parties.map((p) => (
                      <a key={p.clientId} href={href(`/clients/${p.clientId}`)}>
                        {`${p.fullName}${p.sensitive && p.codename ? ` (${p.codename})` : ''} — ${label('role', p.role)}`}
                      </a>
                    ))}
                  </Stack>
                </Field>
                <Field label={t('cases.offences')}>{c.offences.map(offenceLabel).join(', ')}</Field>
                {c.stage ? <Field label={t('cases.fields.stage')}>{c.stage}</Field> : null}
              </Stack>
            </Paper>
            <Paper withBorder p="lg">
              <Title order={5} mb="sm">
                {t('cases.fir')}
              </Title>
              <SimpleGrid cols={2}>
                <Field label={t('cases.fields.firNumber')}>{c.firNumber}</Field>
                <Field label={t('cases.fields.firDate')}>{formatDate(c.firDate)}</Field>
                <Field label={t('cases.fields.policeStation')}>{c.policeStationName}</Field>
                <Field label={t('cases.fields.agency')}>{label('agency', c.investigatingAgency)}</Field>
                <Field label={t('cases.fields.arrestDate')}>{formatDate(c.arrestDate)}</Field>
                <Field label={t('cases.fields.releaseDate')}>{formatDate(c.releaseDate)}</Field>
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="lg">
              <SimpleGrid cols={2}>
                <Field label={t('cases.fields.team')}>{c.team.join(', ')}</Field>
                <Field label={t('cases.fields.prosecutor')}>{c.prosecutor}</Field>
                <Field label={t('cases.fields.opposingCounsel')}>{c.opposingCounsel}</Field>
              </SimpleGrid>
            </Paper>
            <HistoryPanel caseId={c.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <HearingModal
        caseId={c.id}
        defaultCourtId={next?.courtId ?? c.forumId}
        opened={adding}
        onClose={() => setAdding(false)}
      />
      <OutcomeModal hearing={recording} title={c.title} onClose={() => setRecording(null)} />
    </>
  );
};
