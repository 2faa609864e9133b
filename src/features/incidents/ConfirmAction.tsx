import { Anchor, Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A destructive action asked about in place (no browser dialog): the question, then Cancel or the action. */
export const ConfirmAction = ({
  label,
  question,
  onConfirm,
  loading,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  loading?: boolean;
}) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Popover opened={open} onChange={setOpen} width={300} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Anchor component="button" type="button" size="xs" c="red" onClick={() => setOpen((o) => !o)}>
          {label}
        </Anchor>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm">{question}</Text>
          <Group justify="flex-end" gap="xs">
            <Button size="compact-sm" variant="default" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="compact-sm"
              color="red"
              loading={loading}
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {label}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
};
