import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { hearingInput } from '../../../electron/shared/contract';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import '../bail/strings';
import { DateField } from '../../components/DateField';
import { blankToNull, zodValidate } from '../../lib/form';
import { ForumPicker } from '../cases/ReferencePickers';
import { FormFooter } from '../../components/FormFooter';

type Values = {
  date: string;
  time: string;
  courtId: string | null;
  bench: string;
  purpose: string;
  bailPetitionId: string | null;
};
type Props = { caseId: string; defaultCourtId: string | null; onClose: () => void };

/** Mounted only while the dialog is open, so each opening starts from the case's current forum. */
const HearingForm = ({ caseId, defaultCourtId, onClose }: Props) => {
  const { t } = useTranslation();
  const create = useApiMutation('hearings:create');
  const bail = useApiQuery('bail:list', { caseId });
  const petitions = (bail.data ?? []).map((p) => ({
    value: p.id,
    label: [t(`bail.kinds.${p.kind}`), p.forumName].filter(Boolean).join(' · '),
  }));
  const form = useForm<Values>({
    initialValues: { date: '', time: '', courtId: defaultCourtId, bench: '', purpose: '', bailPetitionId: null },
    validate: (v) => zodValidate(hearingInput)({ caseId, ...blankToNull(v) }),
  });
  const submit = form.onSubmit((v) =>
    create.mutate({ caseId, ...blankToNull(v) } as never, {
      onSuccess: onClose,
      onError: (e) => applyFieldErrors(e, form.setErrors),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <DateField label={t('hearings.date')} withAsterisk data-autofocus {...form.getInputProps('date')} />
          <TextInput type="time" label={t('hearings.time')} {...form.getInputProps('time')} />
        </SimpleGrid>
        <ForumPicker label={t('hearings.forum')} {...form.getInputProps('courtId')} />
        <TextInput label={t('hearings.bench')} {...form.getInputProps('bench')} />
        {petitions.length > 0 ? (
          <Select
            label={t('hearings.bailPetition')}
            data={petitions}
            clearable
            {...form.getInputProps('bailPetitionId')}
          />
        ) : null}
        <TextInput
          label={t('hearings.purpose')}
          withAsterisk
          placeholder={t('misc.examples.purpose')}
          {...form.getInputProps('purpose')}
        />
        <FormFooter error={create.error} saving={create.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

/** Add a hearing to a case; the forum defaults to the case's current forum. */
export const HearingModal = ({ opened, ...props }: Props & { opened: boolean }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={props.onClose} title={t('hearings.new')} size="lg">
      {opened ? <HearingForm {...props} /> : null}
    </Modal>
  );
};
