import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DisappearanceOutcome } from '../../../electron/shared/disappearance-enums';
import './strings';

/** "Missing for 44 days", or how it ended and after how long: the number a family asks about first. */
export const DaysMissing = ({
  days,
  outcome,
  size = 'lg',
}: {
  days: number;
  outcome: DisappearanceOutcome;
  size?: 'sm' | 'lg' | 'xl';
}) => {
  const { t } = useTranslation();
  const missing = outcome === 'still_missing';
  const label = missing
    ? t('disappearance.missingFor', { count: days })
    : t('disappearance.endedAfter', { count: days, outcome: t(`disappearance.outcomes.${outcome}`) });
  if (size === 'sm')
    return (
      <Badge color={missing ? 'red' : 'gray'} variant={missing ? 'filled' : 'light'} data-testid="days-missing">
        {label}
      </Badge>
    );
  return (
    <Text
      fw={700}
      fz={size === 'xl' ? 28 : 20}
      c={missing ? 'red.8' : 'dimmed'}
      data-testid="days-missing"
      aria-live="polite"
    >
      {label}
    </Text>
  );
};
