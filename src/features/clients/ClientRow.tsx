import { Badge, Group, Table, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../electron/shared/contract';
import { HRD_CATEGORIES, RISK_LEVELS, type HrdCategory, type RiskLevel } from '../../../electron/shared/enums';
import type { VirtualRowProps } from '../../components/VirtualTable';
import { href, navigate } from '../../lib/router';
import { RiskBadgeView } from './RiskBadge';

export type ClientListRow = ChannelOutput<'clients:list'>[number];

/** The words every row shows, translated once per language rather than once per row. */
export type ClientRowLabels = {
  category: Record<HrdCategory, string>;
  risk: Record<RiskLevel, string>;
  sensitive: string;
  archived: string;
};

export const useClientRowLabels = (): ClientRowLabels => {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      category: Object.fromEntries(HRD_CATEGORIES.map((v) => [v, t(`enums.category.${v}`)])) as Record<
        HrdCategory,
        string
      >,
      risk: Object.fromEntries(RISK_LEVELS.map((v) => [v, t(`enums.risk.${v}`)])) as Record<RiskLevel, string>,
      sensitive: t('clients.sensitive'),
      archived: t('clients.archived'),
    }),
    [t],
  );
};

type Props = {
  client: ClientListRow;
  labels: ClientRowLabels;
  /** The virtualizer's measuring ref and the row's index (long lists only); both stable per row. */
  measure?: VirtualRowProps['ref'];
  index?: number;
};

/*
 * One row of the clients list. Memoized and free of hooks: the virtualizer re-renders the table each
 * time it measures rows or the list scrolls, and a row whose client and place have not changed is
 * then skipped.
 */
export const ClientRow = memo(({ client: c, labels, measure, index }: Props) => (
  <Table.Tr
    ref={measure}
    data-index={index}
    data-testid="client-row"
    style={{ cursor: 'pointer' }}
    onClick={() => navigate(`/clients/${c.id}`)}
  >
    <Table.Td>
      <Group gap="xs">
        <a href={href(`/clients/${c.id}`)} onClick={(e) => e.stopPropagation()}>
          <Text fw={600} span>
            {c.fullName}
          </Text>
        </a>
        {c.nameUr ? (
          <Text span className="urdu" size="sm">
            {c.nameUr}
          </Text>
        ) : null}
        {c.sensitive ? (
          <Badge color="grape" variant="light">
            {c.codename ?? labels.sensitive}
          </Badge>
        ) : null}
        {c.archived ? <Badge color="gray">{labels.archived}</Badge> : null}
      </Group>
    </Table.Td>
    <Table.Td>{labels.category[c.category]}</Table.Td>
    <Table.Td>{c.district}</Table.Td>
    <Table.Td>
      <RiskBadgeView level={c.riskLevel} label={labels.risk[c.riskLevel]} />
    </Table.Td>
    <Table.Td className="tabular">{c.activeCases}</Table.Td>
  </Table.Tr>
));
ClientRow.displayName = 'ClientRow';
