import { ActionIcon, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../electron/shared/contract';
import { CASE_PARTY_ROLES, STATUTES } from '../../../electron/shared/enums';
import { apiQuery, queryClient } from '../../api/queries';
import { RemoteSelect } from '../../components/RemoteSelect';
import { useEnumOptions } from '../../i18n/options';
import type { CaseFormValues } from './case-form-values';

type FormProp = { form: UseFormReturnType<CaseFormValues> };

/** How a client reads in the picker: full name, (codename), CNIC. */
const clientLabel = (c: Pick<Client, 'fullName' | 'codename' | 'cnic'>): string =>
  [c.fullName, c.codename && `(${c.codename})`, c.cnic].filter(Boolean).join(' ');
const clientOption = (c: Pick<Client, 'id' | 'fullName' | 'codename' | 'cnic'>) => ({
  value: c.id,
  label: clientLabel(c),
});
/** A party already on the case (or the client the case is opened for), read by id: shared with the client page's cache. */
const labelOfClient = (id: string): Promise<string> =>
  queryClient.fetchQuery(apiQuery('clients:get', { id })).then(clientLabel);

export const PartyRows = ({ form }: FormProp) => {
  const { t } = useTranslation();
  const roles = useEnumOptions('role', CASE_PARTY_ROLES);
  const rows = form.getValues().parties;
  return (
    <Stack gap="xs">
      {rows.map((_, i) => (
        <Group key={form.key(`parties.${i}`)} align="flex-end" wrap="nowrap">
          <RemoteSelect
            label={i === 0 ? t('cases.fields.client') : undefined}
            aria-label={t('cases.fields.client')}
            placeholder={t('picker.clientPlaceholder')}
            channel="clients:page"
            input={{ includeArchived: false }}
            toOption={clientOption}
            labelOf={labelOfClient}
            style={{ flex: 1 }}
            {...form.getInputProps(`parties.${i}.clientId`)}
          />
          <Select
            label={i === 0 ? t('cases.fields.role') : undefined}
            aria-label={t('cases.fields.role')}
            data={roles}
            allowDeselect={false}
            w={180}
            {...form.getInputProps(`parties.${i}.role`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('common.remove')}
            disabled={rows.length === 1}
            onClick={() => form.removeListItem('parties', i)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {form.errors.parties ? <div style={{ color: 'var(--mantine-color-error)' }}>{form.errors.parties}</div> : null}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        onClick={() => form.insertListItem('parties', { clientId: null, role: 'accused' })}
      >
        {t('cases.addParty')}
      </Button>
    </Stack>
  );
};

export const OffenceRows = ({ form }: FormProp) => {
  const { t } = useTranslation();
  const statutes = useEnumOptions('statute', STATUTES);
  const rows = form.getValues().offences;
  return (
    <Stack gap="xs">
      {rows.map((_, i) => (
        <Group key={form.key(`offences.${i}`)} align="flex-start" wrap="nowrap">
          <Select
            aria-label={t('cases.fields.statute')}
            placeholder={t('cases.fields.statute')}
            data={statutes}
            w={140}
            {...form.getInputProps(`offences.${i}.statute`)}
          />
          <TextInput
            aria-label={t('cases.fields.section')}
            placeholder={t('cases.fields.section') + ' (e.g. 26-A)'}
            w={180}
            {...form.getInputProps(`offences.${i}.section`)}
          />
          <TextInput
            aria-label={t('cases.noteBody')}
            placeholder={t('common.optional')}
            style={{ flex: 1 }}
            {...form.getInputProps(`offences.${i}.note`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('common.remove')}
            onClick={() => form.removeListItem('offences', i)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        onClick={() => form.insertListItem('offences', { statute: null, section: '', note: '' })}
      >
        {t('cases.addOffence')}
      </Button>
    </Stack>
  );
};
