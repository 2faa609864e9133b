import { Badge } from '@mantine/core';
import type { RiskLevel } from '../../../electron/shared/enums';
import { useEnumLabel } from '../../i18n/options';

const COLORS: Record<RiskLevel, string> = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' };

export const RiskBadge = ({ level }: { level: RiskLevel }) => {
  const label = useEnumLabel();
  return (
    <Badge color={COLORS[level]} variant="light">
      {label('risk', level)}
    </Badge>
  );
};
