import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../settings/LanguageSwitch';

export const VaultCard = ({ title, children }: { title: string; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      <Stack w={460} gap="lg">
        <Stack gap={0} align="center">
          <Title order={1} c="teal.8">
            {t('app.name')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Center>
          <LanguageSwitch size="xs" />
        </Center>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={3} mb="md">
            {title}
          </Title>
          {children}
        </Paper>
      </Stack>
    </Center>
  );
};
