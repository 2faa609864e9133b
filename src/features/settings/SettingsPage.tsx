import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REMINDERS, reminderSettings, type ReminderSettings } from '../../../electron/shared/diary-schemas';
import { CASE_TYPES } from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useEnumLabel } from '../../i18n/options';
import { zodValidate } from '../../lib/form';
import { useLoadInto } from '../../lib/useLoadInto';
import { BackupCard } from '../backup/BackupCard';
import { EraseCard } from '../backup/EraseCard';
import { LockSettingsCard } from '../backup/LockSettingsCard';
import { ProfileCard } from '../audit/ProfileCard';
import { LanguageCard } from './LanguageSwitch';

type Values = Omit<ReminderSettings, 'leadDays'> & { leadDays: Record<string, number | ''> };

const toValues = (s: ReminderSettings): Values => ({
  ...s,
  leadDays: Object.fromEntries(CASE_TYPES.map((c) => [c, s.leadDays[c] ?? ''])),
});
const fromValues = (v: Values): ReminderSettings => ({
  ...v,
  leadDays: Object.fromEntries(Object.entries(v.leadDays).filter(([, d]) => d !== '')) as ReminderSettings['leadDays'],
});

export const SettingsPage = () => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const current = useApiQuery('settings:get', {});
  const save = useApiMutation('settings:update-reminders');
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    initialValues: toValues(DEFAULT_REMINDERS),
    validate: (v) => zodValidate(reminderSettings)(fromValues(v)),
  });
  const record = current.data ? { id: 'settings', ...current.data.reminders } : undefined;
  useLoadInto(form, record, ({ id: _id, ...s }) => toValues(s));
  const submit = form.onSubmit((v) =>
    save.mutate(fromValues(v), {
      onSuccess: () => {
        form.resetDirty();
        setSaved(true);
      },
      onError: (e) => applyFieldErrors(e, form.setErrors),
    }),
  );
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <LanguageCard />
      <Paper withBorder p="lg" maw={760}>
        <form onSubmit={submit}>
          <Stack>
            <Title order={4}>{t('settings.reminders')}</Title>
            <Switch label={t('settings.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
            <SimpleGrid cols={2}>
              <TextInput type="time" label={t('settings.nightBefore')} {...form.getInputProps('nightBefore')} />
              <TextInput type="time" label={t('settings.morning')} {...form.getInputProps('morning')} />
            </SimpleGrid>
            <Text fw={600} size="sm">
              {t('settings.leadDays')}
            </Text>
            <SimpleGrid cols={3}>
              {CASE_TYPES.map((c) => (
                <NumberInput
                  key={c}
                  label={label('caseType', c)}
                  placeholder={t('settings.noLead')}
                  min={2}
                  max={14}
                  {...form.getInputProps(`leadDays.${c}`)}
                />
              ))}
            </SimpleGrid>
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
      <LockSettingsCard />
      <BackupCard />
      <ProfileCard />
      <EraseCard />
    </>
  );
};
