import { Button, Group, SegmentedControl, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../electron/shared/contract';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useEnumLabel } from '../../i18n/options';
import { formatDate, formatDay, formatTime, partyNames } from '../../lib/format';
import { setRouteParam, useRoute } from '../../lib/router';
import { groupCauseList } from './cause-list';
import './print.css';

const PAPER = { a4: 'A4 portrait', legal: 'legal portrait' } as const;
type Paper = keyof typeof PAPER;

const Row = ({ h, n, redacted, showLawyer }: { h: AgendaItem; n: number; redacted: boolean; showLawyer: boolean }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const last = h.previous
    ? `${formatDate(h.previous.date)}: ${[label('outcome', h.previous.outcome), h.previous.shortOrder].filter(Boolean).join(' — ') || t('print.noOutcome')}`
    : '';
  return (
    <tr>
      <td className="num">{n}</td>
      <td className="time">{formatTime(h.time)}</td>
      <td className="caseno">
        {h.caseNumber ?? h.caseTitle}
        {h.firNumber ? <div className="sub">FIR {h.firNumber}</div> : null}
      </td>
      <td>
        {partyNames(h.parties, redacted)}
        {h.custodyStatus === 'in_custody' ? <div className="sub">({t('print.inCustody')})</div> : null}
      </td>
      <td>{h.purpose}</td>
      <td className="last">{last}</td>
      {showLawyer ? <td>{h.lawyer?.name ?? ''}</td> : null}
    </tr>
  );
};

/** The printed cause list: by date, then forum and bench, in time order, fit for A4 or legal paper. */
export const CauseListPage = () => {
  const { t } = useTranslation();
  const { params } = useRoute();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? from;
  const redacted = params.get('redacted') !== '0';
  const paper: Paper = params.get('paper') === 'legal' ? 'legal' : 'a4';
  const lawyerId = params.get('lawyer') ?? undefined;
  const list = useApiQuery('hearings:agenda', { from, to, ...(lawyerId ? { lawyerId } : {}) }, Boolean(from));
  const set = setRouteParam;
  const days = groupCauseList(list.data ?? [], t('print.noForum'));
  const lawyer = lawyerId ? list.data?.find((h) => h.lawyer?.id === lawyerId)?.lawyer?.name : undefined;
  const title = from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`;
  return (
    <div className="cause-list">
      <style>{`@page { size: ${PAPER[paper]}; margin: 12mm 12mm 14mm; }`}</style>
      <Group className="no-print" mb="md" p="md" bg="gray.0">
        <Button variant="default" onClick={() => window.history.back()}>
          {t('common.back')}
        </Button>
        <Switch
          label={t('print.redacted')}
          checked={redacted}
          onChange={(e) => set('redacted', e.currentTarget.checked ? '1' : '0')}
        />
        <SegmentedControl
          aria-label={t('print.paper')}
          value={paper}
          onChange={(v) => set('paper', v)}
          data={[
            { value: 'a4', label: 'A4' },
            { value: 'legal', label: t('misc.paperLegal') },
          ]}
        />
        <Button onClick={() => window.print()}>{t('print.print')}</Button>
      </Group>
      <ErrorNotice error={list.error} />
      <header>
        <h1>{t('print.causeList')}</h1>
        <div className="range">{title}</div>
        {lawyer ? <div className="range">{`${t('print.lawyer')}: ${lawyer}`}</div> : null}
      </header>
      {list.data && days.length === 0 ? <p>{t('print.none')}</p> : null}
      {days.map((day) => (
        <section key={day.date} className="day">
          {from !== to ? <h2>{formatDay(day.date)}</h2> : null}
          {day.forums.map((f) => (
            <div key={f.key} className="forum">
              <h3>{f.forum}</h3>
              <table>
                <colgroup>
                  <col className="c-num" />
                  <col className="c-time" />
                  <col className="c-case" />
                  <col className="c-parties" />
                  <col className="c-purpose" />
                  <col className="c-last" />
                  {lawyerId ? null : <col />}
                </colgroup>
                <thead>
                  <tr>
                    <th className="num">{t('print.sr')}</th>
                    <th className="time">{t('print.time')}</th>
                    <th>{t('print.caseNo')}</th>
                    <th>{t('print.parties')}</th>
                    <th>{t('print.purpose')}</th>
                    <th>{t('print.lastOrder')}</th>
                    {lawyerId ? null : <th>{t('print.lawyer')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {f.items.map((h, i) => (
                    <Row key={h.id} h={h} n={i + 1} redacted={redacted} showLawyer={!lawyerId} />
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
      <footer>{t('print.generated')}</footer>
    </div>
  );
};
