import type { ForumType } from '../../../electron/shared/enums';

/** One colour per forum type, the same on every view and the printed list. */
export const FORUM_COLORS: Record<ForumType, string> = {
  magistrate: 'gray',
  sessions: 'blue',
  atc: 'red',
  peca_court: 'grape',
  high_court: 'teal',
  supreme_court: 'indigo',
  fcc: 'violet',
  fsc: 'orange',
  commission: 'yellow',
  other: 'gray',
};

export const forumColor = (t: ForumType | null): string => FORUM_COLORS[t ?? 'other'];
export const forumColorVar = (t: ForumType | null, shade = 7): string =>
  `var(--mantine-color-${forumColor(t)}-${shade})`;
