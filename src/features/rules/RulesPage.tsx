import { Alert, Badge, Button, FileButton, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleName } from '../../i18n/rule-names';
import type { LegalRule } from '../../../electron/shared/deadline-schemas';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useEnumLabel } from '../../i18n/options';
import { downloadText } from '../../lib/download';
import { RuleModal } from './RuleModal';

const ruleData = ({ id: _id, updatedAt: _u, ...data }: LegalRule) => data;

/** The rules every deadline comes from: read them, switch them on or off, edit, export and import. */
export const RulesPage = () => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const rules = useApiQuery('rules:list', {});
  const save = useApiMutation('rules:save');
  const importPack = useApiMutation('rules:import');
  const [editing, setEditing] = useState<LegalRule | null>(null);
  const [adding, setAdding] = useState(false);
  const exportPack = async () => {
    const file = await call('rules:export', {});
    downloadText(file.filename, file.content, 'application/json');
  };
  const onFile = (file: File | null) => {
    if (file) void file.text().then((content) => importPack.mutate({ content }));
  };
  return (
    <>
      <PageHeader
        title={t('rules.title')}
        subtitle={t('rules.intro')}
        actions={
          <>
            <Button variant="default" onClick={() => void exportPack()}>
              {t('rules.export')}
            </Button>
            <FileButton onChange={onFile} accept="application/json,.json">
              {(props) => (
                <Button variant="default" {...props}>
                  {t('rules.import')}
                </Button>
              )}
            </FileButton>
            <Button onClick={() => setAdding(true)}>{t('rules.add')}</Button>
          </>
        }
      />
      <ErrorNotice error={rules.error ?? save.error ?? importPack.error} />
      {importPack.data ? (
        <Alert color="teal" mb="md">
          {t('rules.imported', importPack.data)}
        </Alert>
      ) : null}
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rules.active')}</Table.Th>
            <Table.Th>{t('rules.name')}</Table.Th>
            <Table.Th>{t('rules.trigger')}</Table.Th>
            <Table.Th>{t('rules.period')}</Table.Th>
            <Table.Th>{t('rules.confidence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rules.data ?? []).map((r) => (
            <Table.Tr key={r.id} data-testid="rule-row">
              <Table.Td>
                <Switch
                  aria-label={`${t('rules.active')}: ${r.name}`}
                  checked={r.active}
                  onChange={(e) => save.mutate({ id: r.id, data: { ...ruleData(r), active: e.currentTarget.checked } })}
                />
              </Table.Td>
              <Table.Td style={{ cursor: 'pointer' }} onClick={() => setEditing(r)}>
                <Text fw={600} size="sm">
                  {ruleName(r.name)}
                </Text>
                <Text size="xs" c="dimmed">{`${r.statute} ${r.section}`}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{label('trigger', r.trigger)}</Text>
              </Table.Td>
              <Table.Td className="tabular">{r.period === 0 ? '—' : `${r.period} ${label('unit', r.unit)}`}</Table.Td>
              <Table.Td>
                <Badge color={r.confidence === 'verified' ? 'teal' : 'orange'} variant="light">
                  {label('confidence', r.confidence)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RuleModal
        rule={editing}
        opened={editing !== null || adding}
        onClose={() => (setEditing(null), setAdding(false))}
      />
    </>
  );
};
