import type { BailKind, BailStatus, ForumType } from '../../shared/enums';

/*
 * The bail ladder: which forum a refused bail petition goes to next. Pure; no database.
 *
 * From shared/domain/pakistan-law.md §1.1 and §2: bail under CrPC 497/498 lies concurrently with
 * the Court of Session and the High Court, and a refusal is taken up the hierarchy (Sessions, then
 * the High Court, then the Supreme Court under Art. 185). An Anti-Terrorism Court is deemed a
 * Court of Session (ATA s.32), so bail refused there (ATA s.21-D) goes to the High Court. A PECA
 * designated court doing magistrate work sits where a magistrate sits. Bail orders go to the
 * Supreme Court, not the Federal Constitutional Court (Art. 185; §1.1 "App implication (FCC)").
 */

/** Each ladder, lowest rung first. A forum type climbs the ladder it starts on. */
const LADDERS: Partial<Record<ForumType, readonly ForumType[]>> = {
  magistrate: ['magistrate', 'sessions', 'high_court', 'supreme_court'],
  peca_court: ['peca_court', 'sessions', 'high_court', 'supreme_court'],
  sessions: ['sessions', 'high_court', 'supreme_court'],
  atc: ['atc', 'high_court', 'supreme_court'],
  high_court: ['high_court', 'supreme_court'],
  supreme_court: ['supreme_court'],
};

/** Rung of a forum type: equal rungs are the same level (a Sessions Court and an ATC). */
const LEVEL: Partial<Record<ForumType, number>> = {
  magistrate: 1,
  peca_court: 1,
  sessions: 2,
  atc: 2,
  high_court: 3,
  supreme_court: 4,
};

const NAMES: Record<ForumType, string> = {
  magistrate: 'Magistrate',
  sessions: 'Sessions Court',
  atc: 'Anti-Terrorism Court',
  peca_court: 'PECA court',
  high_court: 'High Court',
  supreme_court: 'Supreme Court',
  fcc: 'Federal Constitutional Court',
  fsc: 'Federal Shariat Court',
  commission: 'Commission',
  other: 'Other forum',
};

/** Forum types that hear bail and sit on a ladder. */
export const isBailForum = (type: ForumType): boolean => LEVEL[type] !== undefined;

export const forumLevel = (type: ForumType): number | null => LEVEL[type] ?? null;

/** Every forum type a petition refused at `from` may be taken to, nearest first. */
export const higherForumTypes = (from: ForumType): ForumType[] => (LADDERS[from] ?? []).slice(1);

/** The forum type a refused petition ordinarily goes to next; null at the top or off the ladder. */
export const nextForumType = (from: ForumType): ForumType | null => higherForumTypes(from)[0] ?? null;

/** "Sessions Court → High Court → Supreme Court" */
export const describeLadder = (from: ForumType): string => (LADDERS[from] ?? [from]).map((t) => NAMES[t]).join(' → ');

export const forumTypeName = (type: ForumType): string => NAMES[type];

/** Only an order refusing bail, or a petition taken back, is taken to the next forum. */
export const ESCALABLE_STATUSES: readonly BailStatus[] = ['dismissed', 'withdrawn'];
export const canEscalate = (status: BailStatus): boolean => ESCALABLE_STATUSES.includes(status);

/**
 * Why a petition refused at a forum of type `from` cannot go to a forum of type `to`, or null
 * when it can. The message explains the ladder, for the lawyer to read.
 */
export const escalationProblem = (from: ForumType, to: ForumType): string | null => {
  if (!isBailForum(from)) {
    return `The ${NAMES[from]} is not on the bail ladder (Magistrate → Sessions Court → High Court → Supreme Court; Anti-Terrorism Court → High Court → Supreme Court).`;
  }
  const targets = higherForumTypes(from);
  if (targets.length === 0) return `The ${NAMES[from]} is the last forum for bail; there is nowhere higher to go.`;
  if (targets.includes(to)) return null;
  const ladder = `The ladder from here is ${describeLadder(from)}: choose the ${targets.map((t) => NAMES[t]).join(' or the ')}.`;
  if (!isBailForum(to)) return `The ${NAMES[to]} does not hear bail on this ladder. ${ladder}`;
  return `The ${NAMES[to]} is not above the ${NAMES[from]}. ${ladder}`;
};

/**
 * Pre-arrest bail (CrPC 498) is ordinarily sought in the Sessions Court first (PLD 2009 SC 427);
 * going straight to the High Court needs exceptional circumstances. A hint only, never a refusal.
 */
export const skipsSessionsForPreArrest = (
  kind: BailKind,
  forumType: ForumType | null,
  earlierForumTypes: readonly (ForumType | null)[],
): boolean => kind === 'crpc_498' && forumType === 'high_court' && !earlierForumTypes.includes('sessions');

type Orderable = { id: string; escalatedFromId: string | null; filingDate: string | null; createdAt: string };

const byAge = (a: Orderable, b: Orderable): number => {
  const day = (p: Orderable) => p.filingDate ?? p.createdAt.slice(0, 10);
  return day(a).localeCompare(day(b)) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
};

/**
 * Orders petitions as ladders: the oldest first petition, then each escalation right after the
 * petition it came from, then the next ladder. A petition whose origin is not in the list starts
 * a ladder of its own.
 */
export const orderAsLadders = <T extends Orderable>(petitions: readonly T[]): T[] => {
  const ids = new Set(petitions.map((p) => p.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const p of petitions) {
    if (p.escalatedFromId && ids.has(p.escalatedFromId) && p.escalatedFromId !== p.id) {
      children.set(p.escalatedFromId, [...(children.get(p.escalatedFromId) ?? []), p]);
    } else roots.push(p);
  }
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (p: T) => {
    if (seen.has(p.id)) return;
    seen.add(p.id);
    out.push(p);
    [...(children.get(p.id) ?? [])].sort(byAge).forEach(visit);
  };
  [...roots].sort(byAge).forEach(visit);
  // A cycle (impossible through the app) would leave rows unvisited: show them rather than lose them.
  [...petitions]
    .filter((p) => !seen.has(p.id))
    .sort(byAge)
    .forEach(visit);
  return out;
};
