import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { clientInput, type Client } from '../../../electron/shared/contract';
import {
  HRD_CATEGORIES,
  PROVINCES,
  RISK_LEVELS,
  type HrdCategory,
  type Province,
  type RiskLevel,
} from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useEnumOptions } from '../../i18n/options';
import { blankToNull, zodValidate } from '../../lib/form';
import { navigate } from '../../lib/router';
import { useLoadInto } from '../../lib/useLoadInto';

type Values = {
  fullName: string;
  nameUr: string;
  codename: string;
  cnic: string;
  phone: string;
  category: HrdCategory | null;
  district: string;
  province: Province | null;
  riskLevel: RiskLevel;
  contactPerson: string;
  notes: string;
  sensitive: boolean;
};

const EMPTY: Values = {
  fullName: '',
  nameUr: '',
  codename: '',
  cnic: '',
  phone: '',
  category: null,
  district: '',
  province: null,
  riskLevel: 'medium',
  contactPerson: '',
  notes: '',
  sensitive: false,
};

const fromClient = (c: Client): Values => ({
  fullName: c.fullName,
  nameUr: c.nameUr ?? '',
  codename: c.codename ?? '',
  cnic: c.cnic ?? '',
  phone: c.phone ?? '',
  category: c.category,
  district: c.district ?? '',
  province: c.province,
  riskLevel: c.riskLevel,
  contactPerson: c.contactPerson ?? '',
  notes: c.notes ?? '',
  sensitive: c.sensitive,
});

export const ClientFormPage = ({ id }: { id?: string }) => {
  const { t } = useTranslation();
  const existing = useApiQuery('clients:get', { id: id ?? '' }, Boolean(id));
  const create = useApiMutation('clients:create');
  const update = useApiMutation('clients:update');
  const form = useForm<Values>({ initialValues: EMPTY, validate: zodValidate(clientInput) });
  useLoadInto(form, existing.data, fromClient);

  const categories = useEnumOptions('category', HRD_CATEGORIES);
  const provinces = useEnumOptions('province', PROVINCES);
  const risks = useEnumOptions('risk', RISK_LEVELS);
  const mutation = id ? update : create;

  const submit = form.onSubmit((values) => {
    const data = blankToNull(values) as never;
    const onError = (e: Error) => applyFieldErrors(e, form.setErrors, id ? 'data.' : '');
    const onSuccess = (c: { id: string }) => navigate(`/clients/${c.id}`);
    if (id) update.mutate({ id, data }, { onSuccess, onError });
    else create.mutate(data, { onSuccess, onError });
  });

  return (
    <>
      <PageHeader title={id ? t('clients.edit') : t('clients.new')} />
      <Paper withBorder p="lg" maw={900}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <SimpleGrid cols={2}>
              <TextInput
                label={t('clients.fields.fullName')}
                withAsterisk
                autoFocus
                {...form.getInputProps('fullName')}
              />
              <TextInput
                label={t('clients.fields.nameUr')}
                dir="rtl"
                classNames={{ input: 'urdu' }}
                {...form.getInputProps('nameUr')}
              />
              <Select
                label={t('clients.fields.category')}
                withAsterisk
                data={categories}
                searchable
                {...form.getInputProps('category')}
              />
              <Select
                label={t('clients.fields.riskLevel')}
                data={risks}
                allowDeselect={false}
                {...form.getInputProps('riskLevel')}
              />
              <TextInput
                label={t('clients.fields.cnic')}
                placeholder="35202-1234567-8"
                {...form.getInputProps('cnic')}
              />
              <TextInput
                label={t('clients.fields.phone')}
                placeholder="0300-1234567"
                {...form.getInputProps('phone')}
              />
              <TextInput label={t('clients.fields.district')} {...form.getInputProps('district')} />
              <Select
                label={t('clients.fields.province')}
                data={provinces}
                clearable
                {...form.getInputProps('province')}
              />
              <TextInput label={t('clients.fields.contactPerson')} {...form.getInputProps('contactPerson')} />
              <TextInput
                label={t('clients.fields.codename')}
                description={t('clients.fields.codenameHint')}
                {...form.getInputProps('codename')}
              />
            </SimpleGrid>
            <Checkbox
              label={t('clients.fields.sensitive')}
              {...form.getInputProps('sensitive', { type: 'checkbox' })}
            />
            <Textarea label={t('clients.fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
            <ErrorNotice error={mutation.error} />
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {t('common.save')}
              </Button>
              <Button variant="default" onClick={() => window.history.back()}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
};
