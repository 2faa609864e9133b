import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { noteInput } from '../../../electron/shared/contract';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { formatDate, formatDayFirst } from '../../lib/format';
import { zodValidate } from '../../lib/form';
import { DateField } from '../../components/DateField';

type Note = { id: string; date: string; body: string };
type Owner = { caseId: string } | { clientId: string };

export const NotesPanel = ({ notes, owner }: { notes: Note[]; owner: Owner }) => {
  const { t } = useTranslation();
  const today = useApiQuery('app:info', {}).data?.today ?? '';
  const add = useApiMutation('notes:create');
  const form = useForm({
    initialValues: { date: '', body: '' },
    validate: (v) => zodValidate(noteInput)({ ...owner, ...v, date: v.date || today }),
  });
  const submit = form.onSubmit((v) =>
    add.mutate(
      { ...owner, date: v.date || today, body: v.body },
      {
        onSuccess: () => form.reset(),
        // A refusal that is not about a field (the disk is full, the diary was locked) shows under the
        // note, which stays as typed so nothing is lost.
        onError: (e) => applyFieldErrors(e, form.setErrors) || form.setErrors({ body: e.message }),
      },
    ),
  );
  return (
    <Stack gap="xs">
      <Title order={4}>{t('cases.notes')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <Group align="flex-end">
            <DateField
              label={t('hearings.date')}
              w={170}
              placeholder={formatDayFirst(today)}
              {...form.getInputProps('date')}
            />
            <Textarea
              label={t('cases.noteBody')}
              style={{ flex: 1 }}
              autosize
              minRows={1}
              {...form.getInputProps('body')}
            />
            <Button type="submit" loading={add.isPending}>
              {t('cases.addNote')}
            </Button>
          </Group>
        </form>
        <Stack gap="sm" mt={notes.length ? 'md' : 0}>
          {notes.map((n) => (
            <Group key={n.id} align="flex-start" wrap="nowrap">
              <Text size="sm" c="dimmed" w={100} className="tabular">
                {formatDate(n.date)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', flex: 1 }}>
                {n.body}
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
};
