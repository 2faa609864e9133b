import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profileInput } from '../../../electron/shared/audit-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { zodValidate } from '../../lib/form';
import { useLoadInto } from '../../lib/useLoadInto';

/** The lawyer's name, written into the history of every change made on this computer. */
export const ProfileCard = () => {
  const { t } = useTranslation();
  const current = useApiQuery('profile:get', {});
  const save = useApiMutation('profile:update');
  const [saved, setSaved] = useState(false);
  const form = useForm({ initialValues: { name: '' }, validate: zodValidate(profileInput) });
  useLoadInto(form, current.data ? { id: 'profile', ...current.data } : undefined, ({ name }) => ({ name }));
  const submit = form.onSubmit((v) =>
    save.mutate(v, {
      onSuccess: () => {
        form.resetDirty();
        setSaved(true);
      },
      onError: (e) => applyFieldErrors(e, form.setErrors),
    }),
  );
  return (
    <Paper withBorder p="lg" maw={760} mt="lg" data-testid="profile">
      <form onSubmit={submit}>
        <Stack>
          <Title order={4}>{t('audit.profile.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('audit.profile.help')}
          </Text>
          <TextInput label={t('audit.profile.name')} maw={360} {...form.getInputProps('name')} />
          <ErrorNotice error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            {saved && !form.isDirty() ? <Text c="teal">{t('settings.saved')}</Text> : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
