import { tz } from '@date-fns/tz';
import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodySheet } from '../../../electron/shared/incident-schemas';
import { call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { formatDate, formatTime } from '../../lib/format';
import { localDigits } from '../../lib/localize';
import { downloadBase64 } from '../../lib/download';
import { PrintFrame, RedactedMark, usePrintParams } from '../reports/print-parts';
import { bytesText, exactSize, groupedHash, ltr } from './evidence-format';
import './custody.css';

/* The chain-of-custody sheet of one evidence item, printed (or saved as PDF) and exported to Word. */

/** "27 Nov 2026 14:05:09 PKT": custody times to the second, in Pakistan, on the 24-hour clock. */
const pkt = (iso: string): string => {
  const [date = '', time = ''] = format(new Date(iso), 'yyyy-MM-dd HH:mm:ss', { in: tz('Asia/Karachi') }).split(' ');
  return `${formatDate(date)} ${localDigits(time)} PKT`;
};

/** A custody detail as a clerk reads it: hashes in groups of eight, the verification's result in words. */
const useDetail = () => {
  const { t } = useTranslation();
  const edited: Record<string, string> = {
    source: t('incidents.custody.source'),
    description: t('incidents.custody.description'),
  };
  return (detail: string | null): string =>
    (detail ?? '')
      // An edit names the fields it changed ("source, description").
      .replace(/^(source|description)(, (source|description))?$/, (all) =>
        all
          .split(', ')
          .map((f) => edited[f] ?? f)
          .join(', '),
      )
      .replace(/^match: /, `${t('incidents.evidence.verified')}: `)
      .replace(/^MISMATCH: /, `${t('incidents.evidence.mismatch')}: `)
      .replace(/\b[0-9a-f]{64}\b/g, (h) => ltr(groupedHash(h)))
      .replace(/(\d+) bytes$/, (_m, n: string) => bytesText(Number(n)));
};

const Sheet = ({ s }: { s: CustodySheet }) => {
  const { t } = useTranslation();
  const { item, incident } = s;
  const detail = useDetail();
  const when = `${formatDate(incident.date)} ${formatTime(incident.time)}`.trim();
  return (
    <>
      <header className="sheet-head">
        <div>
          <h1>{t('incidents.custody.title')}</h1>
          <div className="sheet-title">{`${t('incidents.custody.subtitle')}: ${item.filename}`}</div>
        </div>
        <div className="sheet-meta">
          <div>{t('reports.printedOn', { date: formatDate(s.printedOn) })}</div>
          <div>{t('reports.confidential')}</div>
          <RedactedMark redacted={s.redacted} />
        </div>
      </header>
      {s.redacted ? <p className="muted">{t('reports.redactedNote')}</p> : null}
      <section>
        <dl className="facts custody-facts">
          <dt>{t('incidents.custody.client')}</dt>
          <dd data-testid="custody-client">{s.clientLabel}</dd>
          <dt>{t('incidents.custody.incident')}</dt>
          <dd>{[t(`incidents.kinds.${incident.kind}`), when, incident.place].filter(Boolean).join(' · ')}</dd>
          <dt>{t('incidents.custody.fileName')}</dt>
          <dd>{item.filename}</dd>
          <dt>{t('incidents.custody.type')}</dt>
          <dd>{item.mime}</dd>
          <dt>{t('incidents.custody.size')}</dt>
          <dd>{exactSize(item.sizeBytes)}</dd>
          <dt>{t('incidents.custody.sha256')}</dt>
          <dd className="hash" dir="ltr" data-testid="custody-hash">
            {groupedHash(item.sha256)}
          </dd>
          <dt>{t('incidents.custody.source')}</dt>
          <dd className="source">{item.sourceUrl ? ltr(item.sourceUrl) : '—'}</dd>
          <dt>{t('incidents.custody.description')}</dt>
          <dd>{item.description ?? '—'}</dd>
          <dt>{t('incidents.custody.added')}</dt>
          <dd>{t('incidents.custody.addedBy', { when: pkt(item.addedAt), who: item.addedBy })}</dd>
          <dt>{t('incidents.custody.itemId')}</dt>
          <dd className="hash" dir="ltr">
            {item.id}
          </dd>
        </dl>
      </section>
      <section>
        <h2>{t('incidents.custody.events')}</h2>
        <table className="custody-events">
          <thead>
            <tr>
              <th style={{ width: '9mm' }}>{t('incidents.custody.n')}</th>
              <th style={{ width: '42mm' }}>{t('incidents.custody.when')}</th>
              <th style={{ width: '32mm' }}>{t('incidents.custody.who')}</th>
              <th style={{ width: '36mm' }}>{t('incidents.custody.what')}</th>
              <th>{t('incidents.custody.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {s.events.map((e, i) => (
              <tr key={e.id} data-testid="custody-event">
                <td>{localDigits(String(i + 1))}</td>
                <td className="date">{pkt(e.at)}</td>
                <td>{e.actor}</td>
                <td>{t(`incidents.custody.actions.${e.action}`)}</td>
                <td className="detail">{detail(e.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="muted custody-note">{t('incidents.custody.hashNote')}</p>
      <p className="muted">{t('incidents.custody.made', { when: pkt(s.generatedAt), who: s.generatedBy })}</p>
      <div className="custody-signature">
        <span>{t('incidents.custody.signature')}</span>
      </div>
    </>
  );
};

export const CustodySheetPage = ({ evidenceId }: { evidenceId: string }) => {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { redacted } = usePrintParams();
  const input = redacted === undefined ? { id: evidenceId } : { id: evidenceId, redacted };
  const q = useApiQuery('evidence:custody-sheet', input);
  const word = useApiMutation('evidence:export-sheet-docx');
  const shownRedacted = q.data?.redacted;
  // Printing (the button or Ctrl+P) is itself a custody event.
  useEffect(() => {
    if (shownRedacted === undefined) return;
    const log = () =>
      void call('evidence:record-print', { id: evidenceId, redacted: shownRedacted }).then(() =>
        qc.invalidateQueries({ queryKey: ['evidence:custody-sheet'] }),
      );
    window.addEventListener('beforeprint', log);
    return () => window.removeEventListener('beforeprint', log);
  }, [evidenceId, shownRedacted, qc]);
  return (
    <PrintFrame data={q.data} error={q.error ?? word.error} pending={q.isPending} testId="custody-sheet">
      {(s) => (
        <>
          <div className="no-print custody-actions">
            <Button
              variant="default"
              size="xs"
              loading={word.isPending}
              onClick={() =>
                word.mutate(
                  { id: evidenceId, redacted: s.redacted },
                  { onSuccess: (f) => downloadBase64(f.filename, f.base64, f.mime) },
                )
              }
            >
              {t('incidents.custody.saveWord')}
            </Button>
          </div>
          <Sheet s={s} />
        </>
      )}
    </PrintFrame>
  );
};
