import { Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../electron/shared/contract';
import { VirtualTable } from '../../components/VirtualTable';
import { useEnumLabel } from '../../i18n/options';
import { formatDate, formatTime, partyNames } from '../../lib/format';
import { formatNumber } from '../../lib/localize';
import { href } from '../../lib/router';
import { CustodyBadge } from '../cases/CustodyBadge';
import { forumColorVar } from './forum-colors';

type Props = {
  items: AgendaItem[];
  showDate?: boolean;
  onRecord: (h: AgendaItem) => void;
  onClash: (h: AgendaItem) => void;
};

/** The last date of the case, as a cause list prints it: "20 Nov: Adjourned — notice to State". */
export const LastDate = ({ h }: { h: AgendaItem }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  if (!h.previous) return null;
  const what = [label('outcome', h.previous.outcome), h.previous.shortOrder].filter(Boolean).join(': ');
  return (
    <Text size="xs" c="dimmed" lineClamp={2}>
      {`${formatDate(h.previous.date)}: ${what || t('print.noOutcome')}`}
    </Text>
  );
};

const Status = ({ h, onRecord, onClash }: { h: AgendaItem } & Pick<Props, 'onRecord' | 'onClash'>) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Stack gap={4} align="flex-end">
      {h.outcome ? (
        <Badge variant="light">{label('outcome', h.outcome)}</Badge>
      ) : (
        <Button size="xs" variant="light" onClick={() => onRecord(h)}>
          {t('today.record')}
        </Button>
      )}
      {h.clashesWith.length > 0 ? (
        <Button size="compact-xs" color="red" variant="filled" onClick={() => onClash(h)} data-testid="clash">
          {`${t('diary.clash')} (${formatNumber(h.clashesWith.length)})`}
        </Button>
      ) : null}
      {h.adjournmentSought ? (
        <Tooltip label={h.clashNote ?? ''} disabled={!h.clashNote}>
          <Badge color="orange" variant="light" onClick={() => onClash(h)} style={{ cursor: 'pointer' }}>
            {t('diary.adjournmentSought')}
          </Badge>
        </Tooltip>
      ) : null}
    </Stack>
  );
};

/** Today's, tomorrow's and the week's lists: one row a hearing, as the lawyer walks the courts. */
export const AgendaTable = ({ items, showDate, onRecord, onClash }: Props) => {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('today.nothing')}</Text>;
  return (
    <VirtualTable
      rows={items}
      estimate={96}
      tableProps={{ verticalSpacing: 'sm', highlightOnHover: true }}
      renderRow={(h, row) => (
        <Table.Tr
          key={h.id}
          {...row}
          data-testid="agenda-row"
          style={{ borderLeft: `4px solid ${forumColorVar(h.forumType)}` }}
        >
          <Table.Td w={showDate ? 120 : 90} className="tabular">
            {showDate ? <Text fw={600}>{formatDate(h.date)}</Text> : null}
            {formatTime(h.time)}
          </Table.Td>
          <Table.Td>
            <Text fw={600}>{[h.courtName, h.bench].filter(Boolean).join(' · ') || '—'}</Text>
            <a href={href(`/cases/${h.caseId}`)}>{h.caseNumber ?? h.caseTitle}</a>
            <Text size="sm">{partyNames(h.parties, true)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{h.purpose}</Text>
            <LastDate h={h} />
          </Table.Td>
          <Table.Td>
            <Group gap={6}>
              <CustodyBadge status={h.custodyStatus} />
            </Group>
            {h.lawyer ? (
              <Text size="xs" c="dimmed" mt={4}>
                {h.lawyer.name}
              </Text>
            ) : null}
          </Table.Td>
          <Table.Td w={170} ta="right">
            <Status h={h} onRecord={onRecord} onClash={onClash} />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
};
