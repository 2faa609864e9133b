import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { AuditEntry, AuditOp } from '../../../electron/shared/audit-schemas';
import { formatDateAndTime } from '../../lib/format';

/** One save as the lawyer made it: the entries one transaction wrote, by one person. */
export type HistoryGroup = {
  key: string;
  at: string;
  actor: string;
  lines: { table: string; op: AuditOp; fields: string[]; count: number }[];
};

/** Entries this close together, by the same person, are one save (a case, its parties, its deadlines). */
const SAME_SAVE_MS = 2000;

/** Groups entries (newest first, as audit:list gives them) into saves, each listing what it touched. */
export const groupHistory = (entries: AuditEntry[]): HistoryGroup[] => {
  const groups: { at: string; actor: string; entries: AuditEntry[] }[] = [];
  for (const e of entries) {
    const current = groups.at(-1);
    const last = current?.entries.at(-1);
    if (current && last && last.actor === e.actor && Date.parse(last.at) - Date.parse(e.at) <= SAME_SAVE_MS) {
      current.entries.push(e);
    } else {
      groups.push({ at: e.at, actor: e.actor, entries: [e] });
    }
  }
  return groups.map((g) => {
    const lines = new Map<string, HistoryGroup['lines'][number]>();
    // Oldest first inside a save: the case before its parties and deadlines.
    for (const e of [...g.entries].reverse()) {
      const fields = e.op === 'update' ? e.fields : [];
      const key = `${e.table}|${e.op}|${fields.join(',')}`;
      const line = lines.get(key);
      if (line) line.count += 1;
      else lines.set(key, { table: e.table, op: e.op, fields, count: 1 });
    }
    return { key: String(g.entries[0]?.seq), at: g.at, actor: g.actor, lines: [...lines.values()] };
  });
};

/** "short_order" → "short order", "court_id" → "court": column names as words. */
export const fieldLabel = (column: string): string => column.replace(/_id$/, '').replace(/_/g, ' ');

/** 27 Nov 2026, 3:04 PM in Pakistan, whatever the computer's zone. */
export const formatInstant = (iso: string): string => {
  const [date = '', time = ''] = format(new Date(iso), 'yyyy-MM-dd HH:mm', { in: tz('Asia/Karachi') }).split(' ');
  return formatDateAndTime(date, time);
};
