import { z } from 'zod';

/* Inputs and outputs of the lock, backup, restore and erase channels (see contract.ts). */

const WINDOWS_ABSOLUTE = /^[A-Za-z]:[\\/]/;
const UNC = /^\\\\[^\\]/;

/** A folder on this computer, as a full path: never relative, no '..' steps, no NUL. */
export const folderPath = z
  .string({ error: 'Required' })
  .min(1, 'Choose a folder')
  .max(1024, 'At most 1024 characters')
  .refine((p) => !p.includes('\0'), 'Not a valid folder path')
  .refine((p) => p.startsWith('/') || WINDOWS_ABSOLUTE.test(p) || UNC.test(p), 'Give the full path of the folder')
  .refine((p) => !/(^|[\\/])\.\.([\\/]|$)/.test(p), "A folder path may not contain '..'");

const passphrase = z.string({ error: 'Required' }).min(1, 'Enter the passphrase').max(1024, 'At most 1024 characters');

/** What the lawyer types to confirm a quick erase. */
export const ERASE_CONFIRMATION = 'ERASE';

export const backupInfo = z.object({
  path: z.string(),
  name: z.string(),
  kind: z.enum(['daily', 'manual', 'pre-migration', 'before-restore']),
  createdAt: z.string(),
  sizeBytes: z.number(),
});
export type BackupInfoOut = z.infer<typeof backupInfo>;

export const quarantineInfo = z.object({
  folder: z.string(),
  at: z.string(),
  reason: z.enum(['damaged', 'torn-wal']),
  what: z.string(),
});

export const backupStatus = z.object({
  /** Backups in the app's own folder, newest first: offered for restore. */
  backups: z.array(backupInfo),
  lastAutomatic: z
    .object({ at: z.string(), ok: z.boolean(), message: z.string().nullable(), backup: backupInfo.nullable() })
    .nullable(),
  quarantined: z.array(quarantineInfo),
  /** Set after an unlock that recovered from a torn WAL (a power cut while saving). */
  recovery: quarantineInfo.nullable(),
});

export const backupProgress = z.object({
  stage: z.enum(['copying', 'syncing', 'verifying', 'done']),
  percent: z.number().min(0).max(100),
});

export const lockSettings = z.strictObject({
  idleMinutes: z
    .number({ error: 'Enter a number of minutes' })
    .int('Whole minutes')
    .min(1, 'At least 1 minute')
    .max(240, 'At most 240 minutes (4 hours)'),
  /** null: never erase. */
  eraseAfterFailures: z
    .number({ error: 'Enter a number of tries' })
    .int('A whole number')
    .min(3, 'At least 3 tries')
    .max(100, 'At most 100 tries')
    .nullable(),
});
export type LockSettings = z.infer<typeof lockSettings>;

export const lockStatus = z.object({
  idleMinutes: z.number(),
  eraseAfterFailures: z.number().nullable(),
  failures: z.number(),
  /** Seconds before the next unlock may be tried (0: now). */
  waitSeconds: z.number(),
});

const state = z.object({ state: z.enum(['new', 'locked', 'unlocked']) });

export const backupContract = {
  'lock:status': { input: z.strictObject({}), output: lockStatus },
  'lock:update': { input: lockSettings, output: lockStatus },
  'backup:status': { input: z.strictObject({}), output: backupStatus },
  'backup:progress': { input: z.strictObject({}), output: backupProgress.nullable() },
  'backup:pick-folder': {
    input: z.strictObject({ purpose: z.enum(['backup', 'restore']) }),
    output: z.object({ supported: z.boolean(), path: z.string().nullable() }),
  },
  'backup:create': { input: z.strictObject({ folder: folderPath }), output: backupInfo },
  'backup:list-folder': { input: z.strictObject({ folder: folderPath }), output: z.array(backupInfo) },
  'backup:restore': {
    input: z.strictObject({ path: folderPath, passphrase }),
    output: state.extend({ restored: backupInfo, safetyCopy: backupInfo.nullable() }),
  },
  'vault:erase': {
    input: z.strictObject({
      confirm: z.literal(ERASE_CONFIRMATION, { error: `Type ${ERASE_CONFIRMATION} to confirm` }),
    }),
    output: state,
  },
} as const;
