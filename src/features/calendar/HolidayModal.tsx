import { Checkbox, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { holidayInput } from '../../../electron/shared/deadline-schemas';
import {
  FORUM_TYPES,
  HOLIDAY_KINDS,
  PROVINCES,
  type ForumType,
  type HolidayKind,
  type Province,
} from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { useEnumOptions } from '../../i18n/options';
import { blankToNull, zodValidate } from '../../lib/form';
import { ForumPicker } from '../cases/ReferencePickers';
import { FormFooter } from '../../components/FormFooter';

type Values = {
  name: string;
  kind: HolidayKind;
  dateFrom: string;
  dateTo: string;
  province: Province | null;
  forumType: ForumType | null;
  courtId: string | null;
  provisional: boolean;
  source: string;
};

const HolidayForm = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  const kinds = useEnumOptions('holidayKind', HOLIDAY_KINDS);
  const provinces = useEnumOptions('province', PROVINCES);
  const forums = useEnumOptions('forumType', FORUM_TYPES);
  const save = useApiMutation('holidays:save');
  const form = useForm<Values>({
    initialValues: {
      name: '',
      kind: 'local',
      dateFrom: '',
      dateTo: '',
      province: null,
      forumType: null,
      courtId: null,
      provisional: false,
      source: '',
    },
    validate: (v) => zodValidate(holidayInput)(blankToNull({ ...v, dateTo: v.dateTo || v.dateFrom })),
  });
  const submit = form.onSubmit((v) =>
    save.mutate(
      { data: blankToNull({ ...v, dateTo: v.dateTo || v.dateFrom }) as never },
      {
        onSuccess: onClose,
        onError: (e) => applyFieldErrors(e, form.setErrors, 'data.'),
      },
    ),
  );
  const i = form.getInputProps;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput label={t('calendarPage.name')} withAsterisk data-autofocus {...i('name')} />
          <Select label={t('calendarPage.kind')} data={kinds} allowDeselect={false} {...i('kind')} />
          <DateField label={t('calendarPage.from')} withAsterisk {...i('dateFrom')} />
          <DateField label={t('calendarPage.to')} {...i('dateTo')} />
          <Select label={t('calendarPage.province')} data={provinces} clearable {...i('province')} />
          <Select label={t('calendarPage.forumType')} data={forums} clearable {...i('forumType')} />
        </SimpleGrid>
        <ForumPicker label={t('calendarPage.court')} {...i('courtId')} />
        <Checkbox label={t('calendarPage.provisional')} {...i('provisional', { type: 'checkbox' })} />
        <TextInput
          label={t('calendarPage.source')}
          withAsterisk
          placeholder={t('misc.examples.notification')}
          {...i('source')}
        />
        <FormFooter error={save.error} saving={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

export const HolidayModal = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('calendarPage.addHoliday')} size="lg">
      {opened ? <HolidayForm onClose={onClose} /> : null}
    </Modal>
  );
};
