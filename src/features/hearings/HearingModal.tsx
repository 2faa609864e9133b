import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hearingInput } from '../../../electron/shared/contract';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { blankToNull, zodValidate } from '../../lib/form';
import { ForumPicker } from '../cases/ReferencePickers';
import { DateField } from '../../components/DateField';

type Values = { date: string; time: string; courtId: string | null; bench: string; purpose: string };

/** Add a hearing to a case; the forum defaults to the case's forum. */
export const HearingModal = ({
  caseId,
  defaultCourtId,
  opened,
  onClose,
}: {
  caseId: string;
  defaultCourtId: string | null;
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const create = useApiMutation('hearings:create');
  const form = useForm<Values>({
    initialValues: { date: '', time: '', courtId: defaultCourtId, bench: '', purpose: '' },
    validate: (v) => zodValidate(hearingInput)({ caseId, ...blankToNull(v) }),
  });
  const { setFieldValue } = form;
  useEffect(() => {
    if (opened) setFieldValue('courtId', defaultCourtId);
  }, [opened, defaultCourtId, setFieldValue]);
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((v) =>
    create.mutate({ caseId, ...blankToNull(v) } as never, {
      onSuccess: close,
      onError: (e) => applyFieldErrors(e, form.setErrors),
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('hearings.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            <DateField label={t('hearings.date')} withAsterisk data-autofocus {...form.getInputProps('date')} />
            <TextInput type="time" label={t('hearings.time')} {...form.getInputProps('time')} />
          </SimpleGrid>
          <ForumPicker label={t('hearings.forum')} {...form.getInputProps('courtId')} />
          <TextInput label={t('hearings.bench')} {...form.getInputProps('bench')} />
          <TextInput
            label={t('hearings.purpose')}
            withAsterisk
            placeholder="Arguments on bail"
            {...form.getInputProps('purpose')}
          />
          <ErrorNotice error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
