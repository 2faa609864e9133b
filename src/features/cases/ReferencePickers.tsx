import { Group, Select, Stack, TextInput, type ComboboxData } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { courtInput, policeStationInput } from '../../../electron/shared/contract';
import { FORUM_TYPES, type ForumType } from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useEnumOptions } from '../../i18n/options';
import { zodValidate } from '../../lib/form';
import { QuickAdd, QuickAddSubmit } from './QuickAdd';

type PickerProps = { value?: string | null; onChange: (v: string | null) => void; error?: string; label: string };
type Saver<V> = (values: V, on: { onSuccess: (saved: { id: string }) => void; onError: (e: Error) => void }) => void;

/**
 * A searchable select of reference records with a "+" that adds one in place and selects it.
 * The add form lives in a portalled popover, but React still bubbles its submit to the form
 * around the picker (the case form): the submit is stopped here.
 */
const ReferencePicker = <V extends Record<string, unknown>>({
  value,
  onChange,
  error,
  label,
  data,
  form,
  save,
  saving,
  children,
}: PickerProps & {
  data: ComboboxData;
  form: UseFormReturnType<V>;
  save: Saver<V>;
  saving: boolean;
  children: ReactNode;
}) => {
  const { t } = useTranslation();
  const submit = (close: () => void) => (e: FormEvent<HTMLFormElement>) => {
    e.stopPropagation();
    form.onSubmit((v) =>
      save(v, {
        onSuccess: (saved) => {
          onChange(saved.id);
          form.reset();
          close();
        },
        onError: (err) => applyFieldErrors(err, form.setErrors) || form.setErrors({ name: err.message }),
      }),
    )(e);
  };
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label={label}
        data={data}
        searchable
        clearable
        value={value ?? null}
        onChange={onChange}
        error={error}
        style={{ flex: 1 }}
      />
      <QuickAdd label={`${t('common.add')}: ${label}`}>
        {(close) => (
          <form onSubmit={submit(close)}>
            <Stack gap="xs">
              {children}
              <QuickAddSubmit label={t('common.add')} loading={saving} />
            </Stack>
          </form>
        )}
      </QuickAdd>
    </Group>
  );
};

/** Forum select grouped by forum type, with in-place adding of a district court, ATC, etc. */
export const ForumPicker = (props: PickerProps) => {
  const { t } = useTranslation();
  const courts = useApiQuery('courts:list', {});
  const types = useEnumOptions('forumType', FORUM_TYPES);
  const data = types
    .map((ft) => ({
      group: ft.label,
      items: (courts.data ?? []).filter((c) => c.forumType === ft.value).map((c) => ({ value: c.id, label: c.name })),
    }))
    .filter((g) => g.items.length > 0);
  const add = useApiMutation('courts:create');
  const form = useForm<{ name: string; forumType: ForumType | null; city: string }>({
    initialValues: { name: '', forumType: null, city: '' },
    validate: zodValidate(courtInput),
  });
  return (
    <ReferencePicker
      {...props}
      data={data}
      form={form}
      save={(v, on) => add.mutate(v as never, on)}
      saving={add.isPending}
    >
      <TextInput
        label={t('cases.fields.forum')}
        placeholder={t('misc.examples.court')}
        {...form.getInputProps('name')}
      />
      {/* Its list stays inside the popover: a portalled list would count as a click outside and close it. */}
      <Select
        label={t('cases.fields.forumType')}
        data={types}
        comboboxProps={{ withinPortal: false }}
        {...form.getInputProps('forumType')}
      />
      <TextInput label={t('cases.fields.city')} {...form.getInputProps('city')} />
    </ReferencePicker>
  );
};

export const PoliceStationPicker = (props: PickerProps) => {
  const { t } = useTranslation();
  const stations = useApiQuery('police-stations:list', {});
  const data = (stations.data ?? []).map((s) => ({ value: s.id, label: `${s.name}, ${s.district}` }));
  const add = useApiMutation('police-stations:create');
  const form = useForm({ initialValues: { name: '', district: '' }, validate: zodValidate(policeStationInput) });
  return (
    <ReferencePicker {...props} data={data} form={form} save={(v, on) => add.mutate(v, on)} saving={add.isPending}>
      <TextInput label={props.label} placeholder={t('misc.examples.policeStation')} {...form.getInputProps('name')} />
      <TextInput
        label={t('cases.fields.firDistrict')}
        placeholder={t('misc.examples.district')}
        {...form.getInputProps('district')}
      />
    </ReferencePicker>
  );
};
