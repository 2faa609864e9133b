import type { CaseEvent, LegalRule } from '../../shared/deadline-schemas';
import type { CustodyStatus, ForumType, RuleTrigger } from '../../shared/enums';
import type { ForumRef } from './court-calendar';

/** The facts of a case that deadlines count from. */
export type CaseFacts = {
  caseId: string;
  firDate: string | null;
  arrestDate: string | null;
  arrestTime: string | null;
  releaseDate: string | null;
  custodyStatus: CustodyStatus;
  capitalCharge: boolean;
  /** The case's forum (where it is pending). */
  forum: ForumRef | null;
  events: (CaseEvent & { forum: ForumRef | null })[];
};

export type Trigger = {
  key: string;
  kind: RuleTrigger;
  label: string;
  date: string;
  time: string | null;
  endDate: string | null;
  /** The court whose order it is (an event's court, else the case's forum). */
  forum: ForumRef | null;
  event: (CaseEvent & { forum: ForumRef | null }) | null;
};

const EVENT_LABELS: Record<string, string> = {
  police_remand: 'Police remand order',
  judicial_remand: 'Judicial remand order',
  ata_remand: 'ATA remand order',
  judgment: 'Judgment',
  protective_bail: 'Protective bail order',
  detention_order: 'Detention order',
};

const fromEvents = (facts: CaseFacts, kind: RuleTrigger): Trigger[] =>
  facts.events
    .filter((e) => e.kind === kind)
    .map((e) => ({
      key: e.id,
      kind,
      label: EVENT_LABELS[kind] ?? kind,
      date: e.date,
      time: e.time,
      endDate: e.endDate,
      forum: e.forum ?? facts.forum,
      event: e,
    }));

/** Every trigger of a kind on this case: the case's own FIR and arrest, or recorded events. */
export const triggersOf = (facts: CaseFacts, kind: RuleTrigger): Trigger[] => {
  const base = { endDate: null, forum: facts.forum, event: null };
  if (kind === 'arrest') {
    return facts.arrestDate
      ? [{ ...base, key: 'case:arrest', kind, label: 'Arrest', date: facts.arrestDate, time: facts.arrestTime }]
      : [];
  }
  if (kind === 'fir') {
    return facts.firDate
      ? [{ ...base, key: 'case:fir', kind, label: 'FIR registered', date: facts.firDate, time: null }]
      : [];
  }
  if (kind === 'police_remand_first') {
    const [first] = fromEvents(facts, 'police_remand').sort((a, b) => a.date.localeCompare(b.date));
    // One key whichever order is first, so an earlier order moves this deadline instead of adding one.
    return first ? [{ ...first, key: 'case:first-police-remand', kind, label: 'First police remand order' }] : [];
  }
  return fromEvents(facts, kind);
};

/** Whether a rule's conditions hold for this trigger and case. */
export const conditionsHold = (rule: LegalRule, t: Trigger, facts: CaseFacts): boolean => {
  const c = rule.conditions;
  const details = t.event?.details ?? {};
  const forumType: ForumType | null = t.forum?.forumType ?? null;
  if (c.capital !== undefined && c.capital !== facts.capitalCharge) return false;
  if (c.result && (!details.result || !c.result.includes(details.result))) return false;
  if (c.sentence && (!details.sentence || !c.sentence.includes(details.sentence))) return false;
  if (c.forumTypes && (!forumType || !c.forumTypes.includes(forumType))) return false;
  if (c.writ !== undefined && Boolean(details.writ) !== c.writ) return false;
  if (c.inCustody !== undefined && (facts.custodyStatus === 'in_custody') !== c.inCustody) return false;
  const start = t.date;
  if (rule.effectiveFrom && start < rule.effectiveFrom) return false;
  if (rule.effectiveTo && start > rule.effectiveTo) return false;
  return true;
};
