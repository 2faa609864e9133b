import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import './strings';

/**
 * A folder for a backup or a restore. In the app, "Choose folder…" opens the system's folder
 * picker (shown by main); where there is none (the browser harness), a path can be typed instead.
 */
export const FolderField = ({
  purpose,
  value,
  onChange,
  error,
}: {
  purpose: 'backup' | 'restore';
  value: string;
  onChange: (path: string) => void;
  error?: string | null | undefined;
}) => {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(false);
  const choose = async () => {
    const r = await call('backup:pick-folder', { purpose });
    if (!r.supported) setTyped(true);
    else if (r.path) onChange(r.path);
  };
  return (
    <>
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <Button variant="default" onClick={() => void choose()}>
          {t('backup.chooseFolder')}
        </Button>
        {!typed && value ? (
          <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {value}
          </Text>
        ) : null}
      </Group>
      {typed ? (
        <TextInput
          label={t('backup.folder')}
          description={t('backup.folderHelp')}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          autoFocus
        />
      ) : error ? (
        <Text size="sm" c="red">
          {error}
        </Text>
      ) : null}
    </>
  );
};
