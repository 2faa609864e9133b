import '../bail/strings';
import { Alert, Button, Group, SegmentedControl, Switch, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HearingLine, ReportPerson } from '../../../electron/shared/report-schemas';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useEnumLabel } from '../../i18n/options';
import { formatDate, formatTime } from '../../lib/format';
import { setRouteParam, useRoute } from '../../lib/router';
import './strings';
import './report.css';

/* Pieces shared by the printed summary, dossier and report. */

export const PAPER = { a4: 'A4 portrait', legal: 'legal portrait' } as const;
export type Paper = keyof typeof PAPER;

/** The print options in the address: `redacted` absent means the default for these clients. */
export const usePrintParams = () => {
  const { params } = useRoute();
  const r = params.get('redacted');
  const redacted = r === '1' ? true : r === '0' ? false : undefined;
  const paper: Paper = params.get('paper') === 'legal' ? 'legal' : 'a4';
  return { redacted, paper, set: setRouteParam, params };
};

/** Waits for the fonts the page prints in (Noto Sans, and Nastaliq for Urdu) before saying ready. */
export const useFontsReady = (key: unknown): boolean => {
  const [readyFor, setReadyFor] = useState<unknown>(null);
  useEffect(() => {
    if (key === undefined || key === null) return;
    let live = true;
    const loads = [
      document.fonts.load('400 10pt "Noto Sans"', 'Case'),
      document.fonts.load('700 10pt "Noto Sans"', 'Case'),
      document.fonts.load('400 12pt "Noto Nastaliq Urdu"', 'مقدمہ'),
    ];
    void Promise.all(loads)
      .then(() => document.fonts.ready)
      .then(() => live && setReadyFor(key));
    return () => {
      live = false;
    };
  }, [key]);
  return key !== undefined && key !== null && readyFor === key;
};

export const PrintBar = ({
  redacted,
  byDefault,
  ready,
  onRedacted,
  paper,
  onPaper,
  children,
}: {
  redacted: boolean;
  byDefault: boolean;
  ready: boolean;
  onRedacted: (on: boolean) => void;
  paper: Paper;
  onPaper: (p: Paper) => void;
  children?: ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <div className="no-print">
      <Group mb="md" p="md" bg="gray.0">
        <Button variant="default" onClick={() => window.history.back()}>
          {t('common.back')}
        </Button>
        <Switch
          label={t('reports.redactSwitch')}
          checked={redacted}
          onChange={(e) => onRedacted(e.currentTarget.checked)}
        />
        <SegmentedControl
          aria-label={t('reports.paper')}
          value={paper}
          onChange={(v) => onPaper(v === 'legal' ? 'legal' : 'a4')}
          data={[
            { value: 'a4', label: 'A4' },
            { value: 'legal', label: t('misc.paperLegal') },
          ]}
        />
        {children}
        <Button onClick={() => void document.fonts.ready.then(() => window.print())} disabled={!ready}>
          {t('print.print')}
        </Button>
      </Group>
      {byDefault && !redacted ? (
        <Alert color="red" variant="light" mx="md" mb="md">
          {t('reports.unredactedWarning')}
        </Alert>
      ) : null}
    </div>
  );
};

/** The "REDACTED" stamp at the head of the sheet (the page margins repeat it on every page). */
export const RedactedMark = ({ redacted }: { redacted: boolean }) => {
  const { t } = useTranslation();
  return redacted ? (
    <div className="stamp" data-testid="redacted-mark">
      {t('reports.redactedMark')}
    </div>
  ) : null;
};

/** A value, or "withheld" in a redacted printout, or a dash. */
export const Withheld = ({ value, withheld }: { value: ReactNode; withheld: boolean }) => {
  const { t } = useTranslation();
  if (withheld) return <span className="withheld">{t('reports.withheld')}</span>;
  return <>{value || '—'}</>;
};

const RELATION = { son_of: 's/o', daughter_of: 'd/o', wife_of: 'w/o' } as const;

export const PersonBlock = ({ p, showRole }: { p: ReportPerson; showRole: boolean }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const family = p.guardianName
    ? `${p.guardianRelation ? RELATION[p.guardianRelation] : ''} ${p.guardianName}`.trim()
    : null;
  return (
    <div className="person">
      <div className="person-name">
        <strong>{p.label}</strong>
        {p.nameUr ? (
          <span className="urdu-name" lang="ur" dir="rtl">
            {p.nameUr}
          </span>
        ) : null}
        {showRole && p.role ? <span className="muted"> — {label('role', p.role)}</span> : null}
      </div>
      <dl className="facts">
        <dt>{t('reports.summary.cnic')}</dt>
        <dd>
          <Withheld value={p.cnic} withheld={p.withheld} />
        </dd>
        <dt>{t('reports.summary.phone')}</dt>
        <dd>
          <Withheld value={p.phone} withheld={p.withheld} />
        </dd>
        <dt>{t('reports.summary.address')}</dt>
        <dd>
          <Withheld value={p.address} withheld={p.withheld} />
        </dd>
        <dt>{t('reports.summary.family')}</dt>
        <dd>
          <Withheld value={family} withheld={p.withheld} />
        </dd>
        <dt>{t('reports.summary.contact')}</dt>
        <dd>
          <Withheld value={p.contactPerson} withheld={p.withheld} />
        </dd>
        {p.withheld ? null : (
          <>
            <dt>{t('reports.summary.risk')}</dt>
            <dd>
              {label('risk', p.riskLevel)}
              {p.sensitive ? ` · ${t('clients.sensitive')}` : ''}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
};

/** "27 Nov 2026 9:30 AM" */
export const dateTime = (date: string, time: string | null) => `${formatDate(date)} ${formatTime(time)}`.trim();

/** "Adjourned — Notice to the State" */
export const useOutcomeLine = () => {
  const label = useEnumLabel();
  return (h: HearingLine) => [label('outcome', h.outcome), h.shortOrder].filter(Boolean).join(' — ');
};

export const forumLine = (h: { forum: string | null; bench: string | null }) =>
  [h.forum, h.bench].filter(Boolean).join(' — ');

const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The page: its size and margins, and in the margins of every sheet the confidentiality line,
 * the page number and, when redacted, "REDACTED" (CSS page-margin boxes, which Chromium prints).
 */
export const PageStyle = ({ paper, redacted, foot }: { paper: Paper; redacted: boolean; foot: string }) => {
  const { t } = useTranslation();
  const mark = redacted
    ? `@top-right { content: ${cssString(t('reports.redactedMark'))}; color: #b00; font: 700 9pt 'Noto Sans', sans-serif; letter-spacing: 0.15em; }`
    : '';
  return (
    <style>{`@page { size: ${PAPER[paper]}; margin: 13mm 12mm 14mm; ${mark}
  @bottom-left { content: ${cssString(foot)}; font: 7.5pt 'Noto Sans', sans-serif; color: #444; }
  @bottom-right { content: ${cssString(`${t('reports.page')} `)} counter(page) ${cssString(` ${t('reports.of')} `)} counter(pages); font: 7.5pt 'Noto Sans', sans-serif; color: #444; } }`}</style>
  );
};

type Printable = { redacted: boolean; redactedByDefault: boolean; printedOn: string };

/**
 * The frame every printed report shares: page style and foot, the toolbar (redaction, paper, print),
 * errors and loading, and the sheet with the attributes the tests and the print button wait on.
 */
export const PrintFrame = <T extends Printable>({
  data,
  error,
  pending,
  testId,
  children,
}: {
  data: T | undefined;
  error: Error | null;
  pending: boolean;
  testId: string;
  children: (data: T) => ReactNode;
}) => {
  const { t } = useTranslation();
  const { paper, set } = usePrintParams();
  const ready = useFontsReady(data);
  return (
    <div className="report-print">
      {data ? (
        <>
          <PageStyle
            paper={paper}
            redacted={data.redacted}
            foot={`${t('reports.confidential')} · ${t('reports.printedFrom', { date: formatDate(data.printedOn) })}`}
          />
          <PrintBar
            redacted={data.redacted}
            byDefault={data.redactedByDefault}
            ready={ready}
            onRedacted={(on) => set('redacted', on ? '1' : '0')}
            paper={paper}
            onPaper={(p) => set('paper', p)}
          />
        </>
      ) : null}
      <ErrorNotice error={error} />
      {pending ? (
        <Text className="no-print" ta="center">
          {t('common.loading')}
        </Text>
      ) : null}
      {data ? (
        <article
          className="report-sheet"
          data-testid={testId}
          data-ready={ready ? 'true' : 'false'}
          data-redacted={data.redacted ? 'true' : 'false'}
        >
          {children(data)}
        </article>
      ) : null}
    </div>
  );
};
