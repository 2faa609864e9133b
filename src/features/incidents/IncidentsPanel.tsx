import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../electron/shared/enums';
import type { Incident, IncidentKind } from '../../../electron/shared/incident-schemas';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate, formatTime } from '../../lib/format';
import { href } from '../../lib/router';
import { RiskBadge } from '../clients/RiskBadge';
import { AttachEvidenceModal } from './AttachEvidenceModal';
import { ConfirmAction } from './ConfirmAction';
import { EvidenceList } from './EvidenceList';
import { IncidentModal, type CaseOption } from './IncidentModal';

/* The client's protection file: risk level and the incident timeline, newest first, with evidence. */

/** Violence and taking a person first in red; threats to body in orange; the rest in grey-blue. */
const KIND_COLOR: Record<IncidentKind, string> = {
  abduction: 'red',
  arrest_without_warrant: 'red',
  assault: 'red',
  raid: 'orange',
  threat_in_person: 'orange',
  device_seizure: 'orange',
  online_threat: 'grape',
  defamation_campaign: 'grape',
  surveillance: 'indigo',
  family_harassment: 'orange',
  travel_ban: 'indigo',
  other: 'gray',
};

type ClientFacts = {
  id: string;
  riskLevel: RiskLevel;
  sensitive: boolean;
  cases: CaseOption[];
};

const Reports = ({ incident }: { incident: Incident }) => {
  const { t } = useTranslation();
  if (incident.reports.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('incidents.notReported')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {incident.reports.map((r, i) => (
        <Text size="sm" key={i} data-testid="incident-report">
          <Text span fw={600} size="sm" c={r.kind === 'fir_refused' ? 'red' : undefined}>
            {t(`incidents.reportKinds.${r.kind}`)}
          </Text>
          {[r.madeTo, r.reference, r.date ? formatDate(r.date) : null]
            .filter(Boolean)
            .map((part) => ` · ${part}`)
            .join('')}
        </Text>
      ))}
    </Stack>
  );
};

const IncidentItem = ({
  incident,
  onEdit,
  onAttach,
}: {
  incident: Incident;
  onEdit: () => void;
  onAttach: () => void;
}) => {
  const { t } = useTranslation();
  const remove = useApiMutation('incidents:delete');
  const who = [t(`incidents.perpetrators.${incident.perpetratorCategory}`), incident.perpetratorDescription]
    .filter(Boolean)
    .join(': ');
  return (
    <Stack gap="xs" data-testid="incident">
      <Group justify="space-between" align="flex-start">
        <Group gap="xs">
          <Text fw={700} className="tabular">
            {`${formatDate(incident.date)} ${formatTime(incident.time)}`.trim()}
          </Text>
          <Badge color={KIND_COLOR[incident.kind]} variant="light">
            {t(`incidents.kinds.${incident.kind}`)}
          </Badge>
          {incident.place ? (
            <Text size="sm" c="dimmed">
              {incident.place}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={onEdit}>
            {t('common.edit')}
          </Button>
          <Button size="compact-sm" variant="light" onClick={onAttach}>
            {t('incidents.evidence.attach')}
          </Button>
          {incident.evidence.length === 0 ? (
            <ConfirmAction
              label={t('incidents.delete')}
              question={t('incidents.deleteConfirm')}
              loading={remove.isPending}
              onConfirm={() => remove.mutate({ id: incident.id })}
            />
          ) : null}
        </Group>
      </Group>
      <Text size="sm">{t('incidents.alleged', { who })}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {incident.narrative}
      </Text>
      {incident.witnesses ? (
        <Text size="sm">
          <Text span fw={600} size="sm">{`${t('incidents.witnesses')}: `}</Text>
          {incident.witnesses}
        </Text>
      ) : null}
      <Reports incident={incident} />
      {incident.caseId ? (
        <Text size="sm">
          {`${t('incidents.case')}: `}
          <Anchor href={href(`/cases/${incident.caseId}`)} size="sm">
            {incident.caseTitle}
          </Anchor>
        </Text>
      ) : null}
      <ErrorNotice error={remove.error} />
      <EvidenceList items={incident.evidence} />
    </Stack>
  );
};

export const IncidentsPanel = ({ client }: { client: ClientFacts }) => {
  const { t } = useTranslation();
  const q = useApiQuery('incidents:list', { clientId: client.id });
  const [editing, setEditing] = useState<Incident | 'new' | null>(null);
  const [attachTo, setAttachTo] = useState<string | null>(null);
  const incidents = q.data ?? [];
  const redactedByDefault = client.sensitive || client.riskLevel === 'high' || client.riskLevel === 'critical';
  return (
    <Stack gap="xs" data-testid="incidents-panel">
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={4}>{t('incidents.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('incidents.riskLine')}
          </Text>
          <RiskBadge level={client.riskLevel} />
        </Group>
        <Group gap="xs">
          {incidents.length > 0 ? (
            <Button component="a" variant="default" href={href(`/print-incidents/${client.id}`)}>
              {t('incidents.printLog')}
            </Button>
          ) : null}
          <Button onClick={() => setEditing('new')}>{t('incidents.log')}</Button>
        </Group>
      </Group>
      {redactedByDefault ? (
        <Alert variant="light" color="orange" py="xs">
          {t('incidents.redactedByDefault')}
        </Alert>
      ) : null}
      <ErrorNotice error={q.error} />
      <Paper withBorder p="lg">
        {q.isPending ? <Text>{t('common.loading')}</Text> : null}
        {!q.isPending && incidents.length === 0 ? <Text c="dimmed">{t('incidents.none')}</Text> : null}
        {incidents.length > 0 ? (
          <Timeline bulletSize={14} lineWidth={2}>
            {incidents.map((i) => (
              <Timeline.Item key={i.id} color={KIND_COLOR[i.kind]}>
                <IncidentItem incident={i} onEdit={() => setEditing(i)} onAttach={() => setAttachTo(i.id)} />
              </Timeline.Item>
            ))}
          </Timeline>
        ) : null}
      </Paper>
      <IncidentModal
        opened={editing !== null}
        clientId={client.id}
        cases={client.cases}
        incident={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      <AttachEvidenceModal incidentId={attachTo} onClose={() => setAttachTo(null)} />
    </Stack>
  );
};
