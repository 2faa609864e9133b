import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { caseInput } from '../../../electron/shared/contract';
import { CASE_STATUSES, CASE_TYPES, CUSTODY_STATUSES, INVESTIGATING_AGENCIES } from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useEnumOptions } from '../../i18n/options';
import { zodValidate } from '../../lib/form';
import { navigate } from '../../lib/router';
import { useLoadInto } from '../../lib/useLoadInto';
import { emptyCase, fromCase, toCaseInput, type CaseFormValues } from './case-form-values';
import { OffenceRows, PartyRows } from './CaseFormRows';
import { ForumPicker, PoliceStationPicker } from './ReferencePickers';
import { DateField } from '../../components/DateField';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Paper withBorder p="lg">
    <Title order={5} mb="sm">
      {title}
    </Title>
    {children}
  </Paper>
);

export const CaseFormPage = ({ id, clientId = null }: { id?: string; clientId?: string | null }) => {
  const { t } = useTranslation();
  const existing = useApiQuery('cases:get', { id: id ?? '' }, Boolean(id));
  const create = useApiMutation('cases:create');
  const update = useApiMutation('cases:update');
  const mutation = id ? update : create;
  const form = useForm<CaseFormValues>({
    initialValues: emptyCase(clientId),
    validate: (v) => zodValidate(caseInput)(toCaseInput(v)),
  });
  useLoadInto(form, existing.data, fromCase);

  const caseTypes = useEnumOptions('caseType', CASE_TYPES);
  const statuses = useEnumOptions('status', CASE_STATUSES);
  const agencies = useEnumOptions('agency', INVESTIGATING_AGENCIES);
  const custody = useEnumOptions('custody', CUSTODY_STATUSES);

  const submit = form.onSubmit((values) => {
    const data = toCaseInput(values);
    const onSuccess = (c: { id: string }) => navigate(`/cases/${c.id}`);
    const onError = (e: Error) => applyFieldErrors(e, form.setErrors, id ? 'data.' : '');
    if (id) update.mutate({ id, data }, { onSuccess, onError });
    else create.mutate(data, { onSuccess, onError });
  });
  const input = form.getInputProps;

  return (
    <>
      <PageHeader title={id ? t('cases.edit') : t('cases.new')} />
      <form onSubmit={submit} noValidate>
        <Stack maw={1000}>
          <Section title={t('cases.parties')}>
            <PartyRows form={form} />
          </Section>
          <Section title={t('cases.fir')}>
            <SimpleGrid cols={3}>
              <TextInput label={t('cases.fields.firNumber')} placeholder="112/2026" {...input('firNumber')} />
              <DateField label={t('cases.fields.firDate')} {...input('firDate')} />
              <Select label={t('cases.fields.agency')} data={agencies} clearable {...input('investigatingAgency')} />
              <PoliceStationPicker label={t('cases.fields.policeStation')} {...input('policeStationId')} />
              <TextInput label={t('cases.fields.firDistrict')} {...input('firDistrict')} />
            </SimpleGrid>
            <Title order={6} mt="md" mb="xs">
              {t('cases.offences')}
            </Title>
            <OffenceRows form={form} />
          </Section>
          <Section title={t('cases.forum')}>
            <SimpleGrid cols={2}>
              <Select label={t('cases.fields.caseType')} withAsterisk data={caseTypes} {...input('caseType')} />
              {id ? (
                <Select label={t('cases.fields.status')} data={statuses} allowDeselect={false} {...input('status')} />
              ) : (
                <div />
              )}
              <ForumPicker label={t('cases.fields.forum')} {...input('forumId')} />
              <TextInput
                label={t('cases.fields.caseNumber')}
                description={t('cases.fields.caseNumberHint')}
                {...input('caseNumber')}
              />
              <TextInput
                label={t('cases.fields.title')}
                description={t('cases.fields.titleHint')}
                {...input('title')}
              />
              <TextInput label={t('cases.fields.stage')} placeholder={t('misc.examples.purpose')} {...input('stage')} />
            </SimpleGrid>
          </Section>
          <Section title={t('cases.custody')}>
            <SimpleGrid cols={3}>
              <Select
                label={t('cases.fields.custodyStatus')}
                data={custody}
                allowDeselect={false}
                {...input('custodyStatus')}
              />
              <DateField label={t('cases.fields.arrestDate')} {...input('arrestDate')} />
              <DateField label={t('cases.fields.releaseDate')} {...input('releaseDate')} />
              <TextInput type="time" label={t('cases.fields.arrestTime')} {...input('arrestTime')} />
            </SimpleGrid>
            <Checkbox
              mt="md"
              label={t('cases.fields.capitalCharge')}
              {...input('capitalCharge', { type: 'checkbox' })}
            />
          </Section>
          <Section title={t('cases.team')}>
            <SimpleGrid cols={3}>
              <TagsInput label={t('cases.fields.team')} {...input('team')} />
              <TextInput label={t('cases.fields.prosecutor')} {...input('prosecutor')} />
              <TextInput label={t('cases.fields.opposingCounsel')} {...input('opposingCounsel')} />
            </SimpleGrid>
          </Section>
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
    </>
  );
};
