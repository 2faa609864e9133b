import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECIPIENTS, type Recipient } from '../../../electron/shared/disappearance-enums';
import type { Consent, DisappearanceDetail } from '../../../electron/shared/disappearance-schemas';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../lib/format';
import { href, navigate } from '../../lib/router';
import './strings';

const same = (a: string | null, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

/** As the backend decides (repos/consents.ts consentInForce): the latest consent given by today, not withdrawn. */
const inForce = (consents: Consent[], r: Recipient, organisation: string, today: string): boolean => {
  const [latest] = consents
    .filter((c) => c.recipient === r && (r !== 'organisation' || same(c.organisation, organisation)) && c.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date));
  return !!latest && !(latest.withdrawnOn && latest.withdrawnOn <= today);
};

/** Draft an appeal or complaint to each recipient from the record; each says whether it will name the client. */
export const AppealsPanel = ({ record }: { record: DisappearanceDetail }) => {
  const { t } = useTranslation();
  const create = useApiMutation('appeals:create');
  const [organisation, setOrganisation] = useState('');
  const noCase = record.cases.length === 0;
  const draft = (recipient: Recipient) =>
    create.mutate(
      { recordId: record.id, recipient, organisation: recipient === 'organisation' ? organisation : null },
      { onSuccess: (d) => navigate(`/petitions/${d.id}`) },
    );
  return (
    <Paper withBorder p="lg" data-testid="appeals">
      <Title order={4}>{t('disappearance.appeals.title')}</Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('disappearance.appeals.hint')}
      </Text>
      {noCase ? (
        <Alert color="yellow" mb="xs">
          {t('disappearance.appeals.needsCase')}
        </Alert>
      ) : null}
      <Table>
        <Table.Tbody>
          {RECIPIENTS.map((r) => {
            const named = inForce(record.consents, r, organisation, record.today);
            return (
              <Table.Tr key={r}>
                <Table.Td>
                  {r === 'organisation' ? (
                    <TextInput
                      size="xs"
                      label={t('disappearance.recipients.organisation')}
                      placeholder={t('disappearance.appeals.organisationName')}
                      value={organisation}
                      onChange={(e) => setOrganisation(e.currentTarget.value)}
                    />
                  ) : (
                    t(`disappearance.recipients.${r}`)
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} c={named ? 'green.8' : 'orange.8'}>
                    {t(named ? 'disappearance.appeals.named' : 'disappearance.appeals.anonymised')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    disabled={noCase || (r === 'organisation' && !organisation.trim())}
                    loading={create.isPending && create.variables?.recipient === r}
                    onClick={() => draft(r)}
                    aria-label={`${t('disappearance.appeals.draft')}: ${t(`disappearance.recipients.${r}`)}`}
                  >
                    {t('disappearance.appeals.draft')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ErrorNotice error={create.error} />
      <Stack gap={4} mt="sm">
        {record.appeals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('disappearance.appeals.none')}
          </Text>
        ) : (
          record.appeals.map((a) => (
            <Group key={a.draftId} gap="xs">
              <Anchor href={href(`/petitions/${a.draftId}`)}>{a.title}</Anchor>
              <Badge size="sm" color={a.anonymised ? 'orange' : 'green'} variant="light">
                {t(a.anonymised ? 'disappearance.appeals.anonymised' : 'disappearance.appeals.named')}
              </Badge>
              <Text size="xs" c="dimmed">
                {formatDate(a.updatedAt.slice(0, 10))}
              </Text>
            </Group>
          ))
        )}
      </Stack>
    </Paper>
  );
};
