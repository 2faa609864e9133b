import type { z } from 'zod';
import { contract, type Channel } from '../shared/contract';
import { fail, ok, type Result } from '../shared/result';
import { safeParse } from '../shared/safe-parse';
import { DAMAGED_MESSAGE } from './db/open-database';
import { AppFailure } from './errors';
import type { HandlerContext, Handlers } from './handlers/context';

export type DispatchOptions = {
  /** Also check what handlers return against the contract (tests and the harness). */
  validateOutput?: boolean;
  log?: (message: string, error: unknown) => void;
};

/** What may still be asked while an import is being written: its progress, and locking (which abandons it). */
const DURING_LONG_WRITE: ReadonlySet<string> = new Set([
  'import:progress',
  'vault:lock',
  'vault:status',
  'app:info',
  'app:set-language',
]);

const isChannel = (channel: string): channel is Channel => Object.hasOwn(contract, channel);

export const fieldErrors = (error: z.ZodError): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
};

const describe = (fields: Record<string, string>): string => {
  const entries = Object.entries(fields);
  const [first] = entries;
  if (!first) return 'The request was not valid.';
  const [path, message] = first;
  const more = entries.length > 1 ? ` (and ${entries.length - 1} more)` : '';
  return path === '_' ? `${message}${more}` : `${path}: ${message}${more}`;
};

export const DISK_FULL_MESSAGE =
  'Not saved: the disk is full. Free some space (empty the Recycle Bin, move videos or downloads) and save again; everything saved before is safe.';

const sqliteFailure = (e: unknown): Result<never> | null => {
  const code = e instanceof Error && 'code' in e ? String(e.code) : '';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return fail('NOT_FOUND', 'A record this refers to does not exist.');
  if (code.startsWith('SQLITE_CONSTRAINT')) return fail('CONFLICT', 'This would break a rule of the database.');
  if (code === 'SQLITE_BUSY') return fail('CONFLICT', 'The database is busy; try again.');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return fail('DAMAGED', DAMAGED_MESSAGE);
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE') return fail('DISK_FULL', DISK_FULL_MESSAGE);
  return null;
};

/**
 * The one door into the backend, used by Electron's IPC and by the browser harness alike:
 * validates the input against the contract, runs the handler, and turns every failure into a
 * value. No stack trace ever crosses IPC.
 */
export const dispatch = async (
  handlers: Handlers,
  ctx: HandlerContext,
  channel: string,
  rawInput: unknown,
  opts: DispatchOptions = {},
): Promise<Result<unknown>> => {
  if (typeof channel !== 'string' || !isChannel(channel))
    return fail('VALIDATION', `Unknown channel "${String(channel)}".`);
  const spec = contract[channel];
  const parsed = safeParse(spec.input, rawInput ?? {});
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('VALIDATION', describe(fields), fields);
  }
  // An import holds its transaction open between chunks (so the window can show progress): any
  // other request now would run inside that transaction and be lost if the import rolled back.
  if (ctx.vault.restoring && !DURING_LONG_WRITE.has(channel))
    return fail('CONFLICT', 'A backup is being restored. Wait until it has finished, then try again.');
  if (ctx.vault.writeInProgress && !DURING_LONG_WRITE.has(channel))
    return fail('CONFLICT', 'An import is being written. Wait until it has finished, then try again.');
  try {
    const handler = handlers[channel] as (c: HandlerContext, i: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    if (opts.validateOutput) {
      const out = spec.output.safeParse(value);
      if (!out.success) {
        opts.log?.(`output of ${channel} broke the contract`, out.error);
        return fail('INTERNAL', `The answer to ${channel} did not match the contract.`);
      }
    }
    return ok(value);
  } catch (e) {
    if (e instanceof AppFailure) return fail(e.code, e.message, e.fields);
    const mapped = sqliteFailure(e);
    if (mapped) return mapped;
    opts.log?.(`handler ${channel} failed`, e);
    return fail('INTERNAL', 'Something went wrong; nothing was saved. Details are in the log.');
  }
};
