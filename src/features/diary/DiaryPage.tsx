import type {
  DatesSetArg,
  DayCellContentArg,
  DayHeaderContentArg,
  EventClickArg,
  EventInput,
} from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MonthGrid } from '../../../electron/shared/contract';
import { FORUM_TYPES, type ForumType } from '../../../electron/shared/enums';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { usePrefs } from '../../i18n/language';
import { useEnumOptions } from '../../i18n/options';
import { shiftDate } from '../../lib/dates';
import { downloadText } from '../../lib/download';
import { partyNames } from '../../lib/format';
import { formatNumber } from '../../lib/localize';
import { href, navigate } from '../../lib/router';
import { calendarLocale } from './calendar-locale';
import { forumColorVar } from './forum-colors';

const toEvent = (h: AgendaItem, rank = 0): EventInput => ({
  id: h.id,
  title: `${h.clashesWith.length ? '⚠ ' : ''}${h.caseNumber ?? h.caseTitle} · ${partyNames(h.parties, true)} · ${h.purpose}`,
  // The calendar runs in "UTC" so that Pakistan wall-clock times show exactly as stored.
  start: h.time ? `${h.date}T${h.time}:00` : h.date,
  allDay: !h.time,
  backgroundColor: forumColorVar(h.forumType),
  borderColor: h.clashesWith.length ? 'var(--mantine-color-red-9)' : forumColorVar(h.forumType),
  extendedProps: { caseId: h.caseId, rank },
  classNames: h.clashesWith.length ? ['hearing-clash'] : [],
});

/**
 * The grid views and how many of a day's hearings each shows; the rest open with the day, as a
 * list. An office's day holds hundreds of hearings (issue 8): a week of them in a time grid was
 * thousands of boxes, seconds to draw and no use to read.
 */
const PER_DAY: Record<string, number> = { dayGridMonth: 4, timeGridWeek: 8 };
const MONTH_VIEW = 'dayGridMonth';

type Range = { from: string; to: string; view: string };

/**
 * The month grid's events: each day's first hearings, then "+N more" opening the day's list. An
 * office's month holds thousands of hearings (issue 8): the grid gets counts, not all of them.
 */
const monthEvents = (grid: MonthGrid, more: (n: number) => string): EventInput[] => {
  const shown = new Map<string, number>();
  const events = grid.items.map((h, i) => {
    shown.set(h.date, (shown.get(h.date) ?? 0) + 1);
    return toEvent(h, i);
  });
  for (const d of grid.days) {
    const rest = d.total - (shown.get(d.date) ?? 0);
    if (rest > 0)
      events.push({
        id: `more:${d.date}`,
        title: more(rest),
        start: d.date,
        allDay: true,
        classNames: ['diary-more'],
        backgroundColor: 'transparent',
        borderColor: 'transparent',
        textColor: 'var(--mantine-color-blue-8)',
        extendedProps: { moreOf: d.date, rank: Number.MAX_SAFE_INTEGER },
      });
  }
  return events;
};

/** Day, week, month and agenda views of the hearings, in Pakistan time, coloured by forum type. */
export const DiaryPage = () => {
  const { t } = useTranslation();
  const prefs = usePrefs();
  const today = useApiQuery('app:info', {}).data?.today;
  const lawyers = useApiQuery('lawyers:list', {});
  const forumTypes = useEnumOptions('forumType', FORUM_TYPES);
  const [range, setRange] = useState<Range | null>(null);
  const calendarRef = useRef<FullCalendar>(null);
  const [lawyerId, setLawyerId] = useState<string | null>(null);
  const [forumType, setForumType] = useState<ForumType | null>(null);
  const [exportError, setExportError] = useState<Error | null>(null);
  const filter = { ...(lawyerId ? { lawyerId } : {}), ...(forumType ? { forumType } : {}) };
  const perDay = range ? PER_DAY[range.view] : undefined;
  const isGrid = perDay !== undefined;
  const agenda = useApiQuery(
    'hearings:agenda',
    { from: range?.from ?? '', to: range?.to ?? '', ...filter },
    Boolean(range) && !isGrid,
  );
  const month = useApiQuery(
    'hearings:month',
    { from: range?.from ?? '', to: range?.to ?? '', perDay: perDay ?? 1, ...filter },
    Boolean(range) && isGrid,
  );
  const events = useMemo(
    () =>
      isGrid
        ? month.data
          ? monthEvents(month.data, (count) => t('diary.more', { count }))
          : []
        : (agenda.data ?? []).map((h) => toEvent(h)),
    [isGrid, month.data, agenda.data, t],
  );
  const days = useMemo(() => new Map((month.data?.days ?? []).map((d) => [d.date, d])), [month.data]);
  if (!today) return null;

  /** How many hearings a day holds and how many clash, beside its number or its name. */
  const dayCount = (date: Date) => {
    const d = days.get(date.toISOString().slice(0, 10));
    return d ? (
      <span className="diary-day-count" data-testid="diary-day-count">
        {t('diary.dayTotal', { count: d.total })}
        {d.clashes > 0 ? (
          // Short, for a narrow cell; the words for a screen reader and on hover.
          <span
            className="diary-day-clashes"
            title={t('diary.dayClashes', { count: d.clashes })}
            aria-label={t('diary.dayClashes', { count: d.clashes })}
          >{` · ⚠ ${formatNumber(d.clashes)}`}</span>
        ) : null}
      </span>
    ) : null;
  };

  /** A month cell: its number, and the day's count. */
  const dayCell = (arg: DayCellContentArg) => (
    <>
      {arg.view.type === MONTH_VIEW ? dayCount(arg.date) : null}
      <span>{arg.dayNumberText}</span>
    </>
  );
  /** A week column's heading: the day, and its count under it. */
  const dayHeader = (arg: DayHeaderContentArg) => (
    <>
      <span>{arg.text}</span>
      {arg.view.type === 'timeGridWeek' ? <div>{dayCount(arg.date)}</div> : null}
    </>
  );

  const onDates = (arg: DatesSetArg) => {
    const from = arg.start.toISOString().slice(0, 10);
    const to = shiftDate(arg.end.toISOString().slice(0, 10), -1);
    const view = arg.view.type;
    if (from !== range?.from || to !== range?.to || view !== range?.view) setRange({ from, to, view });
  };
  const exportIcs = async () => {
    if (!range) return;
    try {
      const file = await call('diary:export-ics', { from: range.from, to: range.to });
      downloadText(file.filename, file.content);
      setExportError(null);
    } catch (e) {
      setExportError(e as Error);
    }
  };
  const printHref = range
    ? href(`/print?from=${range.from}&to=${range.to}&redacted=1${lawyerId ? `&lawyer=${lawyerId}` : ''}`)
    : '#';

  return (
    <>
      <PageHeader
        title={t('diary.title')}
        actions={
          <>
            <Button component="a" variant="default" href={printHref}>
              {t('diary.print')}
            </Button>
            <Button variant="default" onClick={() => void exportIcs()}>
              {t('diary.exportIcs')}
            </Button>
          </>
        }
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t('diary.lawyer')}
          placeholder={t('diary.allLawyers')}
          data={(lawyers.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
          value={lawyerId}
          onChange={setLawyerId}
          clearable
          w={240}
        />
        <Select
          label={t('diary.forumType')}
          placeholder={t('diary.allForums')}
          data={forumTypes}
          value={forumType}
          onChange={(v) => setForumType(v as ForumType | null)}
          clearable
          w={240}
        />
        <Text size="xs" c="dimmed" maw={360}>
          {t('diary.unassignedHint')}
        </Text>
      </Group>
      <ErrorNotice error={(isGrid ? month.error : agenda.error) ?? exportError} />
      <Paper withBorder p="md" data-testid="diary-calendar">
        <FullCalendar
          ref={calendarRef}
          plugins={[dayGridPlugin, timeGridPlugin, listPlugin]}
          timeZone="UTC"
          locale={calendarLocale(prefs)}
          direction={prefs.language === 'ur' ? 'rtl' : 'ltr'}
          initialView="timeGridWeek"
          initialDate={today}
          now={today}
          firstDay={1}
          height="auto"
          slotMinTime="07:00:00"
          slotMaxTime="19:00:00"
          allDayText=""
          nowIndicator={false}
          headerToolbar={{
            left: 'prev,next today',
            center: 'title',
            right: 'timeGridDay,timeGridWeek,dayGridMonth,listWeek',
          }}
          buttonText={{
            today: t('diary.today'),
            day: t('diary.day'),
            week: t('diary.week'),
            month: t('diary.month'),
            list: t('diary.agenda'),
          }}
          events={events}
          eventOrder="rank"
          dayCellContent={dayCell}
          dayHeaderContent={dayHeader}
          // A day view of an office's hundreds of hearings: four side by side, the rest behind "+N".
          eventMaxStack={4}
          datesSet={onDates}
          // A title keeps its own direction: an English case number in the Urdu calendar starts at the
          // left and is cut at its end, not its beginning.
          eventDidMount={(info) => info.el.querySelector('.fc-event-title')?.setAttribute('dir', 'auto')}
          eventClick={(info: EventClickArg) => {
            info.jsEvent.preventDefault();
            const day = info.event.extendedProps.moreOf as string | undefined;
            // "+N more": the whole day, as a list.
            if (day) return calendarRef.current?.getApi().changeView('listDay', day);
            navigate(`/cases/${String(info.event.extendedProps.caseId)}`);
          }}
        />
      </Paper>
    </>
  );
};
