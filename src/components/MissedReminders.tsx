import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReminderNotice } from '../../electron/shared/diary-schemas';
import { useApiMutation, useApiQuery } from '../api/queries';
import { usePrefs } from '../i18n/language';
import { formatDay } from '../lib/format';

/** The title in Urdu, from what the notice is about (the backend writes its English for the desktop). */
const useTitle = () => {
  const { t } = useTranslation();
  const { language } = usePrefs();
  return (n: ReminderNotice): string => {
    if (language === 'en') return n.title;
    const days = Number(n.id.split(':')[2] ?? 1);
    const when =
      n.kind === 'morning'
        ? t('reminders.today')
        : n.kind === 'night-before'
          ? t('reminders.tomorrow')
          : t('reminders.inDays', { count: days });
    return `${when}: ${t('reminders.hearings', { count: n.hearingIds.length })} (${formatDay(n.forDate)})`;
  };
};

/** What fell due while the app was closed or locked, shown once at the top until dismissed. */
export const MissedReminders = () => {
  const { t } = useTranslation();
  const title = useTitle();
  const missed = useApiQuery('reminders:missed', {});
  const dismiss = useApiMutation('reminders:dismiss');
  if (!missed.data || missed.data.length === 0) return null;
  return (
    <Alert color="yellow" title={t('reminders.missedTitle')} mb="lg" data-testid="missed-reminders">
      <Stack gap="xs">
        {missed.data.map((n) => (
          <div key={n.id}>
            <Text fw={600} size="sm">
              {title(n)}
            </Text>
            {/* Each line is a hearing as written (time, court, case number, clients): its own direction. */}
            <Text size="sm" style={{ whiteSpace: 'pre-line', unicodeBidi: 'plaintext' }}>
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
