import { Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DISAPPEARANCE_OUTCOMES, type DisappearanceOutcome } from '../../../electron/shared/disappearance-enums';
import { disappearanceInput, type DisappearanceDetail } from '../../../electron/shared/disappearance-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { zodValidate } from '../../lib/form';
import { navigate } from '../../lib/router';
import './strings';
import { FormFooter } from '../../components/FormFooter';

type Values = {
  lastSeenDate: string;
  lastSeenTime: string;
  lastSeenPlace: string;
  lastSeenDistrict: string;
  lastSeenWith: string;
  takenBy: string;
  familyContactName: string;
  familyContactRelation: string;
  familyContactPhone: string;
  outcome: DisappearanceOutcome;
  outcomeDate: string;
  outcomeNote: string;
};

type Props = { clientId: string; district: string | null; record: DisappearanceDetail | null; onClose: () => void };

const initial = ({ record, district }: Props): Values => ({
  lastSeenDate: record?.lastSeenDate ?? '',
  lastSeenTime: record?.lastSeenTime ?? '',
  lastSeenPlace: record?.lastSeenPlace ?? '',
  lastSeenDistrict: record?.lastSeenDistrict ?? district ?? '',
  lastSeenWith: record?.lastSeenWith ?? '',
  takenBy: record?.takenBy ?? '',
  familyContactName: record?.familyContactName ?? '',
  familyContactRelation: record?.familyContactRelation ?? '',
  familyContactPhone: record?.familyContactPhone ?? '',
  outcome: record?.outcome ?? 'still_missing',
  outcomeDate: record?.outcomeDate ?? '',
  outcomeNote: record?.outcomeNote ?? '',
});

const toInput = (clientId: string, v: Values) => ({
  clientId,
  ...Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === '' ? null : x])),
  lastSeenDate: v.lastSeenDate,
  outcome: v.outcome,
});

const Body = (props: Props) => {
  const { clientId, record, onClose } = props;
  const { t } = useTranslation();
  const save = useApiMutation('disappearances:save');
  const form = useForm<Values>({
    initialValues: initial(props),
    validate: (v) => zodValidate(disappearanceInput)(toInput(clientId, v)),
  });
  const f = (k: keyof Values) => ({ label: t(`disappearance.fields.${k}`), ...form.getInputProps(k) });
  const submit = form.onSubmit((values) =>
    save.mutate({ ...(record ? { id: record.id } : {}), data: toInput(clientId, values) } as never, {
      onSuccess: (r) => {
        onClose();
        if (!record) navigate(`/disappearances/${r.id}`);
      },
      onError: (e) => applyFieldErrors(e, form.setErrors, 'data.'),
    }),
  );
  const ended = form.getValues().outcome !== 'still_missing';
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <DateField withAsterisk data-autofocus {...f('lastSeenDate')} />
          <TextInput placeholder="18:30" {...f('lastSeenTime')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput description={t('disappearance.placeHint')} {...f('lastSeenPlace')} />
          <TextInput {...f('lastSeenDistrict')} />
        </SimpleGrid>
        <TextInput {...f('lastSeenWith')} />
        <Textarea autosize minRows={2} {...f('takenBy')} />
        <SimpleGrid cols={3}>
          <TextInput {...f('familyContactName')} />
          <TextInput {...f('familyContactRelation')} />
          <TextInput {...f('familyContactPhone')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select
            allowDeselect={false}
            data={DISAPPEARANCE_OUTCOMES.map((o) => ({ value: o, label: t(`disappearance.outcomes.${o}`) }))}
            {...f('outcome')}
          />
          {ended ? <DateField withAsterisk {...f('outcomeDate')} /> : <Text />}
        </SimpleGrid>
        {ended ? <Textarea autosize minRows={2} {...f('outcomeNote')} /> : null}
        <FormFooter error={save.error} saving={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

/** Record a disappearance, or edit it: last seen, the family's contact, the outcome. */
export const RecordFormModal = ({ opened, ...props }: Props & { opened: boolean }) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={t(props.record ? 'disappearance.formTitleEdit' : 'disappearance.formTitleNew')}
      size="xl"
    >
      {opened ? <Body {...props} /> : null}
    </Modal>
  );
};
