import { Badge, Button, Group, Paper, Select, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BailPetition } from '../../../electron/shared/deadline-schemas';
import { BAIL_STATUSES, type BailStatus } from '../../../electron/shared/enums';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/localize';
import { BailFormModal, type Party } from './BailForm';
import { EscalateModal } from './EscalateModal';
import { isRefused, skipsSessions, STATUS_COLORS } from './ladder';
import './strings';

/** Splits the list (already ordered as ladders by the backend) where a new ladder starts. */
const splitLadders = (list: BailPetition[]): BailPetition[][] => {
  const ladders: BailPetition[][] = [];
  const seen = new Set<string>();
  for (const p of list) {
    const current = ladders[ladders.length - 1];
    if (current && p.escalatedFromId && seen.has(p.escalatedFromId)) current.push(p);
    else ladders.push([p]);
    seen.add(p.id);
  }
  return ladders;
};

/** Orders that decide the petition stand out; work in progress stays quiet. */
const DECIDED: BailStatus[] = ['confirmed', 'granted', 'dismissed', 'withdrawn', 'cancelled'];

const rupees = (n: number): string => formatNumber(n);

const dataOf = (p: BailPetition, status: BailStatus) => ({
  caseId: p.caseId,
  clientId: p.clientId,
  kind: p.kind,
  forumId: p.forumId,
  filingDate: p.filingDate,
  status,
  surety: p.surety,
  bondAmount: p.bondAmount,
  conditions: p.conditions,
  notes: p.notes,
});

type RowProps = {
  p: BailPetition;
  escalatedTo: BailPetition | undefined;
  hint: boolean;
  onStatus: (p: BailPetition, s: BailStatus) => void;
  onEdit: (p: BailPetition) => void;
  onEscalate: (p: BailPetition) => void;
};

const PetitionItem = ({ p, escalatedTo, hint, onStatus, onEdit, onEscalate }: RowProps) => {
  const { t } = useTranslation();
  const forum = p.forumName ?? t('bail.noForum');
  const terms = [p.surety, p.bondAmount !== null ? t('bail.bondShort', { amount: rupees(p.bondAmount) }) : null];
  return (
    <Stack gap={2} data-testid="bail-petition">
      <Group gap="xs">
        <Text fw={600}>{forum}</Text>
        <Badge color={STATUS_COLORS[p.status]} variant={DECIDED.includes(p.status) ? 'filled' : 'light'}>
          {t(`bail.statuses.${p.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {[
          t(`bail.kinds.${p.kind}`),
          p.clientName,
          p.filingDate ? t('bail.filed', { date: formatDate(p.filingDate) }) : t('bail.notFiled'),
          p.hearingIds.length > 0 ? t('bail.hearings', { count: p.hearingIds.length }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {terms.some(Boolean) ? (
        <Text size="sm" c="dimmed">
          {terms.filter(Boolean).join(' · ')}
        </Text>
      ) : null}
      {p.conditions ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {p.conditions}
        </Text>
      ) : null}
      {hint ? (
        <Text size="xs" c="orange.8">
          {t('bail.preArrestHint')}
        </Text>
      ) : null}
      <Group gap="xs" mt={4}>
        <Select
          size="xs"
          w={210}
          aria-label={t('bail.statusOf', { forum })}
          data={BAIL_STATUSES.map((s) => ({ value: s, label: t(`bail.statuses.${s}`) }))}
          value={p.status}
          allowDeselect={false}
          onChange={(s) => (s && s !== p.status ? onStatus(p, s as BailStatus) : undefined)}
        />
        <Button size="compact-xs" variant="subtle" onClick={() => onEdit(p)}>
          {t('common.edit')}
        </Button>
        {isRefused(p.status) && !escalatedTo ? (
          <Button size="compact-xs" color="red" variant="light" onClick={() => onEscalate(p)}>
            {t('bail.escalate')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
};

/** The bail petitions of a case, as ladders of forums, with adding, status and escalation. */
export const BailPanel = ({
  caseId,
  parties,
  defaultForumId,
}: {
  caseId: string;
  parties: Party[];
  defaultForumId: string | null;
}) => {
  const { t } = useTranslation();
  const q = useApiQuery('bail:list', { caseId });
  const save = useApiMutation('bail:save');
  const [editing, setEditing] = useState<BailPetition | 'new' | null>(null);
  const [escalating, setEscalating] = useState<BailPetition | null>(null);
  const list = q.data ?? [];
  const ladders = splitLadders(list);
  const hintFor = (p: BailPetition, index: number) =>
    skipsSessions(
      p.kind,
      p.forumType,
      list
        .slice(0, index)
        .filter((o) => o.kind === 'crpc_498')
        .map((o) => o.forumType),
    );
  const row = (p: BailPetition) => (
    <PetitionItem
      p={p}
      escalatedTo={list.find((o) => o.escalatedFromId === p.id)}
      hint={hintFor(p, list.indexOf(p))}
      onStatus={(x, status) => save.mutate({ id: x.id, data: dataOf(x, status) })}
      onEdit={setEditing}
      onEscalate={setEscalating}
    />
  );
  return (
    <Stack gap="xs" data-testid="bail-panel">
      <Group justify="space-between">
        <Title order={4}>{t('bail.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setEditing('new')}>
          {t('bail.add')}
        </Button>
      </Group>
      <Paper withBorder p="lg">
        <ErrorNotice error={q.error ?? save.error} />
        {q.data && list.length === 0 ? <Text c="dimmed">{t('bail.none')}</Text> : null}
        <Stack gap="lg">
          {ladders.map((ladder) => (
            <Timeline
              key={ladder[0]?.id}
              active={ladder.length - 1}
              bulletSize={14}
              lineWidth={2}
              data-testid="bail-ladder"
            >
              {ladder.map((p) => (
                <Timeline.Item key={p.id} color={STATUS_COLORS[p.status]}>
                  {row(p)}
                </Timeline.Item>
              ))}
            </Timeline>
          ))}
        </Stack>
      </Paper>
      <BailFormModal
        opened={editing !== null}
        caseId={caseId}
        parties={parties}
        defaultForumId={defaultForumId}
        petition={editing === 'new' ? null : editing}
        others={list}
        onClose={() => setEditing(null)}
      />
      <EscalateModal petition={escalating} onClose={() => setEscalating(null)} />
    </Stack>
  );
};
