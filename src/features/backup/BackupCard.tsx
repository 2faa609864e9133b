import { Alert, Button, Group, Modal, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FolderField } from './FolderField';
import { backupWhen, RestorePanel } from './RestorePanel';
import './strings';

/** While a backup runs, its stage, asked for a few times a second. */
const useProgress = (running: boolean) =>
  useQuery({
    queryKey: ['backup:progress', {}],
    queryFn: () => call('backup:progress', {}),
    enabled: running,
    refetchInterval: running ? 150 : false,
  });

const BackupToFolder = () => {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const create = useApiMutation('backup:create');
  const progress = useProgress(create.isPending);
  const stage = progress.data;
  const fieldError = create.error instanceof ApiError ? create.error.fields.folder : undefined;
  return (
    <Stack gap="xs" data-testid="backup-to-folder">
      <FolderField purpose="backup" value={folder} onChange={setFolder} error={fieldError} />
      <Group>
        <Button onClick={() => create.mutate({ folder })} disabled={!folder} loading={create.isPending}>
          {t('backup.startBackup')}
        </Button>
      </Group>
      {create.isPending && stage ? (
        <Stack gap={4} data-testid="backup-progress">
          <Progress value={stage.percent} animated />
          <Text size="sm">{t(`backup.stage.${stage.stage}`)}</Text>
        </Stack>
      ) : null}
      {fieldError ? null : <ErrorNotice error={create.error} />}
      {create.isSuccess ? <Alert color="teal">{t('backup.backedUp', { path: create.data.path })}</Alert> : null}
    </Stack>
  );
};

/** Settings: the automatic backups in Muhafiz's folder, a backup to a folder, and restore. */
export const BackupCard = () => {
  const { t } = useTranslation();
  const status = useApiQuery('backup:status', {});
  const [toFolder, setToFolder] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const last = status.data?.lastAutomatic;
  const backups = status.data?.backups ?? [];
  return (
    <Paper withBorder p="lg" maw={760} mt="lg" data-testid="backups">
      <Stack>
        <Title order={4}>{t('backup.backupsTitle')}</Title>
        <Text size="sm">{t('backup.backupsIntro')}</Text>
        {last && !last.ok ? (
          <Alert color="red">
            {t('backup.lastAutomaticFailed', { when: backupWhen({ createdAt: last.at }), message: last.message })}
          </Alert>
        ) : null}
        {backups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('backup.noBackups')}
          </Text>
        ) : (
          <Table striped withTableBorder>
            <Table.Tbody>
              {backups.map((b) => (
                <Table.Tr key={b.path}>
                  <Table.Td>{backupWhen(b)}</Table.Td>
                  <Table.Td>{t(`backup.kind.${b.kind}`)}</Table.Td>
                  <Table.Td>{t('backup.size', { size: (b.sizeBytes / 1_048_576).toFixed(1) })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button variant="light" onClick={() => setToFolder((v) => !v)}>
            {t('backup.backupNow')}
          </Button>
          <Button variant="default" onClick={() => setRestoring(true)}>
            {t('backup.restoreLink')}
          </Button>
        </Group>
        {toFolder ? <BackupToFolder /> : null}
      </Stack>
      <Modal opened={restoring} onClose={() => setRestoring(false)} title={t('backup.restoreTitle')} size="lg">
        <RestorePanel />
      </Modal>
    </Paper>
  );
};
