import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import type { Vault } from '../db/vault';
import type { Clock } from '../lib/time';
import type { ReminderRunner } from '../services/reminder-runner';

export type HandlerContext = {
  vault: Vault;
  /** Injected clock: tests and the browser harness fix "today". */
  now: Clock;
  version: string;
  /** Shipped resources (fonts embedded in Word exports, templates). */
  resourcesDir: string;
  /** The reminder schedule; main drives its clock, handlers read what was missed. */
  reminders: ReminderRunner;
  /** Electron only: the system's folder picker (backups to a USB drive). Absent in tests and the harness. */
  pickFolder?: (purpose: 'backup' | 'restore') => Promise<string | null>;
};

export type Handler<C extends Channel> = (
  ctx: HandlerContext,
  input: ChannelParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };
