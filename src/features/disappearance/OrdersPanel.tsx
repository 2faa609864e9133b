import { Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_STATUSES, type OrderStatus } from '../../../electron/shared/disappearance-enums';
import { orderInput, type DisappearanceDetail } from '../../../electron/shared/disappearance-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { formatDate } from '../../lib/format';
import { zodValidate } from '../../lib/form';
import './strings';
import { FormFooter } from '../../components/FormFooter';

type Record = DisappearanceDetail;
type Order = Record['orders'][number];
type Values = {
  caseId: string | null;
  court: string;
  orderedOn: string;
  produceBy: string;
  status: OrderStatus;
  obeyedOn: string;
  note: string;
};

const toInput = (recordId: string, v: Values) => ({
  recordId,
  caseId: v.caseId,
  court: v.court,
  orderedOn: v.orderedOn,
  produceBy: v.produceBy,
  status: v.status,
  obeyedOn: v.obeyedOn || null,
  note: v.note || null,
});

const OrderForm = ({ record, order, onClose }: { record: Record; order: Order | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const save = useApiMutation('disappearances:save-order');
  const first = record.cases[0];
  const form = useForm<Values>({
    initialValues: {
      caseId: order?.caseId ?? first?.caseId ?? null,
      court: order?.court ?? first?.forumName ?? '',
      orderedOn: order?.orderedOn ?? '',
      produceBy: order?.produceBy ?? '',
      status: order?.status ?? 'pending',
      obeyedOn: order?.obeyedOn ?? '',
      note: order?.note ?? '',
    },
    validate: (v) => zodValidate(orderInput)(toInput(record.id, v)),
  });
  const f = (k: keyof Values) => ({
    label: t(`disappearance.orders.${k === 'caseId' ? 'case' : k}`),
    ...form.getInputProps(k),
  });
  const submit = form.onSubmit((v) =>
    save.mutate({ ...(order ? { id: order.id } : {}), data: toInput(record.id, v) } as never, {
      onSuccess: onClose,
      onError: (e) => applyFieldErrors(e, form.setErrors, 'data.'),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          withAsterisk
          allowDeselect={false}
          data={record.cases.map((c) => ({
            value: c.caseId,
            label: `${t(`disappearance.roles.${c.role}`)}: ${c.title}`,
          }))}
          {...f('caseId')}
        />
        <TextInput withAsterisk {...f('court')} />
        <SimpleGrid cols={2}>
          <DateField withAsterisk {...f('orderedOn')} />
          <DateField withAsterisk {...f('produceBy')} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select
            allowDeselect={false}
            data={ORDER_STATUSES.map((s) => ({ value: s, label: t(`disappearance.orders.statuses.${s}`) }))}
            {...f('status')}
          />
          {form.getValues().status === 'obeyed' ? <DateField withAsterisk {...f('obeyedOn')} /> : <span />}
        </SimpleGrid>
        <TextInput {...f('note')} />
        <Text size="xs" c="dimmed">
          {t('disappearance.orders.deadlineHint')}
        </Text>
        <FormFooter error={save.error} saving={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
};

/** Text, not a badge: a badge cuts "Not obeyed: act" short in a narrow column. */
const DeadlineBadge = ({ order, today }: { order: Order; today: string }) => {
  const { t } = useTranslation();
  const d = order.deadline;
  if (!d) return null;
  if (d.status === 'completed')
    return (
      <Text size="sm" fw={600} c="green.8">
        {t('disappearance.orders.closed')}
      </Text>
    );
  if (d.status === 'dismissed')
    return (
      <Text size="sm" c="dimmed">
        {t('disappearance.orders.dismissed')}
      </Text>
    );
  if (d.dueDate < today || order.status === 'not_obeyed')
    return (
      <Text size="sm" fw={700} c="red.8">
        {t('disappearance.orders.overdue')}
      </Text>
    );
  return <Text size="sm">{t('disappearance.orders.due', { date: formatDate(d.dueDate) })}</Text>;
};

/** Orders to produce the missing person; each one not obeyed by its date is a deadline to act. */
export const OrdersPanel = ({ record }: { record: Record }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Order | 'new' | null>(null);
  return (
    <Paper withBorder p="lg" data-testid="orders">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('disappearance.orders.title')}</Title>
        <Button size="xs" variant="default" disabled={record.cases.length === 0} onClick={() => setEditing('new')}>
          {t('disappearance.orders.add')}
        </Button>
      </Group>
      {record.orders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('disappearance.orders.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('disappearance.orders.court')}</Table.Th>
              <Table.Th>{t('disappearance.orders.orderedOn')}</Table.Th>
              <Table.Th>{t('disappearance.orders.produceBy')}</Table.Th>
              <Table.Th>{t('disappearance.orders.status')}</Table.Th>
              <Table.Th>{t('disappearance.orders.deadline')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.orders.map((o) => (
              <Table.Tr key={o.id} style={{ cursor: 'pointer' }} onClick={() => setEditing(o)}>
                <Table.Td>
                  {o.court}
                  <Text size="xs" c="dimmed">
                    {o.caseTitle}
                  </Text>
                </Table.Td>
                <Table.Td>{formatDate(o.orderedOn)}</Table.Td>
                <Table.Td fw={600}>{formatDate(o.produceBy)}</Table.Td>
                <Table.Td>
                  {t(`disappearance.orders.statuses.${o.status}`)}
                  {o.obeyedOn ? ` (${formatDate(o.obeyedOn)})` : ''}
                </Table.Td>
                <Table.Td>
                  <DeadlineBadge order={o} today={record.today} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        title={t(editing === 'new' ? 'disappearance.orders.addTitle' : 'disappearance.orders.editTitle')}
      >
        {editing ? (
          <OrderForm record={record} order={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
        ) : null}
      </Modal>
    </Paper>
  );
};
