import type { TFunction } from 'i18next';
import type { CaseloadReport } from '../../../electron/shared/report-schemas';
import { formatDate } from '../../lib/format';
import type { ReportTable } from './csv';

/*
 * The tables behind the report's charts, with their labels in words: the same rows show on
 * screen, print under each chart and export as CSV.
 */

export const monthLabel = (month: string): string => formatDate(`${month}-01`).replace(/^[1۱] /, '');

type Label = (group: string, value: string | null | undefined) => string;

export const reportTables = (r: CaseloadReport, t: TFunction, label: Label) => {
  const none = t('reports.notRecorded');
  const c = (key: string) => t(`reports.cols.${key}`);
  const table = (id: keyof typeof TITLES, columns: string[], rows: (string | number)[][]): ReportTable => ({
    id: TITLES[id],
    title: t(`reports.tables.${id}`),
    columns,
    rows,
  });
  return {
    byLaw: table(
      'byLaw',
      [c('law'), c('cases')],
      r.byLaw.map((x) => [t(`reports.laws.${x.group}`), x.cases]),
    ),
    byForum: table(
      'byForum',
      [c('forum'), c('forumType'), c('cases')],
      r.byForum.map((x) => [x.forum ?? none, label('forumType', x.forumType) || none, x.cases]),
    ),
    byStage: table(
      'byStage',
      [c('stage'), c('cases')],
      r.byStage.map((x) => [x.stage ?? none, x.cases]),
    ),
    byDistrict: table(
      'byDistrict',
      [c('district'), c('cases')],
      r.byDistrict.map((x) => [x.district ?? none, x.cases]),
    ),
    bailByForum: table(
      'bailByForum',
      [c('forum'), c('granted'), c('dismissed'), c('pending'), c('withdrawn'), c('total')],
      r.bailByForum.map((x) => [x.forum ?? none, x.granted, x.dismissed, x.pending, x.withdrawn, x.total]),
    ),
    arrestToBail: table(
      'arrestToBail',
      [c('measure'), c('value')],
      [
        [t('reports.median.median'), r.arrestToBail.median ?? '—'],
        [t('reports.median.grants'), r.arrestToBail.grants],
        [t('reports.median.min'), r.arrestToBail.min ?? '—'],
        [t('reports.median.max'), r.arrestToBail.max ?? '—'],
        [t('reports.median.undated'), r.arrestToBail.undated],
        [t('reports.median.noArrest'), r.arrestToBail.noArrest],
      ],
    ),
    custodyBands: table(
      'custodyBands',
      [c('band'), c('clients')],
      r.custodyBands.map((x) => [t(`reports.bands.${x.band}`), x.clients]),
    ),
    custody: table(
      'custody',
      [c('client'), c('caseRefs'), c('arrested'), c('days')],
      r.custody.map((x) => [x.client, x.cases, formatDate(x.arrestDate), x.days]),
    ),
    hearingsByMonth: table(
      'hearingsByMonth',
      [c('month'), c('hearings'), c('adjourned')],
      r.hearingsByMonth.map((x) => [monthLabel(x.month), x.hearings, x.adjourned]),
    ),
  };
};

/** File names of the CSV exports, in English whatever the interface language. */
const TITLES = {
  byLaw: 'cases-by-law',
  byForum: 'cases-by-forum',
  byStage: 'cases-by-stage',
  byDistrict: 'cases-by-district',
  bailByForum: 'bail-outcomes-by-forum',
  arrestToBail: 'days-arrest-to-bail',
  custodyBands: 'time-in-custody',
  custody: 'clients-in-custody',
  hearingsByMonth: 'hearings-per-month',
} as const;
