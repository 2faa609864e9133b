import type { AgendaItem } from '../../../electron/shared/contract';

export type ForumGroup = { key: string; forum: string; items: AgendaItem[] };
export type DayGroup = { date: string; forums: ForumGroup[] };

/** Groups a range's hearings by date, then by forum and bench (one courtroom), keeping time order. */
export const groupCauseList = (items: AgendaItem[], noForum: string): DayGroup[] => {
  const days = new Map<string, Map<string, ForumGroup>>();
  for (const h of items) {
    const forums = days.get(h.date) ?? new Map<string, ForumGroup>();
    const key = `${h.courtId ?? ''}|${h.bench ?? ''}`;
    const forum = [h.courtName ?? noForum, h.bench].filter(Boolean).join(' — ');
    const group = forums.get(key) ?? { key, forum, items: [] };
    group.items.push(h);
    forums.set(key, group);
    days.set(h.date, forums);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, forums]) => ({
      date,
      forums: [...forums.values()].sort((a, b) => a.forum.localeCompare(b.forum)),
    }));
};
