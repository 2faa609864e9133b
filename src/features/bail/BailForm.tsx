import { Alert, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { bailInput, type BailPetition } from '../../../electron/shared/deadline-schemas';
import { BAIL_KINDS, BAIL_STATUSES, type BailKind, type BailStatus } from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { zodValidate } from '../../lib/form';
import { ForumPicker } from '../cases/ReferencePickers';
import { skipsSessions } from './ladder';
import './strings';
import { FormFooter } from '../../components/FormFooter';

type Values = {
  kind: BailKind | null;
  clientId: string | null;
  forumId: string | null;
  filingDate: string;
  status: BailStatus;
  surety: string;
  bondAmount: number | string;
  conditions: string;
  notes: string;
};

export type Party = { clientId: string; fullName: string };

type Props = {
  caseId: string;
  parties: Party[];
  defaultForumId: string | null;
  /** The petition to edit; absent for a new one. */
  petition: BailPetition | null;
  /** The case's other petitions, for the pre-arrest hint. */
  others: BailPetition[];
  onClose: () => void;
};

const initialValues = ({ parties, defaultForumId, petition }: Props): Values =>
  petition
    ? {
        kind: petition.kind,
        clientId: petition.clientId,
        forumId: petition.forumId,
        filingDate: petition.filingDate ?? '',
        status: petition.status,
        surety: petition.surety ?? '',
        bondAmount: petition.bondAmount ?? '',
        conditions: petition.conditions ?? '',
        notes: petition.notes ?? '',
      }
    : {
        kind: null,
        clientId: parties.length === 1 ? (parties[0]?.clientId ?? null) : null,
        forumId: defaultForumId,
        filingDate: '',
        status: 'drafted',
        surety: '',
        bondAmount: '',
        conditions: '',
        notes: '',
      };

const toInput = (caseId: string, v: Values) => ({
  caseId,
  kind: v.kind,
  clientId: v.clientId,
  forumId: v.forumId,
  filingDate: v.filingDate || null,
  status: v.status,
  surety: v.surety || null,
  bondAmount: typeof v.bondAmount === 'number' ? v.bondAmount : null,
  conditions: v.conditions || null,
  notes: v.notes || null,
});

/** Mounted only while the dialog is open, so each opening starts from the petition (or blank). */
const BailFormBody = (props: Props) => {
  const { caseId, parties, petition, others, onClose } = props;
  const { t } = useTranslation();
  const save = useApiMutation('bail:save');
  const courts = useApiQuery('courts:list', {});
  const form = useForm<Values>({
    initialValues: initialValues(props),
    validate: (v) => zodValidate(bailInput)(toInput(caseId, v)),
  });
  const v = form.getValues();
  const forumType = courts.data?.find((c) => c.id === v.forumId)?.forumType;
  const earlier = others.filter((o) => o.id !== petition?.id && o.kind === 'crpc_498').map((o) => o.forumType);
  const submit = form.onSubmit((values) =>
    save.mutate({ ...(petition ? { id: petition.id } : {}), data: toInput(caseId, values) } as never, {
      onSuccess: onClose,
      onError: (e) => applyFieldErrors(e, form.setErrors, 'data.'),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <Select
            label={t('bail.kind')}
            data={BAIL_KINDS.map((k) => ({ value: k, label: t(`bail.kinds.${k}`) }))}
            withAsterisk
            data-autofocus
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('bail.client')}
            data={parties.map((p) => ({ value: p.clientId, label: p.fullName }))}
            clearable
            {...form.getInputProps('clientId')}
          />
        </SimpleGrid>
        <ForumPicker label={t('bail.forum')} {...form.getInputProps('forumId')} />
        {skipsSessions(v.kind, forumType, earlier) ? (
          <Alert color="yellow" data-testid="pre-arrest-hint">
            {t('bail.preArrestHint')}
          </Alert>
        ) : null}
        <SimpleGrid cols={2}>
          <DateField label={t('bail.filingDate')} {...form.getInputProps('filingDate')} />
          <Select
            label={t('bail.status')}
            data={BAIL_STATUSES.map((s) => ({ value: s, label: t(`bail.statuses.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput label={t('bail.surety')} {...form.getInputProps('surety')} />
          <NumberInput
            label={t('bail.bond')}
            thousandSeparator=","
            allowNegative={false}
            allowDecimal={false}
            hideControls
            {...form.getInputProps('bondAmount')}
          />
        </SimpleGrid>
        <Textarea label={t('bail.conditions')} autosize minRows={2} {...form.getInputProps('conditions')} />
        <Textarea label={t('bail.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormFooter error={save.error} saving={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

/** Add or edit a bail petition of a case. */
export const BailFormModal = ({ opened, ...props }: Props & { opened: boolean }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={props.onClose} title={t(props.petition ? 'bail.edit' : 'bail.add')} size="lg">
      {opened ? <BailFormBody {...props} /> : null}
    </Modal>
  );
};
