import { Badge } from '@mantine/core';
import type { RiskLevel } from '../../../electron/shared/enums';
import { useEnumLabel } from '../../i18n/options';

const COLORS: Record<RiskLevel, string> = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' };

/** The badge with its label already translated (the clients list translates each level once, not per row). */
export const RiskBadgeView = ({ level, label }: { level: RiskLevel; label: string }) => (
  <Badge color={COLORS[level]} variant="light">
    {label}
  </Badge>
);

export const RiskBadge = ({ level }: { level: RiskLevel }) => {
  const label = useEnumLabel();
  return <RiskBadgeView level={level} label={label('risk', level)} />;
};
