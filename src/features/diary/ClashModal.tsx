import { Alert, Autocomplete, Checkbox, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../electron/shared/contract';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { formatDate, formatTime } from '../../lib/format';
import { FormFooter } from '../../components/FormFooter';

type Props = { hearing: AgendaItem | null; others: AgendaItem[]; onClose: () => void };

const describe = (h: AgendaItem) =>
  [formatTime(h.time), h.courtName, h.bench, h.caseNumber ?? h.caseTitle, h.lawyer?.name].filter(Boolean).join(' · ');

const ClashForm = ({ hearing, others, onClose }: Props & { hearing: AgendaItem }) => {
  const { t } = useTranslation();
  const lawyers = useApiQuery('lawyers:list', {});
  const resolve = useApiMutation('hearings:resolve-clash');
  const form = useForm({
    initialValues: {
      appearingLawyer: '',
      adjournmentSought: hearing.adjournmentSought,
      note: hearing.clashNote ?? '',
    },
  });
  const submit = form.onSubmit((v) =>
    resolve.mutate(
      {
        hearingId: hearing.id,
        appearingLawyer: v.appearingLawyer || null,
        adjournmentSought: v.adjournmentSought,
        note: v.note || null,
      },
      { onSuccess: onClose, onError: (e) => applyFieldErrors(e, form.setErrors) },
    ),
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <Alert color="red" variant="light" title={`${formatDate(hearing.date)} · ${describe(hearing)}`}>
          <Text size="sm">{t('diary.clashIntro')}</Text>
          <List size="sm">
            {others.map((o) => (
              <List.Item key={o.id}>{describe(o)}</List.Item>
            ))}
          </List>
        </Alert>
        <Autocomplete
          label={t('diary.appearing')}
          description={t('diary.appearingHint')}
          data={(lawyers.data ?? []).map((l) => l.name).filter((n) => n !== hearing.lawyer?.name)}
          data-autofocus
          {...form.getInputProps('appearingLawyer')}
        />
        <Checkbox
          label={t('diary.seekAdjournment')}
          {...form.getInputProps('adjournmentSought', { type: 'checkbox' })}
        />
        <TextInput label={t('diary.clashNote')} {...form.getInputProps('note')} />
        <FormFooter error={resolve.error} saving={resolve.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

/** One step to settle a clash: name who will appear here, or note that an adjournment will be sought. */
export const ClashModal = ({ hearing, others, onClose }: Props) => {
  const { t } = useTranslation();
  return (
    <Modal opened={hearing !== null} onClose={onClose} title={t('diary.clashTitle')} size="lg">
      {hearing ? <ClashForm hearing={hearing} others={others} onClose={onClose} /> : null}
    </Modal>
  );
};
