import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseloadReport } from '../../../electron/shared/report-schemas';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../lib/format';
import type { ReportTable } from './csv';
import { PageStyle, PrintBar, RedactedMark, useFontsReady, usePrintParams } from './print-parts';
import { useSections } from './sections';

/*
 * The caseload report laid out for print (an annual report, a funder, a human-rights body): the
 * totals, then each breakdown as a chart with its table beneath, and how each number is counted.
 */

/** Charts are drawn at the sheet's width (186 mm at 96 px to the inch). */
const CHART_WIDTH = 700;

const PrintTable = ({ table }: { table: ReportTable }) => (
  <table aria-label={table.title}>
    <thead>
      <tr>
        {table.columns.map((c, i) => (
          <th key={c} className={i > 0 && typeof table.rows[0]?.[i] === 'number' ? 'num' : undefined}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {table.rows.map((row, r) => (
        <tr key={r}>
          {row.map((v, i) => (
            <td key={i} className={typeof v === 'number' ? 'num' : undefined}>
              {v}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);

const Totals = ({ r }: { r: CaseloadReport }) => {
  const { t } = useTranslation();
  const a = r.arrestToBail;
  return (
    <>
      <div className="totals">
        {(['cases', 'clients', 'hearings', 'bailPetitions', 'inCustody'] as const).map((k) => (
          <div key={k}>
            <strong>{r.totals[k]}</strong>
            {t(`reports.totals.${k}`)}
          </div>
        ))}
      </div>
      <p>
        <strong>
          {a.median === null
            ? t('reports.median.none')
            : t('reports.median.headline', { median: a.median, count: a.grants })}
        </strong>
      </p>
    </>
  );
};

export const ReportPrintPage = () => {
  const { t } = useTranslation();
  const { paper, set, params } = usePrintParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const redacted = params.get('redacted') !== '0';
  const q = useApiQuery('reports:caseload', { from, to, redacted }, Boolean(from && to));
  const r = q.data;
  const sections = useSections(r, CHART_WIDTH);
  const ready = useFontsReady(r);
  return (
    <div className="report-print">
      {r ? (
        <PageStyle
          paper={paper}
          redacted={r.redacted}
          foot={`${t('reports.title')} · ${t('reports.period', { from: formatDate(r.from), to: formatDate(r.to) })} · ${t('reports.printedFrom', { date: formatDate(r.printedOn) })}`}
        />
      ) : null}
      {r ? (
        <PrintBar
          redacted={r.redacted}
          byDefault={false}
          ready={ready}
          onRedacted={(on) => set('redacted', on ? '1' : '0')}
          paper={paper}
          onPaper={(p) => set('paper', p)}
        />
      ) : null}
      <ErrorNotice error={q.error} />
      {q.isPending ? (
        <Text className="no-print" ta="center">
          {t('common.loading')}
        </Text>
      ) : null}
      {r ? (
        <article className="report-sheet" data-testid="report-sheet" data-ready={ready ? 'true' : 'false'}>
          <header className="sheet-head">
            <div>
              <h1>{t('reports.title')}</h1>
              <div className="sheet-title">
                {t('reports.period', { from: formatDate(r.from), to: formatDate(r.to) })}
              </div>
            </div>
            <div className="sheet-meta">
              <div>{t('reports.printedOn', { date: formatDate(r.printedOn) })}</div>
              <div>{t('reports.asOf', { date: formatDate(r.asOf) })}</div>
              <RedactedMark redacted={r.redacted} />
            </div>
          </header>
          <Totals r={r} />
          {sections.map((s) => (
            <section key={s.key} className="chart-block" data-testid={`print-${s.key}`}>
              <h2>{s.table.title}</h2>
              {s.chart}
              <PrintTable table={s.table} />
              {s.note ? <p className="notes">{s.note}</p> : null}
            </section>
          ))}
          <section className="notes">
            <h2>{t('reports.notes.title')}</h2>
            <p>{t('reports.notes.cases')}</p>
          </section>
        </article>
      ) : null}
    </div>
  );
};
