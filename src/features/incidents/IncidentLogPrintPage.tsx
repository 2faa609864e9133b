import { useTranslation } from 'react-i18next';
import type { Incident, IncidentLog } from '../../../electron/shared/incident-schemas';
import { useApiQuery } from '../../api/queries';
import { useEnumLabel } from '../../i18n/options';
import { formatDate, formatTime } from '../../lib/format';
import { PrintFrame, RedactedMark, usePrintParams } from '../reports/print-parts';
import { fileSize, groupedHash, ltr } from './evidence-format';
import './custody.css';

/* The client's incidents as a dated chronology, to annex to a protection petition or a complaint. */

const Block = ({ i, n, redacted }: { i: Incident; n: number; redacted: boolean }) => {
  const { t } = useTranslation();
  const who = [t(`incidents.perpetrators.${i.perpetratorCategory}`), i.perpetratorDescription]
    .filter(Boolean)
    .join(': ');
  return (
    <section className="incident-block" data-testid="log-incident">
      <h3>{`${n}. ${`${formatDate(i.date)} ${formatTime(i.time)}`.trim()} — ${t(`incidents.kinds.${i.kind}`)}`}</h3>
      <dl className="facts">
        <dt>{t('incidents.place')}</dt>
        <dd>{i.place ?? '—'}</dd>
        <dt>{t('incidents.perpetratorCategory')}</dt>
        <dd>{who}</dd>
        <dt>{t('incidents.witnesses')}</dt>
        <dd>{redacted ? <span className="withheld">{t('reports.withheld')}</span> : (i.witnesses ?? '—')}</dd>
        <dt>{t('incidents.reports')}</dt>
        <dd>
          {i.reports.length === 0
            ? t('incidents.notReported')
            : i.reports.map((r, k) => (
                <div key={k}>
                  {[t(`incidents.reportKinds.${r.kind}`), r.madeTo, r.reference, r.date ? formatDate(r.date) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              ))}
        </dd>
        {i.caseTitle ? (
          <>
            <dt>{t('incidents.case')}</dt>
            <dd>{i.caseTitle}</dd>
          </>
        ) : null}
        <dt>{t('incidents.evidence.title')}</dt>
        <dd>
          {i.evidence.length === 0
            ? '—'
            : i.evidence.map((e) => (
                <div key={e.id}>
                  {`${e.filename} (${fileSize(e.sizeBytes)}) · SHA-256 `}
                  <span className="hash">{ltr(groupedHash(e.sha256))}</span>
                </div>
              ))}
        </dd>
      </dl>
      <p className="narrative">{i.narrative}</p>
    </section>
  );
};

const Sheet = ({ log }: { log: IncidentLog }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <>
      <header className="sheet-head">
        <div>
          <h1>{t('incidents.logTitle')}</h1>
          <div className="sheet-title" data-testid="log-client">
            {log.clientLabel}
          </div>
        </div>
        <div className="sheet-meta">
          <div>{t('reports.printedOn', { date: formatDate(log.printedOn) })}</div>
          <div>{t('reports.confidential')}</div>
          <RedactedMark redacted={log.redacted} />
        </div>
      </header>
      {log.redacted ? <p className="muted">{t('reports.redactedNote')}</p> : null}
      <p>
        {`${t('incidents.riskLine')}: ${label('risk', log.riskLevel)} · ${t('incidents.count', { count: log.incidents.length })}`}
      </p>
      {log.incidents.length === 0 ? <p>{t('incidents.none')}</p> : null}
      {log.incidents.map((i, n) => (
        <Block key={i.id} i={i} n={n + 1} redacted={log.redacted} />
      ))}
      <p className="muted">{t('incidents.preparedBy', { who: log.preparedBy })}</p>
    </>
  );
};

export const IncidentLogPrintPage = ({ clientId }: { clientId: string }) => {
  const { redacted } = usePrintParams();
  const q = useApiQuery('incidents:log-report', redacted === undefined ? { clientId } : { clientId, redacted });
  return (
    <PrintFrame data={q.data} error={q.error} pending={q.isPending} testId="incident-log-sheet">
      {(log) => <Sheet log={log} />}
    </PrintFrame>
  );
};
