import type { HearingOutcome } from '../../shared/enums';
import type { PreviewRow, RecordCounts, RowMatch } from '../../shared/import-schemas';
import { newId } from '../lib/ids';
import type { Existing } from './lookups';
import type { RowReader } from './row-values';
import { readOutcome } from './values';
import { caseLabel, caseOf } from './plan-case';
import { makePlanner, zero, type NewHearing, type Planner } from './planner';

export { makePlanner };
export type { ClientData, CaseData, NewHearing, Op, Planner } from './planner';

/* A row's hearings and note, and the row as a whole: its status, matches, creations and problems. */

const outcomeOf = (r: RowReader): { outcome: HearingOutcome | null; shortOrder: string | null } => {
  const said = r.text('outcome');
  const order = r.text('shortOrder');
  if (said) {
    const o = readOutcome(said);
    if (o) return { outcome: o, shortOrder: order };
    return { outcome: 'other', shortOrder: order ? `${said}: ${order}` : said };
  }
  if (r.has('nextDate')) return { outcome: 'adjourned', shortOrder: order };
  return { outcome: order ? 'other' : null, shortOrder: order };
};

/** The row's hearing (and the next date it fixed), new or found, in the diary or the file. */
const hearingsOf = (
  p: Planner,
  existing: Existing,
  r: RowReader,
  kase: { id: string; courtId: string | null },
  creates: RecordCounts,
  matches: RowMatch[],
): string[] => {
  const date = r.date('hearingDate');
  const next = r.date('nextDate');
  const purpose = r.text('purpose') ?? r.text('stage') ?? 'Hearing';
  if (date && next && next <= date) {
    r.issue('nextDate', `The next date must be after the hearing on ${date}`, 'next_before', date);
    return [];
  }
  const { outcome, shortOrder } = outcomeOf(r);
  if (outcome === 'disposed' && next) {
    r.issue('nextDate', 'A disposed case has no next date', 'disposed_next');
    return [];
  }
  const ensure = (d: string, fields: Partial<NewHearing>): NewHearing | null => {
    const key = `${kase.id}|${d}`;
    if (existing.hasHearing(kase.id, d)) {
      matches.push({ kind: 'hearing', label: d, row: null });
      p.matched.hearings.add(key);
      return null;
    }
    const planned = p.hearingsByKey.get(key);
    if (planned) {
      // A diary lists the next date, then that date on its own row with what happened there.
      const fill = Object.entries(fields).filter(
        ([k, v]) => v !== null && v !== undefined && planned[k as keyof NewHearing] === null,
      );
      if (fill.length) {
        const before = { ...planned };
        p.journal.push(() => Object.assign(planned, before));
        Object.assign(planned, Object.fromEntries(fill));
      } else matches.push({ kind: 'hearing', label: d, row: planned.row });
      return planned;
    }
    const h: NewHearing = {
      kind: 'hearing',
      id: newId(),
      caseId: kase.id,
      date: d,
      courtId: kase.courtId,
      bench: r.text('judge'),
      purpose,
      outcome: null,
      shortOrder: null,
      nextDate: null,
      nextHearingId: null,
      row: r.row,
      ...fields,
    };
    p.remember(p.hearingsByKey, key, h);
    p.ops.push(h);
    creates.hearings++;
    return h;
  };
  const dates: string[] = [];
  const nextH = next ? ensure(next, {}) : null;
  if (next) dates.push(next);
  if (date) {
    dates.unshift(date);
    ensure(date, { outcome, shortOrder, nextDate: next, nextHearingId: nextH?.id ?? null });
  }
  return dates;
};

/** Plans one row: its status, what it matches and creates, and its problems. */
export const planRow = (p: Planner, existing: Existing, r: RowReader): PreviewRow => {
  const creates = zero();
  const matches: RowMatch[] = [];
  const base = { row: r.row, client: r.text('clientName') ?? r.text('clientNameUr'), creates, matches };
  const earlier = p.signatures.get(r.signature);
  if (earlier !== undefined && r.issues.length === 0) {
    return {
      ...base,
      status: 'match',
      caseRef: caseLabel(r),
      hearingDates: [],
      duplicateOf: earlier,
      matches: [{ kind: 'duplicate', label: '', row: earlier }],
      errors: [],
    };
  }
  const opsBefore = p.ops.length;
  const journalBefore = p.journal.length;
  const fail = (): PreviewRow => {
    // Nothing of a row with an error is written, and later rows cannot match what it would have made.
    p.ops.length = opsBefore;
    while (p.journal.length > journalBefore) p.journal.pop()?.();
    return {
      ...base,
      status: 'error',
      caseRef: caseLabel(r),
      hearingDates: [],
      duplicateOf: null,
      creates: zero(),
      errors: r.issues,
    };
  };
  // A date that could not be read still lets the rest of the row be checked, so every problem shows at once.
  const kase = caseOf(p, existing, r, creates, matches);
  if (kase === null || r.issues.length) return fail();
  let hearingDates: string[] = [];
  if (kase === 'none') {
    if (p.clientsOf(r, false, creates, matches) === null || r.issues.length) return fail();
  } else {
    hearingDates = hearingsOf(p, existing, r, kase, creates, matches);
    if (r.issues.length) return fail();
    const body = r.text('notes');
    const date = hearingDates[0] ?? p.today;
    if (body && existing.hasNote(kase.id, date, body)) matches.push({ kind: 'note', label: date, row: null });
    else if (body) {
      p.ops.push({ kind: 'note', id: newId(), caseId: kase.id, clientId: null, date, body });
      creates.notes++;
    }
  }
  p.signatures.set(r.signature, r.row);
  // Filling in a hearing an earlier row planned (what happened on that next date) adds to the import too.
  const created = Object.values(creates).some((n) => n > 0) || p.journal.length > journalBefore;
  return {
    ...base,
    status: created ? 'new' : 'match',
    caseRef: kase === 'none' ? null : kase.label,
    hearingDates,
    duplicateOf: null,
    errors: [],
  };
};
