import { Button, Grid, Group, Paper, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { format, parseISO, subDays, subYears } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { CaseloadReport } from '../../../electron/shared/report-schemas';
import { useApiQuery } from '../../api/queries';
import { DateField } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { downloadText } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { href, navigate, useRoute } from '../../lib/router';
import { csvName, toCsv, type ReportTable } from './csv';
import { useSections, type Section } from './sections';
import './strings';

/* The caseload report in the app: a period, the numbers, a chart and a table for each, CSV and print. */

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** A table of many columns goes under its chart rather than beside it. */
const wide = (s: Section) => s.table.columns.length > 3;

/** The period in the address (#/reports?from=…&to=…), this calendar year by default. */
const usePeriod = (today: string) => {
  const { params } = useRoute();
  const year = today.slice(0, 4);
  const from = params.get('from') ?? `${year}-01-01`;
  const to = params.get('to') ?? `${year}-12-31`;
  const redacted = params.get('redacted') !== '0';
  const go = (next: { from?: string; to?: string; redacted?: boolean }) => {
    const p = new URLSearchParams({ from: next.from ?? from, to: next.to ?? to });
    if (!(next.redacted ?? redacted)) p.set('redacted', '0');
    navigate(`/reports?${p.toString()}`);
  };
  return { from, to, redacted, go };
};

export const TableView = ({ table }: { table: ReportTable }) => (
  <Table striped withTableBorder fz="sm" aria-label={table.title}>
    <Table.Thead>
      <Table.Tr>
        {table.columns.map((c, i) => (
          <Table.Th key={c} ta={i > 0 && typeof table.rows[0]?.[i] === 'number' ? 'right' : undefined}>
            {c}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {table.rows.map((row, r) => (
        <Table.Tr key={r}>
          {row.map((v, i) => (
            <Table.Td key={i} ta={typeof v === 'number' ? 'right' : undefined} className="tabular">
              {v}
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);

const Totals = ({ r }: { r: CaseloadReport }) => {
  const { t } = useTranslation();
  const a = r.arrestToBail;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {(['cases', 'clients', 'hearings', 'bailPetitions', 'inCustody'] as const).map((k) => (
          <Paper key={k} withBorder p="md" ta="center">
            <Text size="xl" fw={700} className="tabular" data-testid={`total-${k}`}>
              {r.totals[k]}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`reports.totals.${k}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Text fw={600} data-testid="median-headline">
        {a.median === null
          ? t('reports.median.none')
          : t('reports.median.headline', { median: a.median, count: a.grants })}
      </Text>
    </Stack>
  );
};

export const ReportsPage = () => {
  const { t } = useTranslation();
  const today = useApiQuery('app:info', {}).data?.today ?? '';
  const { from, to, redacted, go } = usePeriod(today || '2000-01-01');
  const valid = Boolean(today) && from <= to;
  const q = useApiQuery('reports:caseload', { from, to, redacted }, valid);
  const sections = useSections(q.data);
  const printHref = href(`/print-report?from=${from}&to=${to}&redacted=${redacted ? '1' : '0'}`);
  const presets = today
    ? [
        { label: t('reports.thisYear'), from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` },
        {
          label: t('reports.lastYear'),
          from: `${Number(today.slice(0, 4)) - 1}-01-01`,
          to: `${Number(today.slice(0, 4)) - 1}-12-31`,
        },
        { label: t('reports.last12'), from: iso(subDays(subYears(parseISO(today), 1), -1)), to: today },
      ]
    : [];
  return (
    <>
      <PageHeader
        title={t('reports.title')}
        subtitle={t('reports.subtitle')}
        actions={
          <Button component="a" href={printHref} disabled={!q.data}>
            {t('reports.printReport')}
          </Button>
        }
      />
      <Paper withBorder p="md" mb="lg">
        <Group align="flex-end" wrap="wrap">
          <DateField
            label={t('reports.from')}
            value={from}
            onChange={(v) => v && go({ from: v })}
            w={150}
            clearable={false}
          />
          <DateField
            label={t('reports.to')}
            value={to}
            onChange={(v) => v && go({ to: v })}
            w={150}
            clearable={false}
          />
          {presets.map((p) => (
            <Button key={p.label} variant="default" onClick={() => go({ from: p.from, to: p.to })}>
              {p.label}
            </Button>
          ))}
          <Switch
            label={t('reports.redactSwitch')}
            checked={redacted}
            onChange={(e) => go({ redacted: e.currentTarget.checked })}
          />
        </Group>
      </Paper>
      {today && from > to ? (
        <Text c="red" mb="md">
          {t('reports.badPeriod')}
        </Text>
      ) : null}
      <ErrorNotice error={q.error} />
      {q.data && valid ? (
        <Stack gap="lg">
          <Text c="dimmed" size="sm">
            {`${t('reports.period', { from: formatDate(q.data.from), to: formatDate(q.data.to) })} · ${t('reports.asOf', { date: formatDate(q.data.asOf) })}`}
          </Text>
          <Totals r={q.data} />
          {sections.map((s) => (
            <Paper key={s.key} withBorder p="md" data-testid={`section-${s.key}`}>
              <Group justify="space-between" mb="sm">
                <Title order={4}>{s.table.title}</Title>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t('reports.exportCsvOf', { table: s.table.title })}
                  onClick={() => downloadText(csvName(s.table, from, to), toCsv(s.table), 'text/csv;charset=utf-8')}
                >
                  {t('reports.exportCsv')}
                </Button>
              </Group>
              <Grid gap="lg">
                {s.chart ? <Grid.Col span={{ base: 12, lg: wide(s) ? 12 : 7 }}>{s.chart}</Grid.Col> : null}
                <Grid.Col span={{ base: 12, lg: s.chart && !wide(s) ? 5 : 12 }}>
                  <TableView table={s.table} />
                </Grid.Col>
              </Grid>
              {s.note ? (
                <Text size="xs" c="dimmed" mt="sm">
                  {s.note}
                </Text>
              ) : null}
            </Paper>
          ))}
          <Text size="xs" c="dimmed">
            {t('reports.notes.cases')}
          </Text>
        </Stack>
      ) : null}
    </>
  );
};
