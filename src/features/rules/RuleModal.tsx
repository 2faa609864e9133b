import {
  Checkbox,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ruleInput, type LegalRule, type RuleConditions } from '../../../electron/shared/deadline-schemas';
import {
  FORUM_TYPES,
  JUDGMENT_RESULTS,
  PERIOD_UNITS,
  RULE_CONFIDENCE,
  RULE_TRIGGERS,
  SENTENCE_BANDS,
} from '../../../electron/shared/enums';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { useEnumOptions } from '../../i18n/options';
import { blankToNull, zodValidate } from '../../lib/form';
import { FormFooter } from '../../components/FormFooter';

type Values = Omit<LegalRule, 'id' | 'updatedAt' | 'conditions' | 'effectiveFrom' | 'effectiveTo' | 'notes'> & {
  effectiveFrom: string;
  effectiveTo: string;
  notes: string;
  result: string[];
  sentence: string[];
  forumTypes: string[];
  capital: 'any' | 'yes' | 'no';
  writ: 'any' | 'yes' | 'no';
};

const tri = (v: boolean | undefined): 'any' | 'yes' | 'no' => (v === undefined ? 'any' : v ? 'yes' : 'no');
const fromTri = (v: 'any' | 'yes' | 'no') => (v === 'any' ? undefined : v === 'yes');

const toValues = (r: LegalRule | null): Values => ({
  name: r?.name ?? '',
  statute: r?.statute ?? '',
  section: r?.section ?? '',
  trigger: r?.trigger ?? 'judgment',
  anchor: r?.anchor ?? 'start',
  period: r?.period ?? 30,
  unit: r?.unit ?? 'days',
  excludeTriggerDay: r?.excludeTriggerDay ?? true,
  excludeCopyTime: r?.excludeCopyTime ?? false,
  rollForward: r?.rollForward ?? true,
  condonable: r?.condonable ?? false,
  recurring: r?.recurring ?? false,
  repeatEvery: r?.repeatEvery ?? null,
  filingForumType: r?.filingForumType ?? null,
  source: r?.source ?? '',
  confidence: r?.confidence ?? 'needs_checking',
  active: r?.active ?? false,
  effectiveFrom: r?.effectiveFrom ?? '',
  effectiveTo: r?.effectiveTo ?? '',
  notes: r?.notes ?? '',
  result: r?.conditions.result ?? [],
  sentence: r?.conditions.sentence ?? [],
  forumTypes: r?.conditions.forumTypes ?? [],
  capital: tri(r?.conditions.capital),
  writ: tri(r?.conditions.writ),
});

const toInput = (v: Values) => {
  const { result, sentence, forumTypes, capital, writ, ...rest } = v;
  const conditions = {
    ...(result.length ? { result } : {}),
    ...(sentence.length ? { sentence } : {}),
    ...(forumTypes.length ? { forumTypes } : {}),
    ...(fromTri(capital) === undefined ? {} : { capital: fromTri(capital) }),
    ...(fromTri(writ) === undefined ? {} : { writ: fromTri(writ) }),
  } as RuleConditions;
  return { ...blankToNull(rest), conditions };
};

const RuleForm = ({ rule, onClose }: { rule: LegalRule | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const opts = {
    trigger: useEnumOptions('trigger', RULE_TRIGGERS),
    unit: useEnumOptions('unit', PERIOD_UNITS),
    forum: useEnumOptions('forumType', FORUM_TYPES),
    confidence: useEnumOptions('confidence', RULE_CONFIDENCE),
    result: useEnumOptions('result', JUDGMENT_RESULTS),
    sentence: useEnumOptions('sentence', SENTENCE_BANDS),
  };
  const triOptions = [
    { value: 'any', label: '—' },
    { value: 'yes', label: t('misc.yes') },
    { value: 'no', label: t('misc.no') },
  ];
  const save = useApiMutation('rules:save');
  const form = useForm<Values>({ initialValues: toValues(rule), validate: (v) => zodValidate(ruleInput)(toInput(v)) });
  const submit = form.onSubmit((v) =>
    save.mutate(
      { ...(rule ? { id: rule.id } : {}), data: toInput(v) as never },
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
        <TextInput label={t('rules.name')} withAsterisk {...i('name')} />
        <SimpleGrid cols={3}>
          <TextInput label={t('rules.statute')} withAsterisk {...i('statute')} />
          <TextInput label={t('rules.section')} withAsterisk {...i('section')} />
          <Select label={t('rules.trigger')} data={opts.trigger} allowDeselect={false} {...i('trigger')} />
          <NumberInput label={t('rules.period')} min={0} {...i('period')} />
          <Select label={t('rules.unit')} data={opts.unit} allowDeselect={false} {...i('unit')} />
          <Select label={t('rules.filingForumType')} data={opts.forum} clearable {...i('filingForumType')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Checkbox label={t('rules.excludeTriggerDay')} {...i('excludeTriggerDay', { type: 'checkbox' })} />
          <Checkbox label={t('rules.excludeCopyTime')} {...i('excludeCopyTime', { type: 'checkbox' })} />
          <Checkbox label={t('rules.rollForward')} {...i('rollForward', { type: 'checkbox' })} />
          <Checkbox label={t('rules.condonable')} {...i('condonable', { type: 'checkbox' })} />
          <Checkbox label={t('rules.recurring')} {...i('recurring', { type: 'checkbox' })} />
          {form.getValues().recurring ? (
            <NumberInput label={t('rules.repeatEvery')} min={1} {...i('repeatEvery')} />
          ) : null}
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <MultiSelect
            label={`${t('rules.conditions')}: ${t('deadlines.result')}`}
            data={opts.result}
            {...i('result')}
          />
          <MultiSelect label={t('deadlines.sentence')} data={opts.sentence} {...i('sentence')} />
          <MultiSelect label={t('deadlines.court')} data={opts.forum} {...i('forumTypes')} />
          <Select label={t('misc.capitalCharge')} data={triOptions} allowDeselect={false} {...i('capital')} />
          <Select label={t('misc.writOrder')} data={triOptions} allowDeselect={false} {...i('writ')} />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <DateField label={t('rules.effectiveFrom')} {...i('effectiveFrom')} />
          <DateField label={t('rules.effectiveTo')} {...i('effectiveTo')} />
          <Select label={t('rules.confidence')} data={opts.confidence} allowDeselect={false} {...i('confidence')} />
        </SimpleGrid>
        <Textarea label={t('rules.source')} withAsterisk autosize minRows={2} {...i('source')} />
        <Textarea label={t('rules.notes')} autosize minRows={2} {...i('notes')} />
        <Switch label={t('rules.active')} {...i('active', { type: 'checkbox' })} />
        <FormFooter error={save.error} saving={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

export const RuleModal = ({
  rule,
  opened,
  onClose,
}: {
  rule: LegalRule | null;
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={rule ? t('rules.edit') : t('rules.add')} size="xl">
      {opened ? <RuleForm rule={rule} onClose={onClose} /> : null}
    </Modal>
  );
};
