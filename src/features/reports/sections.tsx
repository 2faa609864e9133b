import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadReport } from '../../../electron/shared/report-schemas';
import { useEnumLabel } from '../../i18n/options';
import { BailBars, COLORS, CountBars, MonthBars } from './charts';
import type { ReportTable } from './csv';
import { reportTables } from './tables';

/* The report's sections, in order: each a table and (most) a chart drawn from the same rows. */

export type Section = { key: string; table: ReportTable; chart: ReactNode | null; note?: string };

const counts = (table: ReportTable, labelCol = 0, valueCol = table.columns.length - 1) =>
  table.rows.map((r) => ({ label: String(r[labelCol]), value: Number(r[valueCol]) }));

export const useSections = (r: CaseloadReport | undefined, width?: number): Section[] => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  if (!r) return [];
  const tb = reportTables(r, t, label);
  const bars = (table: ReportTable, color?: string) => (
    <CountBars data={counts(table)} name={table.columns.at(-1) ?? ''} width={width} color={color} />
  );
  return [
    { key: 'byLaw', table: tb.byLaw, chart: bars(tb.byLaw), note: t('reports.notes.law') },
    { key: 'byForum', table: tb.byForum, chart: bars(tb.byForum) },
    { key: 'byStage', table: tb.byStage, chart: bars(tb.byStage) },
    { key: 'byDistrict', table: tb.byDistrict, chart: bars(tb.byDistrict) },
    {
      key: 'bailByForum',
      table: tb.bailByForum,
      chart: r.bailByForum.length ? <BailBars rows={r.bailByForum} width={width} /> : null,
      note: t('reports.notes.bail'),
    },
    { key: 'arrestToBail', table: tb.arrestToBail, chart: null, note: t('reports.notes.median') },
    {
      key: 'custodyBands',
      table: tb.custodyBands,
      chart: bars(tb.custodyBands, COLORS.dismissed),
      note: t('reports.notes.custody'),
    },
    { key: 'custody', table: tb.custody, chart: null },
    {
      key: 'hearingsByMonth',
      table: tb.hearingsByMonth,
      chart: <MonthBars rows={r.hearingsByMonth} width={width} />,
      note: t('reports.notes.hearings'),
    },
  ];
};
