import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setPrefs, usePrefs, type Digits, type Language } from '../../i18n/language';

/** English | اردو: each name in its own language, so a lawyer who reads only one can find it. */
export const LanguageSwitch = ({ size = 'sm' }: { size?: 'xs' | 'sm' }) => {
  const { t } = useTranslation();
  const { language } = usePrefs();
  return (
    <SegmentedControl
      size={size}
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={language}
      onChange={(v) => setPrefs({ language: v as Language })}
      data={[
        { value: 'en', label: <span lang="en">{t('language.english')}</span> },
        { value: 'ur', label: <span lang="ur">{t('language.urdu')}</span> },
      ]}
    />
  );
};

/** The Settings card: language and, for Urdu, which digits. */
export const LanguageCard = () => {
  const { t } = useTranslation();
  const { language, digits } = usePrefs();
  return (
    <Paper withBorder p="lg" maw={760} mb="lg" data-testid="language-card">
      <Stack>
        <Title order={4}>{t('language.title')}</Title>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('language.label')}
          </Text>
          <LanguageSwitch />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('language.digits')}
          </Text>
          <SegmentedControl
            data-testid="digits-switch"
            aria-label={t('language.digits')}
            disabled={language !== 'ur'}
            value={digits}
            onChange={(v) => setPrefs({ digits: v as Digits })}
            data={[
              { value: 'western', label: t('language.western') },
              { value: 'urdu', label: t('language.urduDigits') },
            ]}
          />
        </Stack>
        <Text size="xs" c="dimmed">
          {t('language.hint')}
        </Text>
      </Stack>
    </Paper>
  );
};
