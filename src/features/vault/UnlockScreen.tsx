import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ApiError } from '../../api/client';
import { EraseLink } from '../backup/EraseCard';
import { RestorePanel } from '../backup/RestorePanel';
import '../backup/strings';
import { localMessage } from '../../i18n/errors';
import { VaultCard } from './VaultCard';

/** Seconds left before the next try, counting down from what the backend last said. */
const useWait = (seconds: number | undefined, fetchedAt: number): number => {
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil(((seconds ?? 0) * 1000 - Math.max(0, now - fetchedAt)) / 1000));
  useEffect(() => {
    if (left <= 0) return;
    const id = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(id);
  }, [left]);
  return left;
};

export const UnlockScreen = () => {
  const { t } = useTranslation();
  const unlock = useApiMutation('vault:unlock');
  const lock = useApiQuery('lock:status', {});
  const wait = useWait(lock.data?.waitSeconds, lock.dataUpdatedAt);
  const [damaged, setDamaged] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const form = useForm({ initialValues: { passphrase: '' } });
  const submit = form.onSubmit((v) =>
    unlock.mutate(v, {
      onError: (e) => {
        form.setFieldValue('passphrase', '');
        form.setFieldError('passphrase', e instanceof ApiError ? localMessage(e.message, e.code) : String(e));
        if (e instanceof ApiError && e.code === 'DAMAGED') setDamaged(true);
        void lock.refetch();
      },
    }),
  );
  return (
    <VaultCard title={t('vault.unlockTitle')}>
      <Stack>
        {damaged ? (
          <Alert color="red" title={t('backup.damagedTitle')} data-testid="damaged-notice">
            {t('backup.damagedIntro')}
          </Alert>
        ) : null}
        {damaged ? (
          <RestorePanel />
        ) : (
          <form onSubmit={submit}>
            <Stack>
              <Text size="sm">{t('vault.unlockIntro')}</Text>
              <PasswordInput label={t('vault.passphrase')} autoFocus {...form.getInputProps('passphrase')} />
              <Button type="submit" loading={unlock.isPending} disabled={wait > 0}>
                {wait > 0 ? t('backup.waitBeforeRetry', { seconds: wait }) : t('vault.unlock')}
              </Button>
            </Stack>
          </form>
        )}
        <Group justify="space-between">
          {damaged ? null : (
            <Button variant="subtle" size="xs" onClick={() => setRestoring(true)}>
              {t('backup.restoreLink')}
            </Button>
          )}
          <EraseLink />
        </Group>
      </Stack>
      <Modal opened={restoring} onClose={() => setRestoring(false)} title={t('backup.restoreTitle')} size="lg">
        <RestorePanel />
      </Modal>
    </VaultCard>
  );
};
