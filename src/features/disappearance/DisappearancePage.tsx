import { Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../lib/format';
import { href } from '../../lib/router';
import { AppealsPanel } from './AppealsPanel';
import { ConsentPanel } from './ConsentPanel';
import { DaysMissing } from './DaysMissing';
import { DeleteRecord } from './DeleteRecord';
import { EntriesPanel } from './EntriesPanel';
import { OrdersPanel } from './OrdersPanel';
import { RecordFormModal } from './RecordForm';
import { TracksPanel } from './TracksPanel';
import './strings';

type Detail = NonNullable<ReturnType<typeof useApiQuery<'disappearances:get'>>['data']>;

/** Free text keeps its own direction: an English sentence on the Urdu screen ends with its full stop. */
const auto = (text: string | null) => (text ? <span dir="auto">{text}</span> : null);

const LastSeen = ({ r }: { r: Detail }) => {
  const { t } = useTranslation();
  const field = (k: string) => t(`disappearance.fields.${k}`);
  return (
    <Paper withBorder p="lg" data-testid="last-seen">
      <Title order={4} mb="sm">
        {t('disappearance.lastSeenTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Field label={field('lastSeenDate')}>
          {formatDate(r.lastSeenDate)}
          {r.lastSeenTime ? `, ${r.lastSeenTime}` : ''}
        </Field>
        <Field label={field('lastSeenPlace')}>{auto(r.lastSeenPlace)}</Field>
        <Field label={field('lastSeenDistrict')}>{auto(r.lastSeenDistrict)}</Field>
        <Field label={field('lastSeenWith')}>{auto(r.lastSeenWith)}</Field>
      </SimpleGrid>
      <Stack gap={2} mt="md">
        <Field label={field('takenBy')}>{auto(r.takenBy)}</Field>
      </Stack>
      <Title order={5} mt="md" mb="xs">
        {t('disappearance.familyTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Field label={field('familyContactName')}>{auto(r.familyContactName)}</Field>
        <Field label={field('familyContactRelation')}>{auto(r.familyContactRelation)}</Field>
        <Field label={field('familyContactPhone')}>{r.familyContactPhone}</Field>
        <Field label={field('outcome')}>
          {t(`disappearance.outcomes.${r.outcome}`)}
          {r.outcomeDate ? `, ${formatDate(r.outcomeDate)}` : ''}
        </Field>
      </SimpleGrid>
      {r.outcomeNote ? (
        <Text mt="sm" dir="auto">
          {r.outcomeNote}
        </Text>
      ) : null}
    </Paper>
  );
};

/** One screen for a disappearance: days missing, both tracks with their next dates, orders, steps, consent, appeals. */
export const DisappearancePage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const q = useApiQuery('disappearances:get', { id });
  if (q.error) return <ErrorNotice error={q.error} />;
  const r = q.data;
  if (!r) return <Text>{t('common.loading')}</Text>;
  const end = r.outcome === 'still_missing' ? r.today : (r.outcomeDate ?? r.today);
  return (
    <>
      <PageHeader
        title={
          <Group gap="sm">
            {`${t('disappearance.title')}: ${r.clientName}`}
            {r.client.sensitive && r.codename ? <Badge color="grape">{r.codename}</Badge> : null}
          </Group>
        }
        subtitle={<Anchor href={href(`/clients/${r.clientId}`)}>{t('disappearance.backToClient')}</Anchor>}
        actions={
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('disappearance.edit')}
          </Button>
        }
      />
      <Paper withBorder p="md" mb="lg" bg={r.outcome === 'still_missing' ? 'red.0' : undefined}>
        <Group justify="space-between">
          <DaysMissing days={r.daysMissing} outcome={r.outcome} size="xl" />
          <Text size="sm" c="dimmed">
            {t('disappearance.countedTo', { from: formatDate(r.lastSeenDate), to: formatDate(end) })}
          </Text>
        </Group>
      </Paper>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <LastSeen r={r} />
            <TracksPanel record={r} />
            <OrdersPanel record={r} />
            <EntriesPanel record={r} mode="steps" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <AppealsPanel record={r} />
            <ConsentPanel clientId={r.clientId} today={r.today} consents={r.consents} />
            <EntriesPanel record={r} mode="contact" />
          </Stack>
        </Grid.Col>
      </Grid>
      <DeleteRecord record={r} />
      <RecordFormModal
        opened={editing}
        clientId={r.clientId}
        district={r.client.district}
        record={r}
        onClose={() => setEditing(false)}
      />
    </>
  );
};
