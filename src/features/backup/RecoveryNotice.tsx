import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { href } from '../../lib/router';
import './strings';

/**
 * After an unlock that recovered from a torn or damaged WAL (a power cut while saving): what was
 * kept, where the files as found were put, and the way to a backup. Shown until dismissed.
 */
export const RecoveryNotice = () => {
  const { t } = useTranslation();
  const status = useApiQuery('backup:status', {});
  const [dismissed, setDismissed] = useState<string | null>(null);
  const recovery = status.data?.recovery;
  if (!recovery || dismissed === recovery.folder) return null;
  return (
    <Alert color="orange" title={t('backup.recoveryTitle')} mb="lg" data-testid="recovery-notice">
      <Text size="sm">{recovery.what}</Text>
      <Text size="xs" ff="monospace" mt={4} style={{ wordBreak: 'break-all' }}>
        {recovery.folder}
      </Text>
      <Group mt="sm">
        <Button size="xs" variant="light" color="orange" component="a" href={href('/settings')}>
          {t('backup.restoreLink')}
        </Button>
        <Button size="xs" variant="subtle" color="orange" onClick={() => setDismissed(recovery.folder)}>
          {t('backup.recoveryDismiss')}
        </Button>
      </Group>
    </Alert>
  );
};
