import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A read-only label/value pair on detail pages. */
export const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={0}>
    <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
      {label}
    </Text>
    <Text component="div">{children || '—'}</Text>
  </Stack>
);
