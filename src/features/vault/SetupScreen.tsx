import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../electron/shared/contract';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { zodValidate } from '../../lib/form';
import { VaultCard } from './VaultCard';

export const SetupScreen = () => {
  const { t } = useTranslation();
  const create = useApiMutation('vault:create');
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
        </Stack>
      </form>
    </VaultCard>
  );
};
