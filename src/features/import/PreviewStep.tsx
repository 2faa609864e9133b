import {
  Alert,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateOrder, ImportPreview, PreviewRow } from '../../../electron/shared/import-schemas';
import { formatDate } from '../../lib/format';
import { countList, readings, type RowFilter } from './import-state';

const PAGE = 50;
const STATUS_COLOR = { new: 'teal', match: 'gray', error: 'red' } as const;

const Stat = ({ label, value, color, testId }: { label: string; value: number; color?: string; testId: string }) => (
  <Paper withBorder p="sm" data-testid={testId}>
    <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
      {label}
    </Text>
    <Text fz={28} fw={700} c={color}>
      {value}
    </Text>
  </Paper>
);

/** The question about a column whose dates could be read day first or month first. */
const DateQuestion = ({
  q,
  value,
  onAnswer,
}: {
  q: ImportPreview['dateQuestions'][number];
  value: DateOrder | undefined;
  onAnswer: (o: DateOrder) => void;
}) => {
  const { t } = useTranslation();
  const sample = q.samples[0] ?? '';
  const read = readings(sample);
  return (
    <Alert color="yellow" title={t('import.preview.dateTitle', { letter: q.letter, header: q.header })}>
      <Text size="sm" mb="xs">
        {t('import.preview.dateHelp', { sample: q.samples.join(', ') })}
      </Text>
      <Radio.Group value={value ?? ''} onChange={(v) => onAnswer(v as DateOrder)}>
        <Stack gap={6}>
          <Radio value="dmy" label={t('import.preview.dayFirst', { sample, date: formatDate(read?.dmy) })} />
          <Radio value="mdy" label={t('import.preview.monthFirst', { sample, date: formatDate(read?.mdy) })} />
        </Stack>
      </Radio.Group>
    </Alert>
  );
};

const RowDetails = ({ row }: { row: PreviewRow }) => {
  const { t } = useTranslation();
  if (row.status === 'error') {
    return (
      <Stack gap={2}>
        {row.errors.map((e, i) => (
          <Text key={i} size="sm" c="red.8">
            {e.column ? `${t('import.issue.column', { column: e.column, header: e.header ?? '' })}: ` : ''}
            {t(`import.issue.${e.code}`, { value: e.value ?? '', message: e.message })}
          </Text>
        ))}
      </Stack>
    );
  }
  const created = countList(t, row.creates);
  const what = (m: PreviewRow['matches'][number]) =>
    m.kind === 'duplicate'
      ? ''
      : t(`import.what.${m.kind}`, {
          label: m.kind === 'hearing' || m.kind === 'note' ? formatDate(m.label) : m.label,
        });
  return (
    <Stack gap={2}>
      {created ? <Text size="sm">{t('import.preview.creates', { what: created })}</Text> : null}
      {row.matches.map((m, i) => (
        <Text key={i} size="sm" c="dimmed">
          {m.kind === 'duplicate'
            ? t('import.preview.sameAs', { row: m.row })
            : m.row === null
              ? t('import.preview.inMuhafiz', { what: what(m) })
              : t('import.preview.fromRow', { what: what(m), row: m.row })}
        </Text>
      ))}
    </Stack>
  );
};

/** Step 3: exact counts, the date question if any, and every row with what it would do or why it cannot. */
export const PreviewStep = ({
  preview,
  dateOrder,
  onDateOrder,
  onBack,
  onCancel,
  onImport,
  busy,
}: {
  preview: ImportPreview;
  dateOrder: Record<string, DateOrder>;
  onDateOrder: (column: number, order: DateOrder) => void;
  onBack: () => void;
  onCancel: () => void;
  onImport: () => void;
  busy: boolean;
}) => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RowFilter>(preview.counts.error > 0 ? 'error' : 'all');
  const [page, setPage] = useState(1);
  const c = preview.counts;
  const rows = preview.rows.filter((r) => filter === 'all' || r.status === filter);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((page - 1) * PAGE, page * PAGE);
  const asked = preview.dateQuestions.some((q) => !dateOrder[String(q.column)]);
  return (
    <Stack>
      <Text>{t('import.preview.intro', { file: preview.filename, sheet: preview.sheet ?? 'CSV' })}</Text>
      {preview.dateQuestions.map((q) => (
        <DateQuestion
          key={q.column}
          q={q}
          value={dateOrder[String(q.column)]}
          onAnswer={(o) => onDateOrder(q.column, o)}
        />
      ))}
      <SimpleGrid cols={4}>
        <Stat label={t('import.preview.rows')} value={c.rows} testId="count-rows" />
        <Stat label={t('import.preview.new')} value={c.new} color="teal.8" testId="count-new" />
        <Stat label={t('import.preview.match')} value={c.match} testId="count-match" />
        <Stat
          label={t('import.preview.error')}
          value={c.error}
          color={c.error ? 'red.8' : undefined}
          testId="count-error"
        />
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Text fw={600} data-testid="will-create">
          {countList(t, c.create)
            ? t('import.preview.willCreate', { list: countList(t, c.create) })
            : t('import.preview.createsNothing')}
        </Text>
        {countList(t, c.matched) ? (
          <Text size="sm" c="dimmed">
            {t('import.preview.matched', { list: countList(t, c.matched) })}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('import.preview.blank', { blank: c.blank, skipped: c.skipped })}
        </Text>
        {c.error ? (
          <Text size="sm" c="red.8" mt={4}>
            {t('import.preview.errorsSkipped')}
          </Text>
        ) : null}
      </Paper>
      <SegmentedControl
        value={filter}
        onChange={(v) => {
          setFilter(v as RowFilter);
          setPage(1);
        }}
        data={[
          { value: 'all', label: `${t('import.preview.filterAll')} (${c.rows})` },
          { value: 'new', label: `${t('import.preview.filterNew')} (${c.new})` },
          { value: 'match', label: `${t('import.preview.filterMatch')} (${c.match})` },
          { value: 'error', label: `${t('import.preview.filterError')} (${c.error})` },
        ]}
      />
      <Table verticalSpacing="xs" data-testid="preview-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('import.preview.row')}</Table.Th>
            <Table.Th w={120}>{t('import.preview.status')}</Table.Th>
            <Table.Th>{t('import.preview.client')}</Table.Th>
            <Table.Th>{t('import.preview.case')}</Table.Th>
            <Table.Th>{t('import.preview.hearings')}</Table.Th>
            <Table.Th>{t('import.preview.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={r.row} data-testid="preview-row" data-status={r.status}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[r.status]} variant="light">
                  {t(`import.preview.status${r.status === 'new' ? 'New' : r.status === 'match' ? 'Match' : 'Error'}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.client ? <bdi>{r.client}</bdi> : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.caseRef ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.hearingDates.map(formatDate).join(' → ') || '—'}</Text>
              </Table.Td>
              <Table.Td>
                <RowDetails row={r} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 ? <Text c="dimmed">{t('import.preview.nothing')}</Text> : null}
      {pages > 1 ? <Pagination total={pages} value={page} onChange={setPage} /> : null}
      {c.new === 0 ? <Alert color="gray">{t('import.preview.nothingNew')}</Alert> : null}
      {asked ? <Alert color="yellow">{t('import.preview.answerFirst')}</Alert> : null}
      <Group justify="space-between">
        <Group>
          <Button variant="default" onClick={onBack}>
            {t('common.back')}
          </Button>
          <Button variant="subtle" color="gray" onClick={onCancel}>
            {t('import.preview.cancel')}
          </Button>
        </Group>
        <Button onClick={onImport} loading={busy} disabled={asked || c.new === 0}>
          {t('import.preview.importButton', { count: c.new })}
        </Button>
      </Group>
    </Stack>
  );
};
