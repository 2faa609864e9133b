import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CaseloadReport } from '../../../electron/shared/report-schemas';
import { monthLabel } from './tables';

/*
 * The report's charts (recharts). On screen they fill their column; in print they are drawn at a
 * fixed width, without animation, so the PDF holds the finished picture. Every bar carries its
 * number: a printed chart is read without a tooltip.
 */

export const COLORS = {
  bar: '#0b7285',
  granted: '#2b8a3e',
  dismissed: '#c92a2a',
  pending: '#e67700',
  withdrawn: '#868e96',
  adjourned: '#adb5bd',
};

type Size = { width?: number };

// Drawn left to right in Urdu too: SVG anchors a label's "end" at its left in a right-to-left page,
// which would lay the category names over the bars.
const Frame = ({ width, height, children }: { width?: number; height: number; children: ReactElement }) =>
  width ? (
    <div dir="ltr" style={{ width, height }}>
      {children}
    </div>
  ) : (
    <div dir="ltr">
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </div>
  );

const tick = { fontSize: 11, fill: '#333' };
/** A category name keeps its own direction inside the left-to-right chart ("0 تا 14 دن" stays in order). */
const ownDirection = (label: unknown): string => `\u2068${String(label)}\u2069`;

/** One count per category, as horizontal bars (long court names read well on the left). */
export const CountBars = ({
  data,
  name,
  width,
  color = COLORS.bar,
}: Size & { data: { label: string; value: number }[]; name: string; color?: string }) => {
  const height = Math.max(90, 30 + data.length * 32);
  return (
    <Frame width={width} height={height}>
      <BarChart
        data={data}
        layout="vertical"
        width={width}
        height={height}
        margin={{ top: 4, right: 36, bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="#e9ecef" />
        <XAxis type="number" allowDecimals={false} tick={tick} />
        <YAxis type="category" dataKey="label" width={210} tick={tick} tickFormatter={ownDirection} />
        {width ? null : <Tooltip />}
        <Bar dataKey="value" name={name} fill={color} isAnimationActive={false} barSize={18}>
          <LabelList dataKey="value" position="right" fontSize={11} fill="#111" />
        </Bar>
      </BarChart>
    </Frame>
  );
};

/** Bail outcomes per forum, stacked: granted, dismissed, pending, withdrawn. */
export const BailBars = ({ rows, width }: Size & { rows: CaseloadReport['bailByForum'] }) => {
  const { t } = useTranslation();
  const data = rows.map((r) => ({ ...r, label: r.forum ?? t('reports.notRecorded') }));
  const height = Math.max(110, 60 + data.length * 34);
  const keys = ['granted', 'dismissed', 'pending', 'withdrawn'] as const;
  return (
    <Frame width={width} height={height}>
      <BarChart
        data={data}
        layout="vertical"
        width={width}
        height={height}
        margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="#e9ecef" />
        <XAxis type="number" allowDecimals={false} tick={tick} />
        <YAxis type="category" dataKey="label" width={210} tick={tick} tickFormatter={ownDirection} />
        {width ? null : <Tooltip />}
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={null} />
        {keys.map((k) => (
          <Bar
            key={k}
            dataKey={k}
            stackId="bail"
            name={t(`reports.cols.${k}`)}
            fill={COLORS[k]}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={k}
              position="center"
              fontSize={10}
              fill="#fff"
              formatter={(v) => (v ? String(v) : '')}
            />
          </Bar>
        ))}
      </BarChart>
    </Frame>
  );
};

/** Hearings per month, with the adjourned ones beside them. */
export const MonthBars = ({ rows, width }: Size & { rows: CaseloadReport['hearingsByMonth'] }) => {
  const { t } = useTranslation();
  const data = rows.map((r) => ({ ...r, label: monthLabel(r.month) }));
  return (
    <Frame width={width} height={240}>
      <BarChart data={data} width={width} height={240} margin={{ top: 16, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#e9ecef" />
        <XAxis
          dataKey="label"
          tick={{ ...tick, fontSize: 10 }}
          tickFormatter={ownDirection}
          interval={0}
          angle={data.length > 8 ? -35 : 0}
          textAnchor={data.length > 8 ? 'end' : 'middle'}
          height={data.length > 8 ? 48 : 24}
        />
        <YAxis allowDecimals={false} tick={tick} width={32} />
        {width ? null : <Tooltip />}
        <Legend wrapperStyle={{ fontSize: 11 }} itemSorter={null} />
        <Bar dataKey="hearings" name={t('reports.cols.hearings')} fill={COLORS.bar} isAnimationActive={false}>
          <LabelList
            dataKey="hearings"
            position="top"
            fontSize={10}
            fill="#111"
            formatter={(v) => (v ? String(v) : '')}
          />
        </Bar>
        <Bar dataKey="adjourned" name={t('reports.cols.adjourned')} fill={COLORS.adjourned} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
};
