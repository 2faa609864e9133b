import { Badge } from '@mantine/core';
import type { CustodyStatus } from '../../../electron/shared/enums';
import { useEnumLabel } from '../../i18n/options';

const COLORS: Record<CustodyStatus, string> = {
  in_custody: 'red',
  missing: 'red',
  on_bail: 'teal',
  released: 'green',
  not_arrested: 'gray',
  unknown: 'gray',
};

export const CustodyBadge = ({ status }: { status: CustodyStatus }) => {
  const label = useEnumLabel();
  return (
    <Badge color={COLORS[status]} variant={status === 'in_custody' || status === 'missing' ? 'filled' : 'light'}>
      {label('custody', status)}
    </Badge>
  );
};
