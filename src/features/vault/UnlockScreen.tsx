import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/queries';
import { ApiError } from '../../api/client';
import { VaultCard } from './VaultCard';

export const UnlockScreen = () => {
  const { t } = useTranslation();
  const unlock = useApiMutation('vault:unlock');
  const form = useForm({ initialValues: { passphrase: '' } });
  const submit = form.onSubmit((v) =>
    unlock.mutate(v, {
      onError: (e) => {
        form.setFieldValue('passphrase', '');
        form.setFieldError('passphrase', e instanceof ApiError ? e.message : String(e));
      },
    }),
  );
  return (
    <VaultCard title={t('vault.unlockTitle')}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">{t('vault.unlockIntro')}</Text>
          <PasswordInput label={t('vault.passphrase')} autoFocus {...form.getInputProps('passphrase')} />
          <Button type="submit" loading={unlock.isPending}>
            {t('vault.unlock')}
          </Button>
        </Stack>
      </form>
    </VaultCard>
  );
};
