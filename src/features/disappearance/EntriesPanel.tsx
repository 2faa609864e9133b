import {
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SITTING_KINDS, STEP_KINDS, type EntryKind } from '../../../electron/shared/disappearance-enums';
import { entryInput, type DisappearanceDetail } from '../../../electron/shared/disappearance-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../lib/format';
import { zodValidate } from '../../lib/form';
import './strings';
import { FormFooter } from '../../components/FormFooter';

type Record = DisappearanceDetail;
type Values = { kind: EntryKind | null; date: string; reference: string; person: string; note: string };
type Mode = 'steps' | 'contact';

const STEP_OR_SITTING: readonly EntryKind[] = [...STEP_KINDS, ...SITTING_KINDS];

const toInput = (recordId: string, v: Values) => ({
  recordId,
  kind: v.kind,
  date: v.date,
  reference: v.reference || null,
  person: v.person || null,
  note: v.note || null,
});

const EntryForm = ({ record, mode, onClose }: { record: Record; mode: Mode; onClose: () => void }) => {
  const { t } = useTranslation();
  const save = useApiMutation('disappearances:save-entry');
  const form = useForm<Values>({
    initialValues: {
      kind: mode === 'contact' ? 'contact' : null,
      date: record.today,
      reference: '',
      person: '',
      note: '',
    },
    validate: (v) => zodValidate(entryInput)(toInput(record.id, v)),
  });
  const f = (k: keyof Values) => ({ label: t(`disappearance.entries.${k}`), ...form.getInputProps(k) });
  const submit = form.onSubmit((v) =>
    save.mutate({ data: toInput(record.id, v) } as never, {
      onSuccess: onClose,
      onError: (e) => applyFieldErrors(e, form.setErrors, 'data.'),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          {mode === 'steps' ? (
            <Select
              withAsterisk
              data-autofocus
              data={STEP_OR_SITTING.map((k) => ({ value: k, label: t(`disappearance.entries.kinds.${k}`) }))}
              {...f('kind')}
            />
          ) : (
            <TextInput data-autofocus {...f('person')} />
          )}
          <DateField withAsterisk {...f('date')} />
        </SimpleGrid>
        {mode === 'steps' ? <TextInput {...f('reference')} /> : null}
        <Textarea autosize minRows={2} {...f('note')} />
        <FormFooter error={save.error} saving={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

/** Dated entries of one kind: steps and sittings, or the contact log with the family. */
export const EntriesPanel = ({ record, mode }: { record: Record; mode: Mode }) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const remove = useApiMutation('disappearances:delete-entry');
  const rows = record.entries.filter((e) => (mode === 'contact') === (e.kind === 'contact'));
  const p = mode === 'contact' ? 'contact' : 'steps';
  return (
    <Paper withBorder p="lg" data-testid={`entries-${mode}`}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t(`disappearance.entries.${p}Title`)}</Title>
        <Button size="xs" variant="default" onClick={() => setOpen(true)}>
          {t(mode === 'contact' ? 'disappearance.entries.addContact' : 'disappearance.entries.addStep')}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`disappearance.entries.${p}None`)}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td w={110}>{formatDate(e.date)}</Table.Td>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {mode === 'contact' ? <bdi>{e.person}</bdi> : t(`disappearance.entries.kinds.${e.kind}`)}
                    {e.reference ? (
                      <>
                        {' · '}
                        <bdi>{e.reference}</bdi>
                      </>
                    ) : null}
                  </Text>
                  {e.note ? (
                    <Text size="sm" dir="auto">
                      {e.note}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td w={90}>
                  <Button size="compact-xs" variant="subtle" color="gray" onClick={() => remove.mutate({ id: e.id })}>
                    {t('disappearance.entries.delete')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorNotice error={remove.error} />
      <Modal opened={open} onClose={() => setOpen(false)} size="lg" title={t('disappearance.entries.addTitle')}>
        {open ? <EntryForm record={record} mode={mode} onClose={() => setOpen(false)} /> : null}
      </Modal>
    </Paper>
  );
};
