import { Button, Group, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockSettings } from '../../../electron/shared/backup-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { zodValidate } from '../../lib/form';
import './strings';

type Values = { idleMinutes: number | ''; eraseOn: boolean; eraseAfterFailures: number | '' };

const toInput = (v: Values) => ({
  idleMinutes: v.idleMinutes === '' ? NaN : v.idleMinutes,
  eraseAfterFailures: v.eraseOn ? (v.eraseAfterFailures === '' ? NaN : v.eraseAfterFailures) : null,
});

/** Idle minutes before the auto-lock, and the optional erase after repeated wrong passphrases. */
export const LockSettingsCard = () => {
  const { t } = useTranslation();
  const current = useApiQuery('lock:status', {});
  const save = useApiMutation('lock:update');
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    initialValues: { idleMinutes: 5, eraseOn: false, eraseAfterFailures: 10 },
    validate: (v) => zodValidate(lockSettings)(toInput(v)),
  });
  const { setValues, resetDirty } = form;
  const loaded = current.data;
  useEffect(() => {
    if (!loaded) return;
    setValues({
      idleMinutes: loaded.idleMinutes,
      eraseOn: loaded.eraseAfterFailures !== null,
      eraseAfterFailures: loaded.eraseAfterFailures ?? 10,
    });
    resetDirty();
    // Once, when the settings arrive: later refetches must not undo the lawyer's typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded === undefined]);
  const submit = form.onSubmit((v) =>
    save.mutate(toInput(v) as { idleMinutes: number; eraseAfterFailures: number | null }, {
      onSuccess: () => {
        form.resetDirty();
        setSaved(true);
      },
      onError: (e) => applyFieldErrors(e, form.setErrors),
    }),
  );
  return (
    <Paper withBorder p="lg" maw={760} mt="lg" data-testid="lock-settings">
      <form onSubmit={submit}>
        <Stack>
          <Title order={4}>{t('backup.lockTitle')}</Title>
          <Text size="sm">{t('backup.lockIntro')}</Text>
          <NumberInput
            label={t('backup.idleMinutes')}
            min={1}
            max={240}
            w={360}
            {...form.getInputProps('idleMinutes')}
          />
          <Switch label={t('backup.eraseAfterOn')} {...form.getInputProps('eraseOn', { type: 'checkbox' })} />
          {form.values.eraseOn ? (
            <NumberInput
              label={t('backup.eraseAfter')}
              description={t('backup.eraseAfterHelp')}
              min={3}
              max={100}
              w={480}
              {...form.getInputProps('eraseAfterFailures')}
            />
          ) : null}
          <ErrorNotice error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            {saved && !form.isDirty() ? <Text c="teal">{t('backup.lockSaved')}</Text> : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
