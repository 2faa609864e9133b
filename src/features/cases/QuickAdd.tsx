import { ActionIcon, Button, Popover, Stack, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/** A "+" beside a select that opens a small form to add a reference record in place. */
export const QuickAdd = ({ label, children }: { label: string; children: (close: () => void) => ReactNode }) => {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} width={320} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label={label}>
          <ActionIcon variant="light" size="lg" aria-label={label} onClick={() => setOpened((o) => !o)} mb={1}>
            +
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">{children(() => setOpened(false))}</Stack>
      </Popover.Dropdown>
    </Popover>
  );
};

export const QuickAddSubmit = ({ label, loading }: { label: string; loading: boolean }) => (
  <Button type="submit" size="xs" loading={loading}>
    {label}
  </Button>
);
