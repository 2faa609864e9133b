import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { href } from '../../lib/router';
import { DaysMissing } from './DaysMissing';
import './strings';

/** On a habeas or Commission case: the disappearance record it pursues, with the days missing. */
export const CaseDisappearanceBanner = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation();
  const q = useApiQuery('disappearances:list', { caseId });
  if (!q.data?.length) return null;
  return (
    <>
      {q.data.map((r) => (
        <Paper key={r.id} withBorder p="sm" bg="red.0" data-testid="case-disappearance">
          <Group justify="space-between">
            <Group gap="sm">
              <DaysMissing days={r.daysMissing} outcome={r.outcome} size="sm" />
              <Text size="sm">{t('disappearance.caseBanner', { name: r.codename ?? r.clientName })}</Text>
            </Group>
            <Button component="a" size="xs" variant="light" href={href(`/disappearances/${r.id}`)}>
              {t('disappearance.open')}
            </Button>
          </Group>
        </Paper>
      ))}
    </>
  );
};
