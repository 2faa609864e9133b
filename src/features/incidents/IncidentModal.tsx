import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_KINDS,
  PERPETRATOR_CATEGORIES,
  REPORT_KINDS,
  incidentInput,
  type Incident,
  type IncidentKind,
  type PerpetratorCategory,
  type ReportKind,
} from '../../../electron/shared/incident-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { zodValidate } from '../../lib/form';

type ReportValues = { kind: ReportKind | null; madeTo: string; reference: string; date: string };
type Values = {
  date: string;
  time: string;
  place: string;
  kind: IncidentKind | null;
  perpetratorCategory: PerpetratorCategory;
  perpetratorDescription: string;
  witnesses: string;
  narrative: string;
  caseId: string | null;
  reports: ReportValues[];
};

export type CaseOption = { id: string; title: string };

const initial = (incident: Incident | null): Values =>
  incident
    ? {
        date: incident.date,
        time: incident.time ?? '',
        place: incident.place ?? '',
        kind: incident.kind,
        perpetratorCategory: incident.perpetratorCategory,
        perpetratorDescription: incident.perpetratorDescription ?? '',
        witnesses: incident.witnesses ?? '',
        narrative: incident.narrative,
        caseId: incident.caseId,
        reports: incident.reports.map((r) => ({
          kind: r.kind,
          madeTo: r.madeTo ?? '',
          reference: r.reference ?? '',
          date: r.date ?? '',
        })),
      }
    : {
        date: '',
        time: '',
        place: '',
        kind: null,
        perpetratorCategory: 'unknown',
        perpetratorDescription: '',
        witnesses: '',
        narrative: '',
        caseId: null,
        reports: [],
      };

const toInput = (clientId: string, v: Values) => ({
  clientId,
  caseId: v.caseId,
  date: v.date,
  time: v.time || null,
  place: v.place || null,
  kind: v.kind,
  perpetratorCategory: v.perpetratorCategory,
  perpetratorDescription: v.perpetratorDescription || null,
  witnesses: v.witnesses || null,
  narrative: v.narrative,
  reports: v.reports.map((r) => ({
    kind: r.kind,
    madeTo: r.madeTo || null,
    reference: r.reference || null,
    date: r.date || null,
  })),
});

type Props = { clientId: string; cases: CaseOption[]; incident: Incident | null; onClose: () => void };

/** Mounted only while open, so each opening starts from the incident (or blank). */
const IncidentForm = ({ clientId, cases, incident, onClose }: Props) => {
  const { t } = useTranslation();
  const create = useApiMutation('incidents:create');
  const update = useApiMutation('incidents:update');
  const form = useForm<Values>({
    initialValues: initial(incident),
    validate: (v) => zodValidate(incidentInput)(toInput(clientId, v)),
  });
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const submit = form.onSubmit((v) => {
    const data = toInput(clientId, v) as Parameters<typeof create.mutate>[0];
    const onError = (e: Error) => applyFieldErrors(e, form.setErrors, incident ? 'data.' : '');
    if (incident) update.mutate({ id: incident.id, data }, { onSuccess: onClose, onError });
    else create.mutate(data, { onSuccess: onClose, onError });
  });
  const reports = form.getValues().reports;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={3}>
          <DateField label={t('incidents.date')} withAsterisk data-autofocus {...form.getInputProps('date')} />
          <TextInput type="time" label={t('incidents.time')} {...form.getInputProps('time')} />
          <Select
            label={t('incidents.kind')}
            withAsterisk
            searchable
            data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <TextInput
          label={t('incidents.place')}
          placeholder={t('incidents.placeHint')}
          {...form.getInputProps('place')}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('incidents.perpetratorCategory')}
            allowDeselect={false}
            data={PERPETRATOR_CATEGORIES.map((p) => ({ value: p, label: t(`incidents.perpetrators.${p}`) }))}
            {...form.getInputProps('perpetratorCategory')}
          />
          <Select
            label={t('incidents.case')}
            placeholder={t('incidents.caseNone')}
            clearable
            data={cases.map((c) => ({ value: c.id, label: c.title }))}
            {...form.getInputProps('caseId')}
          />
        </SimpleGrid>
        <TextInput
          label={t('incidents.perpetratorDescription')}
          placeholder={t('incidents.perpetratorHint')}
          {...form.getInputProps('perpetratorDescription')}
        />
        <Textarea
          label={t('incidents.narrative')}
          description={t('incidents.narrativeHint')}
          withAsterisk
          autosize
          minRows={4}
          {...form.getInputProps('narrative')}
        />
        <Textarea label={t('incidents.witnesses')} autosize minRows={1} {...form.getInputProps('witnesses')} />
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('incidents.reports')}
          </Text>
          {reports.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('incidents.notReported')}
            </Text>
          ) : null}
          {reports.map((_r, i) => (
            /* Reports have no id of their own: their place in the list is their identity here. */
            <Paper key={i} withBorder p="xs" data-testid="report-row">
              <Group align="flex-end" wrap="nowrap" gap="xs">
                <Select
                  label={t('incidents.reportKind')}
                  style={{ flex: 1 }}
                  data={REPORT_KINDS.map((k) => ({ value: k, label: t(`incidents.reportKinds.${k}`) }))}
                  {...form.getInputProps(`reports.${i}.kind`)}
                />
                <DateField label={t('incidents.reportDate')} w={160} {...form.getInputProps(`reports.${i}.date`)} />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mb={4}
                  aria-label={t('incidents.removeReport')}
                  title={t('incidents.removeReport')}
                  onClick={() => form.removeListItem('reports', i)}
                >
                  ✕
                </ActionIcon>
              </Group>
              <SimpleGrid cols={2} mt="xs">
                <TextInput
                  label={t('incidents.madeTo')}
                  placeholder={t('incidents.madeToHint')}
                  {...form.getInputProps(`reports.${i}.madeTo`)}
                />
                <TextInput
                  label={t('incidents.reference')}
                  placeholder={t('incidents.referenceHint')}
                  {...form.getInputProps(`reports.${i}.reference`)}
                />
              </SimpleGrid>
            </Paper>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => form.insertListItem('reports', { kind: null, madeTo: '', reference: '', date: '' })}
            >
              {t('incidents.addReport')}
            </Button>
          </Group>
        </Stack>
        <ErrorNotice error={error && !Object.keys(form.errors).length ? error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

export const IncidentModal = ({ opened, ...props }: Props & { opened: boolean }) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      size="xl"
      title={props.incident ? t('incidents.edit') : t('incidents.log')}
    >
      {opened ? <IncidentForm {...props} /> : null}
    </Modal>
  );
};
