import { useTranslation } from 'react-i18next';
import type { ClientDossier, DossierCase } from '../../../electron/shared/report-schemas';
import { useApiQuery } from '../../api/queries';
import { useEnumLabel } from '../../i18n/options';
import { formatDate } from '../../lib/format';
import { ruleName } from '../../i18n/rule-names';
import {
  PersonBlock,
  PrintFrame,
  RedactedMark,
  dateTime,
  forumLine,
  useOutcomeLine,
  usePrintParams,
} from './print-parts';

/* Every case of one client across forums, and one merged list of what comes next. */

const CaseBlock = ({ c }: { c: DossierCase }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const outcome = useOutcomeLine();
  const fir = c.firNumber
    ? c.firDate
      ? t('reports.dossier.firOf', { number: c.firNumber, date: formatDate(c.firDate) })
      : t('reports.dossier.fir', { number: c.firNumber })
    : null;
  return (
    <section className="dossier-case">
      <h3>{c.title}</h3>
      <dl className="facts">
        <dt>{t('reports.summary.forum')}</dt>
        <dd>{[c.forum, c.caseNumber].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>{t('reports.summary.caseType')}</dt>
        <dd>{`${label('caseType', c.caseType)} · ${label('status', c.status)} · ${label('role', c.role)}`}</dd>
        <dt>{t('reports.summary.fir')}</dt>
        <dd>
          {[fir, c.policeStation ? t('reports.dossier.ps', { name: c.policeStation }) : null]
            .filter(Boolean)
            .join(', ') || '—'}
        </dd>
        <dt>{t('reports.summary.offences')}</dt>
        <dd>{c.offences.map((o) => o.label).join('; ') || '—'}</dd>
        <dt>{t('reports.summary.stage')}</dt>
        <dd>{c.stage ?? '—'}</dd>
        <dt>{t('reports.summary.custody')}</dt>
        <dd>
          {label('custody', c.custodyStatus)}
          {c.arrestDate ? ` · ${t('reports.summary.arrestedOn')} ${formatDate(c.arrestDate)}` : ''}
          {c.daysInCustody !== null
            ? ` · ${t(c.custodyStatus === 'in_custody' ? 'reports.dossier.heldNow' : 'reports.dossier.heldUntilRelease', { count: c.daysInCustody })}`
            : ''}
        </dd>
        <dt>{t('reports.dossier.last')}</dt>
        <dd>{c.lastHearing ? `${formatDate(c.lastHearing.date)}: ${outcome(c.lastHearing)}` : '—'}</dd>
        <dt>{t('reports.dossier.next')}</dt>
        <dd>
          {c.nextDate ? (
            <strong>{`${dateTime(c.nextDate.date, c.nextDate.time)} — ${c.nextDate.purpose}`}</strong>
          ) : (
            t('reports.summary.noNextDate')
          )}
        </dd>
        <dt>{t('reports.dossier.bail')}</dt>
        <dd>
          {c.bail
            ? [
                t(`bail.kinds.${c.bail.kind}`),
                c.bail.forum,
                t(`bail.statuses.${c.bail.status}`),
                c.bail.orderDate ? formatDate(c.bail.orderDate) : null,
              ]
                .filter(Boolean)
                .join(' · ')
            : '—'}
        </dd>
        <dt>{t('reports.summary.deadlines')}</dt>
        <dd>{t('reports.dossier.deadlines', { count: c.openDeadlines })}</dd>
      </dl>
    </section>
  );
};

const Upcoming = ({ d }: { d: ClientDossier }) => {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{t('reports.dossier.upcoming')}</h2>
      {d.upcoming.length === 0 ? (
        <p>{t('reports.dossier.noUpcoming')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th style={{ width: '27mm' }}>{t('reports.summary.date')}</th>
              <th style={{ width: '18mm' }} />
              <th>{t('reports.dossier.case')}</th>
              <th>{t('reports.dossier.what')}</th>
            </tr>
          </thead>
          <tbody>
            {d.upcoming.map((u) => (
              <tr key={`${u.kind}-${u.caseId}-${u.date}-${u.what}`}>
                <td className="date">{dateTime(u.date, u.time)}</td>
                <td>{t(`reports.dossier.${u.kind}`)}</td>
                <td>
                  {u.caseRef}
                  {u.forum ? <div className="muted">{forumLine({ forum: u.forum, bench: null })}</div> : null}
                </td>
                <td>{ruleName(u.what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};

export const DossierPrintPage = ({ clientId }: { clientId: string }) => {
  const { redacted } = usePrintParams();
  const q = useApiQuery('reports:client-dossier', redacted === undefined ? { clientId } : { clientId, redacted });
  return (
    <PrintFrame data={q.data} error={q.error} pending={q.isPending} testId="dossier-sheet">
      {(d) => <DossierSheet d={d} />}
    </PrintFrame>
  );
};

const DossierSheet = ({ d }: { d: ClientDossier }) => {
  const { t } = useTranslation();
  return (
    <>
      <header className="sheet-head">
        <div>
          <h1>{t('reports.dossier.title')}</h1>
          <div className="sheet-title">{d.person.label}</div>
        </div>
        <div className="sheet-meta">
          <div>{t('reports.printedOn', { date: formatDate(d.printedOn) })}</div>
          <div>{t('reports.confidential')}</div>
          <RedactedMark redacted={d.redacted} />
        </div>
      </header>
      {d.redacted ? <p className="muted">{t('reports.redactedNote')}</p> : null}
      <section>
        <h2>{t('reports.summary.client')}</h2>
        <PersonBlock p={d.person} showRole={false} />
      </section>
      <Upcoming d={d} />
      <h2>{t('reports.dossier.cases')}</h2>
      {d.cases.length === 0 ? <p>{t('reports.dossier.noCases')}</p> : null}
      {d.cases.map((c) => (
        <CaseBlock key={c.caseId} c={c} />
      ))}
    </>
  );
};
