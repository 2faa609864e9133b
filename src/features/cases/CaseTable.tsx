import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../electron/shared/contract';
import { VirtualTable, type VirtualRowProps } from '../../components/VirtualTable';
import { useEnumLabel } from '../../i18n/options';
import { formatDate, offenceLabel, partyNames } from '../../lib/format';
import { href, navigate } from '../../lib/router';
import { CustodyBadge } from './CustodyBadge';

const STATUS_COLOR = { active: 'teal', disposed: 'gray', archived: 'dark' } as const;

const TABLE_PROPS = { highlightOnHover: true, striped: true, verticalSpacing: 'sm' } as const;

/** The cases table's head and rows, for a whole list (CaseTable) or one read a page at a time. */
export const useCaseColumns = () => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{t('cases.fields.title')}</Table.Th>
        <Table.Th>{t('cases.fields.caseType')}</Table.Th>
        <Table.Th>{t('cases.offences')}</Table.Th>
        <Table.Th>{t('cases.forum')}</Table.Th>
        <Table.Th>{t('cases.custody')}</Table.Th>
        <Table.Th>{t('cases.nextDate')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  const renderRow = (c: CaseSummary, row: VirtualRowProps) => (
    <Table.Tr key={c.id} {...row} style={{ cursor: 'pointer' }} onClick={() => navigate(`/cases/${c.id}`)}>
      <Table.Td>
        <a href={href(`/cases/${c.id}`)} onClick={(e) => e.stopPropagation()}>
          <Text fw={600} span>
            {c.title}
          </Text>
        </a>
        <Text size="xs" c="dimmed">
          {[c.caseNumber, c.firNumber && `FIR ${c.firNumber}`, partyNames(c.parties)].filter(Boolean).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {label('caseType', c.caseType)}
          {c.status !== 'active' ? (
            <Badge size="xs" color={STATUS_COLOR[c.status]}>
              {label('status', c.status)}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>{c.offences.map(offenceLabel).join(', ')}</Table.Td>
      <Table.Td>{c.forumName}</Table.Td>
      <Table.Td>
        <CustodyBadge status={c.custodyStatus} />
      </Table.Td>
      <Table.Td className="tabular">{formatDate(c.nextHearingDate)}</Table.Td>
    </Table.Tr>
  );
  return { head, renderRow, tableProps: TABLE_PROPS, testId: 'cases-table' };
};

export const CaseTable = ({ cases }: { cases: CaseSummary[] }) => {
  const { t } = useTranslation();
  const columns = useCaseColumns();
  if (cases.length === 0) return <Text c="dimmed">{t('cases.empty')}</Text>;
  return <VirtualTable rows={cases} {...columns} />;
};
