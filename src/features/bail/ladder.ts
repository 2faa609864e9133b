import type { BailStatus, ForumType } from '../../../electron/shared/enums';

/*
 * The bail ladder as the screen needs it: which forum types to offer when a refused petition is
 * taken higher, and which court to preselect. The backend (electron/core/services/bail-ladder.ts)
 * decides; tests/core/bail.test.ts checks that both offer exactly the same forum types.
 * Sessions and ATC share a rung (ATA s.32); bail orders go to the Supreme Court (Art. 185).
 */
const LADDERS: Partial<Record<ForumType, readonly ForumType[]>> = {
  magistrate: ['sessions', 'high_court', 'supreme_court'],
  peca_court: ['sessions', 'high_court', 'supreme_court'],
  sessions: ['high_court', 'supreme_court'],
  atc: ['high_court', 'supreme_court'],
  high_court: ['supreme_court'],
};

/** Forum types above `from` on its ladder, nearest first. */
export const higherLevelTypes = (from: ForumType): ForumType[] => [...(LADDERS[from] ?? [])];

export const isRefused = (status: BailStatus): boolean => status === 'dismissed' || status === 'withdrawn';

type Court = { id: string; name: string; forumType: ForumType; city: string | null; province: string | null };

/**
 * The court a refused petition most likely goes to: of the nearest forum type above, the one in
 * the same city (the Rawalpindi Bench for ATC Rawalpindi), else the same province, else the
 * principal seat (listed first by name).
 */
export const suggestCourt = (from: Court | undefined, courts: readonly Court[]): string | null => {
  if (!from) return null;
  for (const type of higherLevelTypes(from.forumType)) {
    const candidates = courts.filter((c) => c.forumType === type);
    const pick =
      candidates.find((c) => from.city && c.city === from.city) ??
      candidates.find((c) => from.province && c.province === from.province) ??
      candidates[0];
    if (pick) return pick.id;
  }
  return null;
};

/** Pre-arrest bail filed straight in a High Court, with no Sessions petition before it (PLD 2009 SC 427). */
export const skipsSessions = (
  kind: string | null,
  forumType: ForumType | null | undefined,
  earlier: readonly (ForumType | null)[],
): boolean => kind === 'crpc_498' && forumType === 'high_court' && !earlier.includes('sessions');

/** Status badge colours: relief in green, refusal in red, work in progress in blue or grey. */
export const STATUS_COLORS: Record<BailStatus, string> = {
  drafted: 'gray',
  filed: 'blue',
  fixed: 'indigo',
  ad_interim_granted: 'lime',
  confirmed: 'teal',
  granted: 'teal',
  dismissed: 'red',
  withdrawn: 'orange',
  cancelled: 'red',
};
