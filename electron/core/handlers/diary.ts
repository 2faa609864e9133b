import { DEFAULT_REMINDERS, reminderSettings } from '../../shared/diary-schemas';
import { AppFailure } from '../errors';
import { agendaBetween, agendaOfCase } from '../repos/agenda';
import { hearingsToIcs } from '../services/ics';
import { getCaseDetail } from '../repos/cases';
import { resolveClash } from '../repos/hearings';
import { listLawyers } from '../repos/reference';
import { readSetting, writeSetting } from '../repos/settings';
import { REMINDER_SETTINGS_KEY } from '../services/reminder-runner';
import type { HandlerContext, HandlerGroup } from './context';

/** The missed list lives in memory, not the database: check the lock as every data channel does. */
const assertUnlocked = (ctx: HandlerContext): void => {
  if (ctx.vault.state() !== 'unlocked')
    throw new AppFailure('LOCKED', 'Muhafiz is locked. Unlock it with your passphrase.');
};

const settingsOf = (ctx: HandlerContext) => ({
  reminders: readSetting(ctx.vault.db, REMINDER_SETTINGS_KEY, reminderSettings, DEFAULT_REMINDERS),
});

/** A filename that names no client: the case number's digits, or the range. */
const icsName = (what: string) => `muhafiz-hearings-${what.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-|-$/g, '')}.ics`;

export const diaryHandlers = {
  'lawyers:list': (ctx) => listLawyers(ctx.vault.db),
  'hearings:resolve-clash': (ctx, input) => resolveClash(ctx.vault.db, input, ctx.now().toISOString()),
  'settings:get': settingsOf,
  'settings:update-reminders': (ctx, input) => {
    writeSetting(ctx.vault.db, REMINDER_SETTINGS_KEY, input, ctx.now().toISOString());
    return settingsOf(ctx);
  },
  'reminders:missed': (ctx) => {
    assertUnlocked(ctx);
    return ctx.reminders.missedNotices();
  },
  'reminders:dismiss': (ctx) => {
    assertUnlocked(ctx);
    return ctx.reminders.dismissMissed();
  },
  'diary:export-ics': async (ctx, input) => {
    const db = ctx.vault.db;
    if (input.caseId) {
      const c = getCaseDetail(db, input.caseId);
      return {
        filename: icsName(c.caseNumber ?? c.firNumber ?? 'case'),
        content: await hearingsToIcs(agendaOfCase(db, c.id), ctx.now()),
      };
    }
    const from = input.from ?? '';
    const to = input.to ?? '';
    return {
      filename: icsName(`${from}-to-${to}`),
      content: await hearingsToIcs(agendaBetween(db, from, to), ctx.now()),
    };
  },
} satisfies HandlerGroup<
  | 'lawyers:list'
  | 'hearings:resolve-clash'
  | 'settings:get'
  | 'settings:update-reminders'
  | 'reminders:missed'
  | 'reminders:dismiss'
  | 'diary:export-ics'
>;
