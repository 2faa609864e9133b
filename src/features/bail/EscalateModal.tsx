import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/shared/contract';
import type { BailPetition } from '../../../electron/shared/deadline-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useEnumLabel } from '../../i18n/options';
import { higherLevelTypes, suggestCourt } from './ladder';
import './strings';

type Court = ChannelOutput<'courts:list'>[number];
type Values = { forumId: string | null; filingDate: string };

const EscalateForm = ({
  petition,
  courts,
  onClose,
}: {
  petition: BailPetition;
  courts: Court[];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const escalate = useApiMutation('bail:escalate');
  const from = courts.find((c) => c.id === petition.forumId);
  const types = petition.forumType ? higherLevelTypes(petition.forumType) : [];
  const data = types
    .map((ft) => ({
      group: label('forumType', ft),
      items: courts.filter((c) => c.forumType === ft).map((c) => ({ value: c.id, label: c.name })),
    }))
    .filter((g) => g.items.length > 0);
  const form = useForm<Values>({
    initialValues: { forumId: suggestCourt(from, courts), filingDate: '' },
    validate: { forumId: (v) => (v ? null : t('bail.escalateTo')) },
  });
  const submit = form.onSubmit((v) =>
    escalate.mutate(
      { id: petition.id, forumId: v.forumId ?? '', filingDate: v.filingDate || null },
      {
        onSuccess: onClose,
        onError: (e) => applyFieldErrors(e, form.setErrors),
      },
    ),
  );
  const blocked = !petition.forumId ? t('bail.escalateNoForum') : data.length === 0 ? t('bail.escalateNone') : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {t('bail.escalateFrom', {
            forum: petition.forumName ?? t('bail.noForum'),
            status: t(`bail.statuses.${petition.status}`),
          })}
        </Text>
        {blocked ? (
          <Text c="orange">{blocked}</Text>
        ) : (
          <>
            <Select
              label={t('bail.escalateTo')}
              data={data}
              searchable
              withAsterisk
              allowDeselect={false}
              {...form.getInputProps('forumId')}
            />
            <DateField label={t('bail.filingDate')} {...form.getInputProps('filingDate')} />
            <Text size="xs" c="dimmed">
              {t('bail.escalateCarry')}
            </Text>
          </>
        )}
        <ErrorNotice error={escalate.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" disabled={blocked !== null} loading={escalate.isPending}>
            {t('bail.escalate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

/** One step up the ladder: the court of the next level is preselected. */
export const EscalateModal = ({ petition, onClose }: { petition: BailPetition | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const courts = useApiQuery('courts:list', {});
  return (
    <Modal opened={petition !== null} onClose={onClose} title={t('bail.escalateTitle')} size="lg">
      {petition && courts.data ? <EscalateForm petition={petition} courts={courts.data} onClose={onClose} /> : null}
    </Modal>
  );
};
