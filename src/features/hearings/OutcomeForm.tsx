import { Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { recordOutcomeInput, type Hearing } from '../../../electron/shared/contract';
import { HEARING_OUTCOMES, type HearingOutcome } from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { useEnumOptions } from '../../i18n/options';
import { formatDate } from '../../lib/format';
import { blankToNull, zodValidate } from '../../lib/form';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';

type Values = {
  outcome: HearingOutcome | null;
  shortOrder: string;
  nextDate: string;
  nextTime: string;
  nextPurpose: string;
};

/** Record what happened and the next date: outcome, Tab, order, Tab, date, Enter. */
export const OutcomeModal = ({
  hearing,
  title,
  onClose,
}: {
  hearing: Hearing | null;
  title?: string;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const outcomes = useEnumOptions('outcome', HEARING_OUTCOMES);
  const record = useApiMutation('hearings:record-outcome');
  const form = useForm<Values>({
    initialValues: { outcome: null, shortOrder: '', nextDate: '', nextTime: '', nextPurpose: '' },
    validate: (v) => zodValidate(recordOutcomeInput)({ hearingId: hearing?.id ?? '', ...blankToNull(v) }),
  });
  const close = () => {
    form.reset();
    record.reset();
    onClose();
  };
  const submit = form.onSubmit((v) => {
    if (!hearing) return;
    record.mutate({ hearingId: hearing.id, ...blankToNull(v) } as never, {
      onSuccess: close,
      onError: (e) => applyFieldErrors(e, form.setErrors),
    });
  });
  const disposed = form.getValues().outcome === 'disposed';
  return (
    <Modal opened={hearing !== null} onClose={close} title={t('hearings.recordTitle')} size="lg">
      {hearing ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {[title, formatDate(hearing.date), hearing.courtName, hearing.purpose].filter(Boolean).join(' · ')}
            </Text>
            <Select
              label={t('hearings.outcome')}
              data={outcomes}
              withAsterisk
              data-autofocus
              searchable
              selectFirstOptionOnChange
              {...form.getInputProps('outcome')}
            />
            <Textarea label={t('hearings.shortOrder')} autosize minRows={2} {...form.getInputProps('shortOrder')} />
            {!disposed ? (
              <SimpleGrid cols={3}>
                <DateField label={t('hearings.nextDate')} {...form.getInputProps('nextDate')} />
                <TextInput type="time" label={t('hearings.nextTime')} {...form.getInputProps('nextTime')} />
                <TextInput
                  label={t('hearings.nextPurpose')}
                  placeholder={hearing.purpose}
                  {...form.getInputProps('nextPurpose')}
                />
              </SimpleGrid>
            ) : null}
            <FormFooter error={record.error} saving={record.isPending} onCancel={close} />
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
};
