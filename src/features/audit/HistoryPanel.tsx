import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyResult } from '../../../electron/shared/audit-schemas';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldLabel, formatInstant, groupHistory, type HistoryGroup } from './history';

const PAGE = 60;

/** What the check of the whole chain found, in words. */
const VerifyNotice = ({ result }: { result: AuditVerifyResult }) => {
  const { t } = useTranslation();
  const broken = result.firstBroken;
  if (!broken) {
    return (
      <Alert color="teal" data-testid="history-verified">
        {t('audit.intact', { count: result.checked })}
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert" title={t('audit.brokenTitle')} data-testid="history-verified">
      {t('audit.broken', {
        seq: broken.seq,
        at: broken.at ? formatInstant(broken.at) : '',
        reason: t(`audit.reasons.${broken.reason}`),
      })}
    </Alert>
  );
};

const Save = ({ group }: { group: HistoryGroup }) => {
  const { t, i18n } = useTranslation();
  const tableLabel = (table: string) =>
    i18n.exists(`audit.tables.${table}`) ? t(`audit.tables.${table}`) : fieldLabel(table);
  return (
    <Stack gap={2} data-testid="history-entry">
      <Text size="xs" c="dimmed" className="tabular">
        {`${formatInstant(group.at)} · ${group.actor}`}
      </Text>
      {group.lines.map((l) => (
        <Text size="sm" key={`${l.table}|${l.op}|${l.fields.join(',')}`}>
          {t(`audit.ops.${l.op}`, { what: tableLabel(l.table) })}
          {l.count > 1 ? ` (${l.count})` : ''}
          {l.fields.length ? `: ${l.fields.map(fieldLabel).join(', ')}` : ''}
        </Text>
      ))}
    </Stack>
  );
};

/** The case's changes from the audit log: who changed what and when, never the old or new values. */
export const HistoryPanel = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const [checking, setChecking] = useState(false);
  const list = useApiQuery('audit:list', { caseId, limit });
  const verify = useApiQuery('audit:verify', {}, checking);
  const entries = list.data ?? [];
  return (
    <Paper withBorder p="lg" data-testid="history">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('audit.history')}</Title>
        <Button
          size="xs"
          variant="default"
          loading={verify.isFetching}
          onClick={() => (checking ? void verify.refetch() : setChecking(true))}
        >
          {t('audit.verify')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {t('audit.noValues')}
      </Text>
      <ErrorNotice error={list.error ?? verify.error} />
      {verify.data ? <VerifyNotice result={verify.data} /> : null}
      <Stack gap="sm" mt="sm">
        {list.data && entries.length === 0 ? <Text size="sm">{t('audit.none')}</Text> : null}
        {groupHistory(entries).map((g) => (
          <Save key={g.key} group={g} />
        ))}
      </Stack>
      {entries.length === limit && limit < 500 ? (
        <Button size="xs" variant="subtle" mt="sm" onClick={() => setLimit(Math.min(500, limit + PAGE * 2))}>
          {t('audit.more')}
        </Button>
      ) : null}
    </Paper>
  );
};
