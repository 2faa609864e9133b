import { Alert, Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../electron/shared/contract';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { zodValidate } from '../../lib/form';
import { RestorePanel } from '../backup/RestorePanel';
import { VaultCard } from './VaultCard';

export const SetupScreen = () => {
  const { t } = useTranslation();
  const create = useApiMutation('vault:create');
  const [restoring, setRestoring] = useState(false);
  const checkPassphrase = zodValidate(contract['vault:create'].input);
  const form = useForm({
    initialValues: { passphrase: '', confirm: '' },
    validate: (v) => ({
      ...checkPassphrase({ passphrase: v.passphrase }),
      ...(v.confirm !== v.passphrase ? { confirm: t('vault.mismatch') } : {}),
    }),
  });
  return (
    <VaultCard title={t('vault.setupTitle')}>
      <form onSubmit={form.onSubmit((v) => create.mutate({ passphrase: v.passphrase }))}>
        <Stack>
          <Text size="sm">{t('vault.setupIntro')}</Text>
          <Alert color="orange" variant="light">
            {t('vault.warning')}
          </Alert>
          <PasswordInput label={t('vault.passphrase')} autoFocus {...form.getInputProps('passphrase')} />
          <PasswordInput label={t('vault.confirm')} {...form.getInputProps('confirm')} />
          <ErrorNotice error={create.error} />
          <Button type="submit" loading={create.isPending}>
            {t('vault.create')}
          </Button>
          {/* A new laptop, or after a quick erase: bring the diary back from a USB backup. */}
          <Button variant="subtle" size="xs" onClick={() => setRestoring(true)}>
            {t('backup.restoreLink')}
          </Button>
        </Stack>
      </form>
      <Modal opened={restoring} onClose={() => setRestoring(false)} title={t('backup.restoreTitle')} size="lg">
        <RestorePanel />
      </Modal>
    </VaultCard>
  );
};
