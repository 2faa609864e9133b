import { Badge, Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../lib/format';
import { href, navigate } from '../../lib/router';
import { AnswersModal } from './AnswersModal';

type Party = { clientId: string; fullName: string };

const DraftModal = ({ caseId, parties, onClose }: { caseId: string; parties: Party[]; onClose: () => void }) => {
  const { t } = useTranslation();
  const [clientId, setClientId] = useState<string | null>(parties[0]?.clientId ?? null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [asking, setAsking] = useState<Record<string, string> | null>(null);
  const templates = useApiQuery('petitions:templates', { caseId, ...(clientId ? { clientId } : {}) });
  const create = useApiMutation('petitions:create');
  const chosen = templates.data?.find((tpl) => tpl.id === templateId);
  const draft = (answers: Record<string, string> = {}) => {
    if (!templateId) return;
    create.mutate(
      { caseId, templateId, clientId, answers },
      {
        onSuccess: (d) => navigate(`/petitions/${d.id}`),
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'VALIDATION' && Object.keys(e.fields).length) setAsking(e.fields);
        },
      },
    );
  };
  const groups = ['en', 'ur'].map((lang) => ({
    group: t(`petitions.language.${lang}`),
    items: (templates.data ?? [])
      .filter((tpl) => tpl.language === lang && tpl.origin === 'shipped')
      .map((tpl) => ({ value: tpl.id, label: tpl.name })),
  }));
  return (
    <Stack>
      <Select
        label={t('petitions.client')}
        data={parties.map((p) => ({ value: p.clientId, label: p.fullName }))}
        value={clientId}
        onChange={setClientId}
        allowDeselect={false}
      />
      <Select
        label={t('petitions.template')}
        data={groups}
        value={templateId}
        onChange={setTemplateId}
        searchable
        data-autofocus
      />
      {chosen ? (
        <Text size="sm" c="dimmed">
          {chosen.description}
          {chosen.missing.length
            ? ` — ${t('petitions.willAsk')}: ${chosen.missing.map((m) => m.label).join(', ')}`
            : ''}
        </Text>
      ) : null}
      <ErrorNotice
        error={create.error instanceof ApiError && create.error.code === 'VALIDATION' ? null : create.error}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => draft()} disabled={!templateId} loading={create.isPending}>
          {t('petitions.draftIt')}
        </Button>
      </Group>
      <AnswersModal fields={asking} onClose={() => setAsking(null)} onSubmit={draft} busy={create.isPending} />
    </Stack>
  );
};

/** The case's petitions: draft one from a template, open a draft to edit and export it. */
export const PetitionsPanel = ({ caseId, parties }: { caseId: string; parties: Party[] }) => {
  const { t } = useTranslation();
  const drafts = useApiQuery('petitions:list', { caseId });
  const [drafting, setDrafting] = useState(false);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('petitions.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setDrafting(true)}>
          {t('petitions.draft')}
        </Button>
      </Group>
      <ErrorNotice error={drafts.error} />
      {drafts.data?.length ? (
        <Table>
          <Table.Tbody>
            {drafts.data.map((d) => (
              <Table.Tr key={d.id} data-testid="petition-row">
                <Table.Td>
                  <a href={href(`/petitions/${d.id}`)}>{d.title}</a>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`petitions.language.${d.language}`)}</Badge>
                </Table.Td>
                <Table.Td className="tabular">{`v${d.version} · ${formatDate(d.updatedAt.slice(0, 10))}`}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('petitions.none')}
        </Text>
      )}
      <Modal opened={drafting} onClose={() => setDrafting(false)} title={t('petitions.draft')} size="lg">
        {drafting ? <DraftModal caseId={caseId} parties={parties} onClose={() => setDrafting(false)} /> : null}
      </Modal>
    </Stack>
  );
};
