import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  RECIPIENTS,
  type Recipient,
} from '../../../electron/shared/disappearance-enums';
import { consentInput, type Consent } from '../../../electron/shared/disappearance-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { formatDate } from '../../lib/format';
import { zodValidate } from '../../lib/form';
import './strings';
import { FormFooter } from '../../components/FormFooter';

type Values = {
  recipient: Recipient | null;
  organisation: string;
  givenBy: (typeof CONSENT_GIVERS)[number] | null;
  givenByName: string;
  date: string;
  method: (typeof CONSENT_METHODS)[number] | null;
  note: string;
  withdrawnOn: string;
};

const toInput = (clientId: string, v: Values) => ({
  clientId,
  recipient: v.recipient,
  organisation: v.recipient === 'organisation' ? v.organisation || null : null,
  givenBy: v.givenBy,
  givenByName: v.givenByName || null,
  date: v.date,
  method: v.method,
  note: v.note || null,
  withdrawnOn: v.withdrawnOn || null,
});

type FormProps = { clientId: string; today: string; consent: Consent | null; onClose: () => void };

const ConsentForm = ({ clientId, today, consent, onClose }: FormProps) => {
  const { t } = useTranslation();
  const save = useApiMutation('consents:save');
  const form = useForm<Values>({
    initialValues: {
      recipient: consent?.recipient ?? null,
      organisation: consent?.organisation ?? '',
      givenBy: consent?.givenBy ?? 'family_member',
      givenByName: consent?.givenByName ?? '',
      date: consent?.date ?? today,
      method: consent?.method ?? null,
      note: consent?.note ?? '',
      withdrawnOn: consent?.withdrawnOn ?? '',
    },
    validate: (v) => zodValidate(consentInput)(toInput(clientId, v)),
  });
  const f = (k: keyof Values) => ({ label: t(`disappearance.consent.${k}`), ...form.getInputProps(k) });
  const v = form.getValues();
  const submit = form.onSubmit((values) =>
    save.mutate({ ...(consent ? { id: consent.id } : {}), data: toInput(clientId, values) } as never, {
      onSuccess: onClose,
      onError: (e) => applyFieldErrors(e, form.setErrors, 'data.'),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          withAsterisk
          data-autofocus
          data={RECIPIENTS.map((r) => ({ value: r, label: t(`disappearance.recipients.${r}`) }))}
          {...f('recipient')}
        />
        {v.recipient === 'organisation' ? <TextInput withAsterisk {...f('organisation')} /> : null}
        <SimpleGrid cols={2}>
          <Select
            allowDeselect={false}
            data={CONSENT_GIVERS.map((g) => ({ value: g, label: t(`disappearance.consent.givers.${g}`) }))}
            {...f('givenBy')}
          />
          <TextInput withAsterisk={v.givenBy === 'family_member'} {...f('givenByName')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <DateField withAsterisk {...f('date')} />
          <Select
            withAsterisk
            data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`disappearance.consent.methods.${m}`) }))}
            {...f('method')}
          />
        </SimpleGrid>
        <TextInput {...f('note')} />
        {consent ? <DateField {...f('withdrawnOn')} /> : null}
        <FormFooter error={save.error} saving={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

/** Consent to share the client's identity, per recipient: who gave it, when and how, or that there is none. */
export const ConsentPanel = ({
  clientId,
  today,
  consents,
}: {
  clientId: string;
  today: string;
  consents: Consent[];
}) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Consent | 'new' | null>(null);
  const who = (c: Consent) => c.givenByName ?? t(`disappearance.consent.givers.${c.givenBy}`);
  const latest = (r: Recipient) => consents.filter((c) => c.recipient === r);
  return (
    <Paper withBorder p="lg" data-testid="consents">
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t('disappearance.consent.title')}</Title>
        <Button size="xs" variant="default" onClick={() => setEditing('new')}>
          {t('disappearance.consent.record')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('disappearance.consent.hint')}
      </Text>
      <Table>
        <Table.Tbody>
          {RECIPIENTS.flatMap((r) => {
            const rows = latest(r);
            if (rows.length === 0)
              return [
                <Table.Tr key={r}>
                  <Table.Td>{t(`disappearance.recipients.${r}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} c="orange.8">
                      {t('disappearance.consent.none')}
                    </Text>
                  </Table.Td>
                </Table.Tr>,
              ];
            return rows.map((c) => {
              const live = !c.withdrawnOn || c.withdrawnOn > today;
              return (
                <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => setEditing(c)}>
                  <Table.Td>{c.organisation ?? t(`disappearance.recipients.${r}`)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Badge color={live ? 'green' : 'gray'} variant="light">
                        {t(live ? 'disappearance.consent.inForce' : 'disappearance.consent.noConsent')}
                      </Badge>
                      <Text size="sm">
                        {t('disappearance.consent.given', {
                          who: who(c),
                          date: formatDate(c.date),
                          how: t(`disappearance.consent.methods.${c.method}`),
                        })}
                        {c.withdrawnOn
                          ? `; ${t('disappearance.consent.withdrawn', { date: formatDate(c.withdrawnOn) })}`
                          : ''}
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            });
          })}
        </Table.Tbody>
      </Table>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={t(editing === 'new' ? 'disappearance.consent.recordTitle' : 'disappearance.consent.editTitle')}
      >
        {editing ? (
          <ConsentForm
            clientId={clientId}
            today={today}
            consent={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Paper>
  );
};
