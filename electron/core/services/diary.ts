/*
 * Diary rules, pure: which hearings clash. A clash is the same lawyer on the same date in two
 * different forums, or in two courtrooms of the same forum at nearly the same time. Hearings
 * already decided, or where an adjournment will be sought, no longer clash.
 */

export type ClashCandidate = {
  id: string;
  date: string;
  time: string | null;
  courtId: string | null;
  bench: string | null;
  /** The appearing lawyer's id; hearings with nobody named share the key "unassigned". */
  lawyerKey: string;
  outcome: string | null;
  adjournmentSought: boolean;
};

/** Two courtrooms of one court are reachable in turn unless the cause list fixes them this close. */
export const SAME_COURT_GAP_MINUTES = 30;

const minutes = (time: string): number => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

export const clashes = (a: ClashCandidate, b: ClashCandidate): boolean => {
  if (a.date !== b.date || a.lawyerKey !== b.lawyerKey) return false;
  if (a.courtId !== b.courtId) return true;
  if (!a.time || !b.time || (a.bench ?? '') === (b.bench ?? '')) return false;
  return Math.abs(minutes(a.time) - minutes(b.time)) < SAME_COURT_GAP_MINUTES;
};

/** For each hearing, the ids of the hearings it clashes with (only hearings with a clash appear). */
export const findClashes = (items: ClashCandidate[]): Map<string, string[]> => {
  const open = items.filter((h) => h.outcome === null && !h.adjournmentSought);
  const groups = new Map<string, ClashCandidate[]>();
  for (const h of open) {
    const key = `${h.date}|${h.lawyerKey}`;
    const group = groups.get(key);
    if (group) group.push(h);
    else groups.set(key, [h]);
  }
  const result = new Map<string, string[]>();
  for (const group of groups.values()) {
    for (const a of group) {
      const others = group.filter((b) => b.id !== a.id && clashes(a, b)).map((b) => b.id);
      if (others.length > 0) result.set(a.id, others);
    }
  }
  return result;
};
