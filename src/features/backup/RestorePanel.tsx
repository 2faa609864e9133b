import { Alert, Button, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfoOut } from '../../../electron/shared/backup-schemas';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { localMessage } from '../../i18n/errors';
import { formatDateAndTime } from '../../lib/format';
import { FolderField } from './FolderField';
import './strings';

const OTHER = '__other__';

export const backupWhen = (b: { createdAt: string }) => {
  const [date = '', time = ''] = format(parseISO(b.createdAt), 'yyyy-MM-dd HH:mm').split(' ');
  return formatDateAndTime(date, time, true);
};

const BackupChoice = ({ b }: { b: BackupInfoOut }) => {
  const { t } = useTranslation();
  return (
    <Radio
      value={b.path}
      label={`${backupWhen(b)} · ${t(`backup.kind.${b.kind}`)} · ${t('backup.size', {
        size: (b.sizeBytes / 1_048_576).toFixed(1),
      })}`}
    />
  );
};

/**
 * Restore: a backup from Muhafiz's own folder (the newest first) or from another folder, and the
 * passphrase it was made under. Works at the unlock screen, on first run and in Settings.
 */
export const RestorePanel = () => {
  const { t } = useTranslation();
  const status = useApiQuery('backup:status', {});
  const restore = useApiMutation('backup:restore');
  const own = status.data?.backups ?? [];
  const [choice, setChoice] = useState<string>('');
  const [folder, setFolder] = useState('');
  const [found, setFound] = useState<BackupInfoOut[] | null>(null);
  const [foundChoice, setFoundChoice] = useState('');
  const [lookError, setLookError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const lookIn = useApiMutation('backup:list-folder');
  const selected = choice || own[0]?.path || '';
  const path = selected === OTHER ? foundChoice || found?.[0]?.path || '' : selected;

  const look = () =>
    lookIn.mutate(
      { folder },
      {
        onSuccess: (list) => {
          setFound(list);
          setFoundChoice('');
          setLookError(list.length === 0 ? t('backup.noBackupsThere') : null);
        },
        onError: (e) =>
          setLookError(e instanceof ApiError ? localMessage(e.fields.folder ?? e.message, e.code) : String(e)),
      },
    );

  return (
    <Stack data-testid="restore-panel">
      <Text size="sm">{t('backup.restoreIntro')}</Text>
      <Radio.Group label={t('backup.restoreFrom')} value={selected} onChange={setChoice}>
        <Stack gap="xs" mt="xs">
          {own.map((b) => (
            <BackupChoice key={b.path} b={b} />
          ))}
          <Radio value={OTHER} label={t('backup.otherFolder')} />
        </Stack>
      </Radio.Group>
      {selected === OTHER ? (
        <Stack gap="xs">
          <FolderField purpose="restore" value={folder} onChange={setFolder} error={lookError} />
          <Button variant="light" onClick={look} disabled={!folder} loading={lookIn.isPending}>
            {t('backup.lookInFolder')}
          </Button>
          {found && found.length > 0 ? (
            <Radio.Group value={path} onChange={setFoundChoice}>
              <Stack gap="xs">
                {found.map((b) => (
                  <BackupChoice key={b.path} b={b} />
                ))}
              </Stack>
            </Radio.Group>
          ) : null}
        </Stack>
      ) : null}
      <PasswordInput
        label={t('backup.restorePassphrase')}
        description={t('backup.restorePassphraseHelp')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
      />
      <ErrorNotice error={restore.error} />
      {restore.isSuccess ? (
        <Alert color="teal">{t('backup.restored', { when: backupWhen(restore.data.restored) })}</Alert>
      ) : null}
      <Button
        onClick={() => restore.mutate({ path, passphrase }, { onSettled: () => setPassphrase('') })}
        disabled={!path || !passphrase}
        loading={restore.isPending}
      >
        {t('backup.restore')}
      </Button>
    </Stack>
  );
};
