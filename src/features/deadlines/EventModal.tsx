import { Checkbox, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { caseEventInput, type CaseEvent } from '../../../electron/shared/deadline-schemas';
import {
  CASE_EVENT_KINDS,
  JUDGMENT_RESULTS,
  SENTENCE_BANDS,
  type CaseEventKind,
  type JudgmentResult,
  type SentenceBand,
} from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { useEnumOptions } from '../../i18n/options';
import { formatDate } from '../../lib/format';
import { blankToNull, zodValidate } from '../../lib/form';
import { ForumPicker } from '../cases/ReferencePickers';
import { FormFooter } from '../../components/FormFooter';

type Values = {
  kind: CaseEventKind | null;
  date: string;
  time: string;
  endDate: string;
  courtId: string | null;
  relatedEventId: string | null;
  result: JudgmentResult | null;
  sentence: SentenceBand | null;
  writ: boolean;
  note: string;
};

const WITH_END: CaseEventKind[] = ['police_remand', 'judicial_remand', 'ata_remand', 'protective_bail'];

const toInput = (caseId: string, v: Values) => {
  const { result, sentence, writ, ...rest } = v;
  const details =
    v.kind === 'judgment' ? { ...(result ? { result } : {}), ...(sentence ? { sentence } : {}), writ } : {};
  return { caseId, ...blankToNull(rest), details };
};

type Props = {
  caseId: string;
  defaultCourtId: string | null;
  events: CaseEvent[];
  opened: boolean;
  onClose: () => void;
};

const EventForm = ({ caseId, defaultCourtId, events, onClose }: Omit<Props, 'opened'>) => {
  const { t } = useTranslation();
  const kinds = useEnumOptions('eventKind', CASE_EVENT_KINDS);
  const results = useEnumOptions('result', JUDGMENT_RESULTS);
  const sentences = useEnumOptions('sentence', SENTENCE_BANDS);
  const create = useApiMutation('events:create');
  const form = useForm<Values>({
    initialValues: {
      kind: null,
      date: '',
      time: '',
      endDate: '',
      courtId: defaultCourtId,
      relatedEventId: null,
      result: null,
      sentence: null,
      writ: false,
      note: '',
    },
    validate: (v) => {
      const errors = zodValidate(caseEventInput)(toInput(caseId, v));
      // The form shows judgment details flat: map their paths.
      return Object.fromEntries(Object.entries(errors).map(([k, m]) => [k.replace(/^details\./, ''), m]));
    },
  });
  const kind = form.getValues().kind;
  const judgments = events
    .filter((e) => e.kind === 'judgment')
    .map((e) => ({ value: e.id, label: `${formatDate(e.date)}${e.courtName ? ` · ${e.courtName}` : ''}` }));
  const submit = form.onSubmit((v) =>
    create.mutate(toInput(caseId, v) as never, {
      onSuccess: onClose,
      onError: (e) => applyFieldErrors(e, form.setErrors),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('deadlines.eventKind')}
          data={kinds}
          withAsterisk
          data-autofocus
          {...form.getInputProps('kind')}
        />
        <SimpleGrid cols={3}>
          <DateField label={t('deadlines.date')} withAsterisk {...form.getInputProps('date')} />
          {kind && WITH_END.includes(kind) ? (
            <DateField label={t('deadlines.endDate')} withAsterisk {...form.getInputProps('endDate')} />
          ) : null}
          <TextInput type="time" label={t('deadlines.time')} {...form.getInputProps('time')} />
        </SimpleGrid>
        {kind === 'copy_applied' || kind === 'copy_ready' ? (
          <Select
            label={t('deadlines.judgmentOf')}
            data={judgments}
            withAsterisk
            {...form.getInputProps('relatedEventId')}
          />
        ) : (
          <ForumPicker label={t('deadlines.court')} {...form.getInputProps('courtId')} />
        )}
        {kind === 'judgment' ? (
          <SimpleGrid cols={2}>
            <Select label={t('deadlines.result')} data={results} withAsterisk {...form.getInputProps('result')} />
            {form.getValues().result === 'conviction' ? (
              <Select
                label={t('deadlines.sentence')}
                data={sentences}
                withAsterisk
                {...form.getInputProps('sentence')}
              />
            ) : (
              <Checkbox mt="xl" label={t('deadlines.writ')} {...form.getInputProps('writ', { type: 'checkbox' })} />
            )}
          </SimpleGrid>
        ) : null}
        <TextInput label={t('deadlines.note')} {...form.getInputProps('note')} />
        <FormFooter error={create.error} saving={create.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

/** Record what happened (a remand order, a judgment, a copy applied for or ready…): deadlines follow. */
export const EventModal = ({ opened, ...props }: Props) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={props.onClose} title={t('deadlines.recordEvent')} size="lg">
      {opened ? <EventForm {...props} /> : null}
    </Modal>
  );
};
