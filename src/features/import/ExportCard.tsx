import { Alert, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../electron/shared/contract';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { downloadBase64 } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { countList } from './import-state';
import { UndoImport } from './RunStep';

/** The diary out again: one workbook of three sheets, or a CSV per sheet. */
export const ExportCard = () => {
  const { t } = useTranslation();
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, input: ChannelInput<'export:diary'>) => {
    setBusy(key);
    setError(null);
    try {
      const file = await call('export:diary', input);
      downloadBase64(file.filename, file.base64, file.mime);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card withBorder padding="lg" data-testid="export-card">
      <Title order={4} mb={4}>
        {t('import.export.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('import.export.intro')}
      </Text>
      <Alert color="orange" variant="light" mb="sm">
        {t('import.export.warning')}
      </Alert>
      <ErrorNotice error={error} />
      <Group>
        <Button loading={busy === 'xlsx'} onClick={() => void run('xlsx', { format: 'xlsx' })}>
          {t('import.export.xlsx')}
        </Button>
        {(['clients', 'cases', 'hearings'] as const).map((sheet) => (
          <Button
            key={sheet}
            variant="default"
            loading={busy === sheet}
            onClick={() => void run(sheet, { format: 'csv', sheet })}
          >
            {t(`import.export.csv${sheet[0]?.toUpperCase()}${sheet.slice(1)}`)}
          </Button>
        ))}
      </Group>
    </Card>
  );
};

/** Earlier imports, newest first, each with what it added (and when it was undone). */
export const BatchList = () => {
  const { t } = useTranslation();
  const batches = useApiQuery('import:batches', {});
  const list = batches.data ?? [];
  return (
    <Card withBorder padding="lg" data-testid="batch-list">
      <Title order={4} mb="sm">
        {t('import.batches.title')}
      </Title>
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('import.batches.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.batches.when')}</Table.Th>
              <Table.Th>{t('import.batches.file')}</Table.Th>
              <Table.Th>{t('import.batches.added')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{formatDate(b.createdAt.slice(0, 10))}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <bdi>{b.filename}</bdi>
                    {b.sheet ? (
                      <>
                        {' '}
                        (<bdi>{b.sheet}</bdi>)
                      </>
                    ) : null}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={b.undoneAt ? 'dimmed' : undefined} td={b.undoneAt ? 'line-through' : undefined}>
                    {t('import.batches.summary', { list: countList(t, b.created) })}
                  </Text>
                  {b.undoneAt ? (
                    <Text size="xs" c="dimmed">
                      {t('import.batches.undoneOn', { date: formatDate(b.undoneAt.slice(0, 10)) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="end">{b.undoneAt ? null : <UndoImport batch={b} size="xs" />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
};
