import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useEnumLabel } from '../../i18n/options';
import { href } from '../../lib/router';
import { CaseTable } from '../cases/CaseTable';
import { NotesPanel } from '../cases/NotesPanel';
import { ClientDisappearances } from '../disappearance/ClientDisappearances';
import { IncidentsPanel } from '../incidents/IncidentsPanel';
import { RiskBadge } from './RiskBadge';

export const ClientPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const q = useApiQuery('clients:get', { id });
  const archive = useApiMutation('clients:set-archived');
  if (q.error) return <ErrorNotice error={q.error} />;
  const c = q.data;
  if (!c) return <Text>{t('common.loading')}</Text>;
  return (
    <>
      <PageHeader
        title={
          <Group gap="sm">
            {c.fullName}
            {c.nameUr ? (
              <Text span className="urdu" size="xl">
                {c.nameUr}
              </Text>
            ) : null}
          </Group>
        }
        subtitle={
          <Group gap="xs" component="span">
            <Badge variant="light">{label('category', c.category)}</Badge>
            <RiskBadge level={c.riskLevel} />
            {c.sensitive ? <Badge color="grape">{`${t('clients.sensitive')}: ${c.codename ?? ''}`}</Badge> : null}
            {c.archived ? <Badge color="gray">{t('clients.archived')}</Badge> : null}
          </Group>
        }
        actions={
          <>
            <Button component="a" href={href(`/cases/new?client=${c.id}`)}>
              {t('clients.newCase')}
            </Button>
            <Button component="a" variant="default" href={href(`/clients/${c.id}/edit`)}>
              {t('common.edit')}
            </Button>
            <Button component="a" variant="default" href={href(`/print-dossier/${c.id}`)}>
              {t('reports.printDossier')}
            </Button>
            <Button
              variant="subtle"
              color="gray"
              loading={archive.isPending}
              onClick={() => archive.mutate({ id: c.id, archived: !c.archived })}
            >
              {c.archived ? t('clients.unarchive') : t('clients.archive')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Field label={t('clients.fields.cnic')}>{c.cnic}</Field>
            <Field label={t('clients.fields.phone')}>{c.phone}</Field>
            <Field label={t('clients.fields.district')}>
              {[c.district, label('province', c.province)].filter(Boolean).join(', ')}
            </Field>
            <Field label={t('clients.fields.contactPerson')}>{c.contactPerson}</Field>
          </SimpleGrid>
          {c.notes ? (
            <Text mt="md" style={{ whiteSpace: 'pre-wrap' }}>
              {c.notes}
            </Text>
          ) : null}
        </Paper>
        <Stack gap="xs">
          <Title order={4}>{t('clients.cases')}</Title>
          <CaseTable cases={c.cases} />
        </Stack>
        <ClientDisappearances client={c} />
        <IncidentsPanel client={c} />
        <NotesPanel notes={c.datedNotes} owner={{ clientId: c.id }} />
      </Stack>
    </>
  );
};
