import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { formatDate, formatTime } from '../../lib/format';
import { href } from '../../lib/router';

/* On a case page: the incidents a client's lawyer linked to this case (kept on the client's page). */
export const CaseIncidents = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const q = useApiQuery('incidents:for-case', { caseId });
  const incidents = q.data ?? [];
  if (incidents.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="case-incidents">
      <Title order={4}>{t('incidents.forCase')}</Title>
      <Paper withBorder p="md">
        <Stack gap="sm">
          {incidents.map((i) => (
            <Stack key={i.id} gap={2}>
              <Group gap="xs">
                <Text fw={600} size="sm" className="tabular">
                  {`${formatDate(i.date)} ${formatTime(i.time)}`.trim()}
                </Text>
                <Badge variant="light" size="sm">
                  {t(`incidents.kinds.${i.kind}`)}
                </Badge>
                {i.place ? (
                  <Text size="sm" c="dimmed">
                    {i.place}
                  </Text>
                ) : null}
                {i.evidence.length > 0 ? (
                  <Text size="xs" c="dimmed">{`${t('incidents.evidence.title')}: ${i.evidence.length}`}</Text>
                ) : null}
              </Group>
              <Text size="sm" lineClamp={2}>
                {i.narrative}
              </Text>
              <Anchor size="sm" href={href(`/clients/${i.clientId}`)}>
                {t('incidents.onClientPage')}
              </Anchor>
            </Stack>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
};
