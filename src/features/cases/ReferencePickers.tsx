import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { courtInput, policeStationInput } from '../../../electron/shared/contract';
import { FORUM_TYPES, type ForumType } from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useEnumOptions } from '../../i18n/options';
import { zodValidate } from '../../lib/form';
import { QuickAdd, QuickAddSubmit } from './QuickAdd';

/** The popover is portalled, but React still bubbles submit to the case form around it: stop it here. */
const isolated = (handler: (e: FormEvent<HTMLFormElement>) => void) => (e: FormEvent<HTMLFormElement>) => {
  e.stopPropagation();
  handler(e);
};

type PickerProps = { value?: string | null; onChange: (v: string | null) => void; error?: string };

/** Forum select grouped by forum type, with in-place adding of a district court, ATC, etc. */
export const ForumPicker = ({ value, onChange, error, label }: PickerProps & { label: string }) => {
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
          <form
            onSubmit={isolated(
              form.onSubmit((v) =>
                add.mutate(v as never, {
                  onSuccess: (c) => {
                    onChange(c.id);
                    form.reset();
                    close();
                  },
                  onError: (e) => applyFieldErrors(e, form.setErrors),
                }),
              ),
            )}
          >
            <Stack gap="xs">
              <TextInput
                label={t('cases.fields.forum')}
                placeholder="Court of Sessions Judge, Lahore"
                {...form.getInputProps('name')}
              />
              <Select label={t('cases.fields.caseType')} data={types} {...form.getInputProps('forumType')} />
              <TextInput label="City" {...form.getInputProps('city')} />
              <QuickAddSubmit label={t('common.add')} loading={add.isPending} />
            </Stack>
          </form>
        )}
      </QuickAdd>
    </Group>
  );
};

export const PoliceStationPicker = ({ value, onChange, error, label }: PickerProps & { label: string }) => {
  const { t } = useTranslation();
  const stations = useApiQuery('police-stations:list', {});
  const data = (stations.data ?? []).map((s) => ({ value: s.id, label: `${s.name}, ${s.district}` }));
  const add = useApiMutation('police-stations:create');
  const form = useForm({ initialValues: { name: '', district: '' }, validate: zodValidate(policeStationInput) });
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
          <form
            onSubmit={isolated(
              form.onSubmit((v) =>
                add.mutate(v, {
                  onSuccess: (s) => {
                    onChange(s.id);
                    form.reset();
                    close();
                  },
                  onError: (e) => applyFieldErrors(e, form.setErrors),
                }),
              ),
            )}
          >
            <Stack gap="xs">
              <TextInput label={label} placeholder="PS Ramna" {...form.getInputProps('name')} />
              <TextInput
                label={t('cases.fields.firDistrict')}
                placeholder="Islamabad"
                {...form.getInputProps('district')}
              />
              <QuickAddSubmit label={t('common.add')} loading={add.isPending} />
            </Stack>
          </form>
        )}
      </QuickAdd>
    </Group>
  );
};
