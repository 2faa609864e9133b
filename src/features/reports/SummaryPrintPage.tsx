import { useTranslation } from 'react-i18next';
import type { CaseSummaryReport } from '../../../electron/shared/report-schemas';
import { useApiQuery } from '../../api/queries';
import { useEnumLabel } from '../../i18n/options';
import { formatDate, formatTime } from '../../lib/format';
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

/*
 * The one-page case summary a senior lawyer is handed before a hearing: who, what FIR and which
 * offences, where the case stands, custody, the last three dates and the next, deadlines, bail
 * across forums and counsel. Redacted, it can leave the office.
 */

const Custody = ({ s }: { s: CaseSummaryReport }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const c = s.custody;
  return (
    <section>
      <h2>{t('reports.summary.custody')}</h2>
      <dl className="facts">
        <dt>{t('reports.summary.custody')}</dt>
        <dd>
          <strong>{label('custody', c.status)}</strong>
        </dd>
        {c.arrestDate ? (
          <>
            <dt>{t('reports.summary.arrestedOn')}</dt>
            <dd>{`${formatDate(c.arrestDate)} ${formatTime(c.arrestTime)}`.trim()}</dd>
          </>
        ) : null}
        {c.releaseDate ? (
          <>
            <dt>{t('reports.summary.releasedOn')}</dt>
            <dd>{formatDate(c.releaseDate)}</dd>
          </>
        ) : null}
        {c.days !== null ? (
          <>
            <dt>
              {c.status === 'in_custody'
                ? t('reports.summary.daysInCustody')
                : t('reports.summary.daysArrestToRelease')}
            </dt>
            <dd>
              <strong>{t('reports.days', { count: c.days })}</strong>
            </dd>
          </>
        ) : null}
        {c.nextMilestone ? (
          <>
            <dt>{t('reports.summary.nextMilestone')}</dt>
            <dd>
              {`${formatDate(c.nextMilestone.dueDate)}: `}
              <bdi>{ruleName(c.nextMilestone.title)}</bdi>
              <div className="muted">{c.nextMilestone.source}</div>
            </dd>
          </>
        ) : null}
      </dl>
      {c.capitalCharge ? <p className="muted">{t('reports.summary.capital')}</p> : null}
    </section>
  );
};

const Hearings = ({ s }: { s: CaseSummaryReport }) => {
  const { t } = useTranslation();
  const outcome = useOutcomeLine();
  return (
    <section>
      <h2>{t('reports.summary.lastHearings')}</h2>
      {s.lastHearings.length === 0 ? (
        <p>{t('reports.summary.noHearings')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th style={{ width: '19mm' }}>{t('reports.summary.date')}</th>
              <th style={{ width: '48mm' }}>{t('reports.summary.forum')}</th>
              <th>{t('reports.summary.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {s.lastHearings.map((h) => (
              <tr key={`${h.date}-${h.purpose}`}>
                <td className="date">{formatDate(h.date)}</td>
                <td>
                  {forumLine(h)}
                  <div className="muted">{h.purpose}</div>
                </td>
                <td>{outcome(h)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.unrecorded > 0 ? <p className="muted">{t('reports.summary.unrecorded', { count: s.unrecorded })}</p> : null}
    </section>
  );
};

const Deadlines = ({ s }: { s: CaseSummaryReport }) => {
  const { t } = useTranslation();
  const ahead = s.openDeadlines.filter((d) => !d.overdue);
  const past = s.openDeadlines.filter((d) => d.overdue);
  return (
    <section>
      <h2>{t('reports.summary.deadlines')}</h2>
      {ahead.length === 0 ? <p>{t('reports.summary.noDeadlines')}</p> : null}
      {ahead.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th style={{ width: '19mm' }}>{t('reports.summary.due')}</th>
              <th>{t('reports.summary.deadline')}</th>
              <th style={{ width: '52mm' }}>{t('reports.summary.law')}</th>
            </tr>
          </thead>
          <tbody>
            {ahead.map((d) => (
              <tr key={`${d.title}-${d.dueDate}`}>
                <td className="date">{dateTime(d.dueDate, d.dueTime)}</td>
                <td>{ruleName(d.title)}</td>
                <td>{d.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {past.length > 0 ? (
        <p className="muted">
          {`${t('reports.summary.overdue')}: `}
          {past.map((d, i) => (
            <span key={`${d.title}-${d.dueDate}`}>
              {i > 0 ? '; ' : null}
              <bdi>{`${ruleName(d.title)} (${formatDate(d.dueDate)})`}</bdi>
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
};

const Bail = ({ s }: { s: CaseSummaryReport }) => {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{t('reports.summary.bail')}</h2>
      {s.bail.length === 0 ? (
        <p>{t('reports.summary.noBail')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th style={{ width: '19mm' }}>{t('reports.summary.filed')}</th>
              <th>{t('reports.summary.forum')}</th>
              <th>{t('reports.summary.kind')}</th>
              <th>{t('reports.summary.status')}</th>
              <th style={{ width: '19mm' }}>{t('reports.summary.order')}</th>
            </tr>
          </thead>
          <tbody>
            {s.bail.map((b) => (
              <tr key={b.id}>
                <td className="date">{formatDate(b.filingDate) || '—'}</td>
                <td>
                  {b.escalatedFromId ? '→ ' : ''}
                  {b.forum ?? t('reports.notRecorded')}
                  {b.party ? <div className="muted">{b.party}</div> : null}
                </td>
                <td>{t(`bail.kinds.${b.kind}`)}</td>
                <td>{t(`bail.statuses.${b.status}`)}</td>
                <td className="date">{formatDate(b.orderDate) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};

const Sheet = ({ s }: { s: CaseSummaryReport }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <>
      <header className="sheet-head">
        <div>
          <h1>{t('reports.summary.title')}</h1>
          <div className="sheet-title">{s.title}</div>
        </div>
        <div className="sheet-meta">
          <div>{t('reports.printedOn', { date: formatDate(s.printedOn) })}</div>
          <div>{t('reports.confidential')}</div>
          <RedactedMark redacted={s.redacted} />
        </div>
      </header>
      {s.redacted ? <p className="muted">{t('reports.redactedNote')}</p> : null}
      <div className="next-box" data-testid="summary-next">
        {`${t('reports.summary.nextDate')}: `}
        {s.nextDate ? (
          <>
            <strong>{dateTime(s.nextDate.date, s.nextDate.time)}</strong>
            {` — ${[forumLine(s.nextDate), s.nextDate.purpose].filter(Boolean).join(' · ')}`}
          </>
        ) : (
          <strong>{t('reports.summary.noNextDate')}</strong>
        )}
      </div>
      <div className="cols">
        <section>
          <h2>{s.parties.length > 1 ? t('reports.summary.clients') : t('reports.summary.client')}</h2>
          {s.parties.map((p) => (
            <PersonBlock key={p.clientId} p={p} showRole={s.parties.length > 1 || p.role !== 'accused'} />
          ))}
        </section>
        <section>
          <h2>{t('reports.summary.courtAndCounsel')}</h2>
          <dl className="facts">
            <dt>{t('reports.summary.forum')}</dt>
            <dd>{s.forum ?? '—'}</dd>
            <dt>{t('reports.summary.caseNumber')}</dt>
            <dd>{s.caseNumber ?? '—'}</dd>
            <dt>{t('reports.summary.caseType')}</dt>
            <dd>{`${label('caseType', s.caseType)} · ${label('status', s.status)}`}</dd>
            <dt>{t('reports.summary.stage')}</dt>
            <dd>{s.stage ?? '—'}</dd>
            <dt>{t('reports.summary.team')}</dt>
            <dd>{s.counsel.team.join(', ') || '—'}</dd>
            <dt>{t('reports.summary.prosecutor')}</dt>
            <dd>{s.counsel.prosecutor ?? '—'}</dd>
            {s.counsel.opposingCounsel ? (
              <>
                <dt>{t('reports.summary.opposing')}</dt>
                <dd>{s.counsel.opposingCounsel}</dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>
      <div className="cols">
        <section>
          <h2>{t('reports.summary.fir')}</h2>
          <dl className="facts">
            <dt>{t('reports.summary.firNo')}</dt>
            <dd>{s.fir.number ?? '—'}</dd>
            <dt>{t('reports.summary.firDate')}</dt>
            <dd>{formatDate(s.fir.date) || '—'}</dd>
            <dt>{t('reports.summary.policeStation')}</dt>
            <dd>{s.fir.policeStation ?? '—'}</dd>
            <dt>{t('reports.summary.district')}</dt>
            <dd>{s.fir.district ?? '—'}</dd>
            <dt>{t('reports.summary.agency')}</dt>
            <dd>{label('agency', s.fir.agency) || '—'}</dd>
          </dl>
          <h3>{t('reports.summary.offences')}</h3>
          {s.offences.length === 0 ? (
            <p>—</p>
          ) : (
            <ul className="plain">
              {s.offences.map((o) => (
                <li key={`${o.statute}-${o.section}`}>{o.label}</li>
              ))}
            </ul>
          )}
        </section>
        <Custody s={s} />
      </div>
      <Hearings s={s} />
      <Deadlines s={s} />
      <Bail s={s} />
    </>
  );
};

export const SummaryPrintPage = ({ caseId }: { caseId: string }) => {
  const { redacted } = usePrintParams();
  const q = useApiQuery('reports:case-summary', redacted === undefined ? { caseId } : { caseId, redacted });
  return (
    <PrintFrame data={q.data} error={q.error} pending={q.isPending} testId="summary-sheet">
      {(s) => <Sheet s={s} />}
    </PrintFrame>
  );
};
