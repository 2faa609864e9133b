import { Button, Checkbox, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisappearanceDetail } from '../../../electron/shared/disappearance-schemas';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../lib/format';
import { navigate } from '../../lib/router';
import './strings';

/**
 * At the foot of the record page: deletes a record opened by mistake. The window says what goes
 * (entries, orders, links, appeals by name) and what stays (the cases, the client, the consent);
 * appeals drafted from the record go only when the lawyer ticks the box that names them.
 */
export const DeleteRecord = ({ record }: { record: DisappearanceDetail }) => {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [appealsToo, setAppealsToo] = useState(false);
  const hasAppeals = record.appeals.length > 0;
  const remove = useMutation({
    mutationFn: () =>
      call('disappearances:delete', { id: record.id, ...(hasAppeals ? { deleteAppeals: appealsToo } : {}) }),
    onSuccess: () => {
      // Back to the client's list of records first, so the deleted record's page never asks for it again
      // (in its place in the history: Back does not lead to a page that is gone).
      navigate(`/clients/${record.clientId}`, { replace: true });
      qc.removeQueries({ queryKey: ['disappearances:get', { id: record.id }] });
      return qc.invalidateQueries({
        predicate: (q) =>
          !(q.queryKey[0] === 'disappearances:get' && (q.queryKey[1] as { id?: string } | undefined)?.id === record.id),
      });
    },
  });
  const close = () => {
    // Not while the delete runs: it would finish (or fail) out of sight.
    if (remove.isPending) return;
    setOpen(false);
    setAppealsToo(false);
    remove.reset();
  };
  const r = 'disappearance.remove';
  return (
    <>
      <Paper withBorder p="md" mt="xl" data-testid="delete-record">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t(`${r}.hint`)}
          </Text>
          <Button color="red" variant="light" onClick={() => setOpen(true)}>
            {t(`${r}.open`)}
          </Button>
        </Group>
      </Paper>
      <Modal opened={open} onClose={close} title={t(`${r}.title`)} size="lg">
        <Stack gap="sm">
          <Text>{t(`${r}.intro`, { name: record.clientName, date: formatDate(record.lastSeenDate) })}</Text>
          <List spacing={4} size="sm">
            {/* Only what there is: no "0 production orders". */}
            {record.entries.length > 0 ? (
              <List.Item>{t(`${r}.entries`, { count: record.entries.length })}</List.Item>
            ) : null}
            {record.orders.length > 0 ? (
              <List.Item>{t(`${r}.orders`, { count: record.orders.length })}</List.Item>
            ) : null}
            {record.cases.length > 0 ? <List.Item>{t(`${r}.links`, { count: record.cases.length })}</List.Item> : null}
          </List>
          {hasAppeals ? (
            <Paper withBorder p="sm" bg="red.0">
              <Text size="sm" fw={600}>
                {t(`${r}.appealsTitle`, { count: record.appeals.length })}
              </Text>
              <List size="sm" mb="xs">
                {record.appeals.map((a) => (
                  <List.Item key={a.draftId}>
                    <span dir="auto">{a.title}</span>
                  </List.Item>
                ))}
              </List>
              <Checkbox
                color="red"
                label={t(`${r}.appealsConfirm`)}
                checked={appealsToo}
                onChange={(e) => setAppealsToo(e.currentTarget.checked)}
              />
            </Paper>
          ) : null}
          <Text size="sm">{t(record.cases.length > 0 ? `${r}.kept` : `${r}.keptNoCases`)}</Text>
          {record.cases.length > 0 ? (
            <List size="sm" data-testid="delete-kept-cases">
              {record.cases.map((c) => (
                <List.Item key={c.caseId}>
                  <span dir="auto">
                    {c.caseNumber && !c.title.includes(c.caseNumber) ? `${c.title} (${c.caseNumber})` : c.title}
                  </span>
                </List.Item>
              ))}
            </List>
          ) : null}
          <Text size="sm" fw={600} c="red.8">
            {t(`${r}.permanent`)}
          </Text>
          <ErrorNotice error={remove.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              disabled={hasAppeals && !appealsToo}
              onClick={() => remove.mutate()}
            >
              {t(`${r}.confirm`, { name: record.clientName })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
