import type { CaseEvent, LegalRule } from '../../electron/shared/deadline-schemas';
import type { CaseEventKind } from '../../electron/shared/enums';
import type { ForumRef } from '../../electron/core/services/court-calendar';
import type { CaseFacts } from '../../electron/core/services/deadline-triggers';

/*
 * Hand-made facts for the pure deadline engine: forums as the calendar sees them, case events and
 * a case's FIR, arrest and release. Court ids starting "seed:" are the seeded High Courts and apex
 * courts; the district courts are the office's own ("k:").
 */

const forum = (
  courtId: string,
  forumType: ForumRef['forumType'],
  province: ForumRef['province'],
  name: string,
  parentId: string | null = null,
): ForumRef => ({ courtId, parentId, forumType, province, name });

export const FORUMS = {
  sessionsLahore: forum('k:sessions-lhr', 'sessions', 'punjab', 'Sessions Judge, Lahore'),
  magistrateLahore: forum('k:magistrate-lhr', 'magistrate', 'punjab', 'Judicial Magistrate Section 30, Lahore'),
  atcRawalpindi: forum('k:atc-rwp', 'atc', 'punjab', 'Anti-Terrorism Court No. 1, Rawalpindi'),
  sessionsIslamabad: forum('k:sessions-isb', 'sessions', 'ict', 'Sessions Court Islamabad (West)'),
  sessionsKarachi: forum('k:sessions-khi', 'sessions', 'sindh', 'District and Sessions Judge, Karachi South'),
  sessionsPeshawar: forum('k:sessions-psh', 'sessions', 'kp', 'Sessions Judge, Peshawar'),
  lhc: forum('seed:lhc', 'high_court', 'punjab', 'Lahore High Court'),
  lhcRawalpindi: forum('seed:lhc-rwp', 'high_court', 'punjab', 'Lahore High Court, Rawalpindi Bench', 'seed:lhc'),
  shc: forum('seed:shc', 'high_court', 'sindh', 'Sindh High Court'),
  ihc: forum('seed:ihc', 'high_court', 'ict', 'Islamabad High Court'),
  sc: forum('seed:sc', 'supreme_court', 'ict', 'Supreme Court of Pakistan'),
  coied: forum('seed:coied', 'commission', 'ict', 'Commission of Inquiry on Enforced Disappearances'),
} satisfies Record<string, ForumRef>;

export type FactEvent = CaseFacts['events'][number];

let counter = 0;

/** A recorded event; `court` is the court whose order it is (null: the case's forum). */
export const event = (
  kind: CaseEventKind,
  date: string,
  more: Partial<Omit<CaseEvent, 'kind' | 'date'>> & { court?: ForumRef | null } = {},
): FactEvent => {
  const { court = null, ...rest } = more;
  counter += 1;
  return {
    id: `ev-${kind}-${date}-${counter}`,
    caseId: 'case-1',
    kind,
    date,
    time: null,
    endDate: null,
    courtId: court?.courtId ?? null,
    courtName: court?.name ?? null,
    relatedEventId: null,
    details: {},
    note: null,
    ...rest,
    forum: court,
  };
};

/** A judgment; the conviction's sentence band, the writ flag and the court as given. */
export const judgment = (
  date: string,
  court: ForumRef,
  details: FactEvent['details'],
  more: Partial<Omit<CaseEvent, 'kind' | 'date' | 'details'>> = {},
): FactEvent => event('judgment', date, { court, details, ...more });

/** The certified-copy application and the copy-ready notice of a judgment. */
export const copyOf = (of: FactEvent, applied: string, ready: string | null): FactEvent[] => [
  event('copy_applied', applied, { relatedEventId: of.id }),
  ...(ready ? [event('copy_ready', ready, { relatedEventId: of.id })] : []),
];

export const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  caseId: 'case-1',
  firDate: null,
  arrestDate: null,
  arrestTime: null,
  releaseDate: null,
  custodyStatus: 'unknown',
  capitalCharge: false,
  forum: null,
  events: [],
  ...over,
});

/** A rule built by hand on top of a seeded one (same id unless given). */
export const variant = (base: LegalRule, over: Partial<LegalRule>): LegalRule => ({ ...base, ...over });
