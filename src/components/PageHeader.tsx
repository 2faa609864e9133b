import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export const PageHeader = ({
  title,
  subtitle,
  actions,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) => (
  <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
    <Stack gap={2}>
      <Title order={2}>{title}</Title>
      {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
    </Stack>
    {actions ? <Group wrap="nowrap">{actions}</Group> : null}
  </Group>
);
