import { AppShell, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/queries';
import { href, useRoute } from '../lib/router';
import { GlobalSearch } from './GlobalSearch';
import { MissedReminders } from './MissedReminders';
import { RecoveryNotice } from '../features/backup/RecoveryNotice';

const NAV = [
  { to: '/', key: 'nav.today', match: (s?: string) => !s },
  { to: '/diary', key: 'nav.diary', match: (s?: string) => s === 'diary' },
  { to: '/deadlines', key: 'nav.deadlines', match: (s?: string) => s === 'deadlines' },
  { to: '/clients', key: 'nav.clients', match: (s?: string) => s === 'clients' },
  { to: '/cases', key: 'nav.cases', match: (s?: string) => s === 'cases' },
  { to: '/reports', key: 'nav.reports', match: (s?: string) => s === 'reports' },
  { to: '/rules', key: 'nav.rules', match: (s?: string) => s === 'rules' },
  { to: '/calendar', key: 'nav.calendar', match: (s?: string) => s === 'calendar' },
  { to: '/settings', key: 'nav.settings', match: (s?: string) => s === 'settings' },
] as const;

export const Shell = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const { segments } = useRoute();
  const lock = useApiMutation('vault:lock');
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 200, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={3} c="teal.8">
              {t('app.name')}
            </Title>
            <Text size="xs" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group wrap="nowrap">
            <GlobalSearch />
            <Button variant="light" color="gray" onClick={() => lock.mutate({})} loading={lock.isPending}>
              {t('nav.lock')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Stack gap={2} component="nav" aria-label={t('misc.mainNav')}>
          {NAV.map((n) => (
            <NavLink key={n.to} href={href(n.to)} label={t(n.key)} active={n.match(segments[0])} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <RecoveryNotice />
        <MissedReminders />
        {children}
      </AppShell.Main>
    </AppShell>
  );
};
