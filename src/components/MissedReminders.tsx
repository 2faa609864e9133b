import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/queries';

/** What fell due while the app was closed or locked, shown once at the top until dismissed. */
export const MissedReminders = () => {
  const { t } = useTranslation();
  const missed = useApiQuery('reminders:missed', {});
  const dismiss = useApiMutation('reminders:dismiss');
  if (!missed.data || missed.data.length === 0) return null;
  return (
    <Alert color="yellow" title={t('reminders.missedTitle')} mb="lg" data-testid="missed-reminders">
      <Stack gap="xs">
        {missed.data.map((n) => (
          <div key={n.id}>
            <Text fw={600} size="sm">
              {n.title}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {n.body}
            </Text>
          </div>
        ))}
        <Group>
          <Button size="xs" variant="light" color="yellow" onClick={() => dismiss.mutate({})}>
            {t('reminders.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
};
