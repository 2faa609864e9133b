import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../electron/shared/contract';
import type { ErrorCode, Result } from '../../electron/shared/result';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { KEY_FILE } from '../../electron/core/db/vault';
import { seedFixture, validInputs, type Fixture } from '../support/channel-inputs';
import { makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { sha256, snapshotDb } from '../support/disk';

/*
 * Whatever a compromised or buggy renderer sends, every channel answers with a value: VALIDATION
 * (naming the field) or NOT_FOUND, with a message a lawyer can read. Nothing throws, nothing is
 * INTERNAL, and the database, the key file and the lock state are exactly as before.
 * Today: 27 November 2026 in Pakistan.
 */

type Bad = { why: string; input: (fx: Fixture) => unknown; code: ErrorCode; field?: string };

/** Well-formed ids that exist nowhere. */
const UNKNOWN = '6f1c2a4e-0000-4000-8000-00000000dead';
const LONG = 'ق'.repeat(5 * 1024) + 'x'.repeat(5 * 1024);

const clone = <T>(v: T): T => structuredClone(v);

/** The channel's valid input with one field replaced (or removed, for `undefined`); path like "data.parties.0.role". */
const withField =
  (channel: Channel, path: string, value: unknown) =>
  (fx: Fixture): unknown => {
    const input = clone(validInputs[channel](fx as Fixture) as Record<string, unknown>);
    const keys = path.split('.');
    let target: Record<string, unknown> = input;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    const last = keys.at(-1) as string;
    if (value === undefined) delete target[last];
    else target[last] = typeof value === 'function' ? (value as (fx: Fixture) => unknown)(fx) : value;
    return input;
  };

const invalid = (channel: Channel, field: string, value: unknown, why: string): Bad => ({
  why,
  input: withField(channel, field, value),
  code: 'VALIDATION',
  field,
});
const missing = (channel: Channel, field: string): Bad => invalid(channel, field, undefined, `${field} missing`);
const unknownId = (channel: Channel, field: string, why = `${field} unknown`): Bad => ({
  why,
  input: withField(channel, field, UNKNOWN),
  code: 'NOT_FOUND',
});
const badDates = (channel: Channel, field: string): Bad[] =>
  ['27/11/2026', '2026-02-30', '2026-13-01', '2026-11-27T00:00:00Z', '', 20261127].map((v) =>
    invalid(channel, field, v, `${field} = ${JSON.stringify(v)}`),
  );
const badTimes = (channel: Channel, field: string): Bad[] =>
  ['25:00', '9:30', '12:60', '09:30:00', '9.30 am'].map((v) => invalid(channel, field, v, `${field} = "${v}"`));
const tooLong = (channel: Channel, field: string): Bad => invalid(channel, field, LONG, `${field} of 10 KB`);

/** Channel-specific bad inputs; the generic ones (extra key, non-objects, null) are added below. */
const BAD: { [C in Channel]: Bad[] } = {
  'app:info': [],
  'vault:status': [],
  'vault:lock': [],
  'vault:create': [
    missing('vault:create', 'passphrase'),
    invalid('vault:create', 'passphrase', 123456789012, 'passphrase as a number'),
    invalid('vault:create', 'passphrase', 'short', 'passphrase too short'),
    tooLong('vault:create', 'passphrase'),
  ],
  'vault:unlock': [
    missing('vault:unlock', 'passphrase'),
    invalid('vault:unlock', 'passphrase', '', 'passphrase empty'),
    invalid('vault:unlock', 'passphrase', ['correct', 'horse'], 'passphrase as an array'),
    tooLong('vault:unlock', 'passphrase'),
  ],
  'vault:change-passphrase': [
    missing('vault:change-passphrase', 'current'),
    missing('vault:change-passphrase', 'next'),
    invalid('vault:change-passphrase', 'next', 'too short', 'next too short'),
    invalid('vault:change-passphrase', 'current', 42, 'current as a number'),
    tooLong('vault:change-passphrase', 'next'),
  ],
  'courts:list': [],
  'courts:create': [
    missing('courts:create', 'name'),
    invalid('courts:create', 'name', 42, 'name as a number'),
    invalid('courts:create', 'name', '   ', 'name blank'),
    tooLong('courts:create', 'name'),
    tooLong('courts:create', 'city'),
    missing('courts:create', 'forumType'),
    invalid('courts:create', 'forumType', 'district_court', 'unknown forum type'),
    invalid('courts:create', 'province', 'Punjab', 'province not one of ours'),
    invalid('courts:create', 'parentId', 42, 'parentId as a number'),
    unknownId('courts:create', 'parentId'),
  ],
  'police-stations:list': [],
  'police-stations:create': [
    missing('police-stations:create', 'name'),
    missing('police-stations:create', 'district'),
    invalid('police-stations:create', 'district', 42, 'district as a number'),
    tooLong('police-stations:create', 'name'),
    invalid('police-stations:create', 'province', 'islamabad', 'province not one of ours'),
  ],
  'clients:list': [
    invalid('clients:list', 'query', 42, 'query as a number'),
    tooLong('clients:list', 'query'),
    invalid('clients:list', 'includeArchived', 'yes', 'includeArchived as a string'),
    invalid('clients:list', 'includeArchived', 1, 'includeArchived as a number'),
  ],
  'clients:get': [
    missing('clients:get', 'id'),
    invalid('clients:get', 'id', 42, 'id as a number'),
    invalid('clients:get', 'id', '', 'id empty'),
    invalid('clients:get', 'id', ['x'], 'id as an array'),
    tooLong('clients:get', 'id'),
    unknownId('clients:get', 'id'),
  ],
  'clients:create': [
    missing('clients:create', 'fullName'),
    invalid('clients:create', 'fullName', 42, 'fullName as a number'),
    invalid('clients:create', 'fullName', { first: 'Naseer' }, 'fullName as an object'),
    tooLong('clients:create', 'fullName'),
    tooLong('clients:create', 'nameUr'),
    tooLong('clients:create', 'notes'),
    missing('clients:create', 'category'),
    invalid('clients:create', 'category', 'blogger', 'unknown category'),
    invalid('clients:create', 'riskLevel', 'extreme', 'unknown risk level'),
    invalid('clients:create', 'cnic', '3520212345678', 'CNIC without dashes'),
    invalid('clients:create', 'cnic', 3520212345678, 'CNIC as a number'),
    invalid('clients:create', 'phone', 'call his brother', 'phone in words'),
    invalid('clients:create', 'sensitive', 'true', 'sensitive as a string'),
    invalid('clients:create', 'province', 'Khyber Pakhtunkhwa', 'province not one of ours'),
    {
      why: 'sensitive without a codename',
      input: withField('clients:create', 'sensitive', true),
      code: 'VALIDATION',
      field: 'codename',
    },
  ],
  'clients:update': [
    missing('clients:update', 'id'),
    unknownId('clients:update', 'id'),
    missing('clients:update', 'data'),
    invalid('clients:update', 'data', [], 'data as an array'),
    invalid('clients:update', 'data', 'Farhan', 'data as a string'),
    tooLong('clients:update', 'data.fullName'),
    invalid('clients:update', 'data.category', 'blogger', 'unknown category'),
    { ...invalid('clients:update', 'data.smuggled', 'x', 'unknown key inside data'), field: 'data' },
  ],
  'clients:set-archived': [
    unknownId('clients:set-archived', 'id'),
    missing('clients:set-archived', 'archived'),
    invalid('clients:set-archived', 'archived', 'true', 'archived as a string'),
    invalid('clients:set-archived', 'archived', null, 'archived null'),
  ],
  'cases:list': [
    invalid('cases:list', 'status', 'open', 'unknown status'),
    invalid('cases:list', 'clientId', 42, 'clientId as a number'),
    invalid('cases:list', 'query', 42, 'query as a number'),
    tooLong('cases:list', 'query'),
  ],
  'cases:get': [
    missing('cases:get', 'id'),
    invalid('cases:get', 'id', { id: 'x' }, 'id as an object'),
    unknownId('cases:get', 'id'),
  ],
  'cases:create': [
    missing('cases:create', 'parties'),
    invalid('cases:create', 'parties', [], 'no parties'),
    invalid('cases:create', 'parties', {}, 'parties as an object'),
    invalid('cases:create', 'parties.0.role', 'witness', 'unknown party role'),
    invalid('cases:create', 'parties.0.clientId', 42, 'party clientId as a number'),
    unknownId('cases:create', 'parties.0.clientId', 'the only client unknown'),
    {
      why: 'one known and one unknown client',
      input: withField('cases:create', 'parties', (fx: Fixture) => [{ clientId: fx.clientId }, { clientId: UNKNOWN }]),
      code: 'NOT_FOUND',
    },
    {
      why: 'the same client twice',
      input: withField('cases:create', 'parties', (fx: Fixture) => [
        { clientId: fx.clientId },
        { clientId: fx.clientId },
      ]),
      code: 'VALIDATION',
      field: 'parties',
    },
    missing('cases:create', 'caseType'),
    invalid('cases:create', 'caseType', 'civil_suit', 'unknown case type'),
    ...badDates('cases:create', 'firDate'),
    ...badDates('cases:create', 'arrestDate'),
    invalid('cases:create', 'firDate', '2026-11-28', 'FIR dated tomorrow'),
    invalid('cases:create', 'releaseDate', '2026-10-01', 'released before arrest'),
    invalid('cases:create', 'arrestDate', null, 'in custody without an arrest date'),
    invalid('cases:create', 'custodyStatus', 'jailed', 'unknown custody status'),
    invalid('cases:create', 'firNumber', 112, 'FIR number as a number'),
    unknownId('cases:create', 'forumId'),
    unknownId('cases:create', 'policeStationId'),
    invalid('cases:create', 'investigatingAgency', 'isi', 'unknown agency'),
    invalid('cases:create', 'offences', 'PPC 505', 'offences as a string'),
    invalid('cases:create', 'offences.0.statute', 'PPCC', 'unknown statute'),
    missing('cases:create', 'offences.0.section'),
    { ...invalid('cases:create', 'offences.0.smuggled', 1, 'unknown key in an offence'), field: 'offences.0' },
    invalid('cases:create', 'team', 'Imaan Hazir', 'team as a string'),
    invalid('cases:create', 'team.0', LONG, 'a 10 KB lawyer name'),
    tooLong('cases:create', 'title'),
    tooLong('cases:create', 'caseNumber'),
  ],
  'cases:update': [
    missing('cases:update', 'id'),
    unknownId('cases:update', 'id'),
    missing('cases:update', 'data'),
    invalid('cases:update', 'data.parties', [], 'no parties'),
    ...badDates('cases:update', 'data.firDate'),
    tooLong('cases:update', 'data.title'),
    unknownId('cases:update', 'data.forumId'),
  ],
  'hearings:create': [
    missing('hearings:create', 'caseId'),
    unknownId('hearings:create', 'caseId'),
    unknownId('hearings:create', 'courtId'),
    missing('hearings:create', 'date'),
    ...badDates('hearings:create', 'date'),
    ...badTimes('hearings:create', 'time'),
    missing('hearings:create', 'purpose'),
    invalid('hearings:create', 'purpose', '  ', 'purpose blank'),
    tooLong('hearings:create', 'purpose'),
    tooLong('hearings:create', 'bench'),
  ],
  'hearings:update': [
    missing('hearings:update', 'id'),
    unknownId('hearings:update', 'id'),
    unknownId('hearings:update', 'courtId'),
    ...badDates('hearings:update', 'date'),
    ...badTimes('hearings:update', 'time'),
    invalid('hearings:update', 'purpose', '', 'purpose empty'),
    {
      why: 'moving it to another case',
      input: withField('hearings:update', 'caseId', (fx: Fixture) => fx.caseId),
      code: 'VALIDATION',
    },
  ],
  'hearings:record-outcome': [
    missing('hearings:record-outcome', 'hearingId'),
    unknownId('hearings:record-outcome', 'hearingId'),
    missing('hearings:record-outcome', 'outcome'),
    invalid('hearings:record-outcome', 'outcome', 'won', 'unknown outcome'),
    ...badDates('hearings:record-outcome', 'nextDate'),
    invalid('hearings:record-outcome', 'nextDate', '2026-11-26', 'next date before the hearing'),
    invalid('hearings:record-outcome', 'nextDate', '2026-11-27', 'next date on the hearing day'),
    { ...invalid('hearings:record-outcome', 'outcome', 'disposed', 'disposed with a next date'), field: 'nextDate' },
    ...badTimes('hearings:record-outcome', 'nextTime'),
    tooLong('hearings:record-outcome', 'shortOrder'),
  ],
  'hearings:agenda': [
    missing('hearings:agenda', 'from'),
    missing('hearings:agenda', 'to'),
    ...badDates('hearings:agenda', 'from'),
    ...badDates('hearings:agenda', 'to'),
    invalid('hearings:agenda', 'to', '2026-11-01', '"to" before "from"'),
    invalid('hearings:agenda', 'to', '2028-01-31', 'a range of fourteen months'),
    invalid('hearings:agenda', 'forumType', 'district_court', 'unknown forum type'),
    invalid('hearings:agenda', 'lawyerId', 42, 'lawyerId as a number'),
    invalid('hearings:agenda', 'courtId', '', 'courtId empty'),
  ],
  'hearings:unrecorded': [missing('hearings:unrecorded', 'before'), ...badDates('hearings:unrecorded', 'before')],
  'hearings:resolve-clash': [
    missing('hearings:resolve-clash', 'hearingId'),
    invalid('hearings:resolve-clash', 'hearingId', 42, 'hearingId as a number'),
    unknownId('hearings:resolve-clash', 'hearingId'),
    missing('hearings:resolve-clash', 'adjournmentSought'),
    invalid('hearings:resolve-clash', 'adjournmentSought', 'yes', 'adjournmentSought as a string'),
    invalid('hearings:resolve-clash', 'adjournmentSought', null, 'adjournmentSought null'),
    invalid('hearings:resolve-clash', 'appearingLawyer', ['Usman Warraich'], 'appearingLawyer as an array'),
    tooLong('hearings:resolve-clash', 'appearingLawyer'),
    tooLong('hearings:resolve-clash', 'note'),
  ],
  'lawyers:list': [],
  'settings:get': [],
  'settings:update-reminders': [
    missing('settings:update-reminders', 'enabled'),
    invalid('settings:update-reminders', 'enabled', 'true', 'enabled as a string'),
    missing('settings:update-reminders', 'nightBefore'),
    ...badTimes('settings:update-reminders', 'nightBefore'),
    ...badTimes('settings:update-reminders', 'morning'),
    missing('settings:update-reminders', 'leadDays'),
    invalid('settings:update-reminders', 'leadDays', [3], 'leadDays as an array'),
    invalid('settings:update-reminders', 'leadDays.appeal', 1, 'an appeal lead time of 1 day'),
    invalid('settings:update-reminders', 'leadDays.appeal', 15, 'an appeal lead time of 15 days'),
    invalid('settings:update-reminders', 'leadDays.appeal', 2.5, 'a lead time of 2.5 days'),
    invalid('settings:update-reminders', 'leadDays.appeal', '3', 'a lead time as a string'),
    {
      ...invalid('settings:update-reminders', 'leadDays.civil_suit', 3, 'a lead time for a case type we do not have'),
      field: 'leadDays',
    },
  ],
  'reminders:missed': [],
  'reminders:dismiss': [],
  'diary:export-ics': [
    invalid('diary:export-ics', 'caseId', 42, 'caseId as a number'),
    invalid('diary:export-ics', 'caseId', '', 'caseId empty'),
    unknownId('diary:export-ics', 'caseId'),
    {
      why: 'a case and a range together',
      input: (fx) => ({ caseId: fx.caseId, from: '2026-11-01', to: '2026-11-30' }),
      code: 'VALIDATION',
      field: 'to',
    },
    { why: '"from" without "to"', input: () => ({ from: '2026-11-01' }), code: 'VALIDATION', field: 'to' },
    { why: '"to" without "from"', input: () => ({ to: '2026-11-30' }), code: 'VALIDATION', field: 'to' },
    {
      why: '"to" before "from"',
      input: () => ({ from: '2026-12-01', to: '2026-11-01' }),
      code: 'VALIDATION',
      field: 'to',
    },
    ...['27/11/2026', '2026-02-30', 20261127].map((v): Bad => ({
      why: `from = ${JSON.stringify(v)}`,
      input: () => ({ from: v, to: '2026-12-31' }),
      code: 'VALIDATION',
      field: 'from',
    })),
  ],
  'notes:create': [
    {
      why: 'both a case and a client',
      input: withField('notes:create', 'clientId', (fx: Fixture) => fx.clientId),
      code: 'VALIDATION',
      field: 'caseId',
    },
    invalid('notes:create', 'caseId', null, 'neither a case nor a client'),
    missing('notes:create', 'caseId'),
    unknownId('notes:create', 'caseId'),
    {
      why: 'clientId unknown',
      input: (fx) => ({ ...(withField('notes:create', 'caseId', undefined)(fx) as object), clientId: UNKNOWN }),
      code: 'NOT_FOUND',
    },
    ...badDates('notes:create', 'date'),
    missing('notes:create', 'body'),
    invalid('notes:create', 'body', 42, 'body as a number'),
    invalid('notes:create', 'body', '\n\t ', 'body blank'),
    tooLong('notes:create', 'body'),
  ],
  'search:global': [
    missing('search:global', 'query'),
    invalid('search:global', 'query', '', 'query empty'),
    invalid('search:global', 'query', null, 'query null'),
    invalid('search:global', 'query', 42, 'query as a number'),
    tooLong('search:global', 'query'),
  ],
};

/** Channels whose input may be left out entirely ({} is valid). */
const NO_REQUIRED_INPUT: readonly Channel[] = [
  'app:info',
  'vault:status',
  'vault:lock',
  'courts:list',
  'police-stations:list',
  'clients:list',
  'cases:list',
  'lawyers:list',
  'settings:get',
  'reminders:missed',
  'reminders:dismiss',
];

const generic = (channel: Channel): Bad[] => {
  const cases: Bad[] = [
    {
      why: 'an unknown extra key',
      input: (fx) => ({ ...(validInputs[channel](fx) as object), smuggled: 'x' }),
      code: 'VALIDATION',
    },
    { why: 'an array instead of an object', input: () => [], code: 'VALIDATION' },
    { why: 'a string instead of an object', input: () => 'Farhan Baloch', code: 'VALIDATION' },
    { why: 'a number instead of an object', input: () => 42, code: 'VALIDATION' },
    { why: 'true instead of an object', input: () => true, code: 'VALIDATION' },
  ];
  if (!NO_REQUIRED_INPUT.includes(channel)) {
    cases.push(
      { why: 'null', input: () => null, code: 'VALIDATION' },
      { why: 'undefined', input: () => undefined, code: 'VALIDATION' },
      { why: 'an empty object', input: () => ({}), code: 'VALIDATION' },
    );
  }
  return cases;
};

const ROWS = CHANNELS.flatMap((channel) => [...BAD[channel], ...generic(channel)].map((bad) => ({ channel, ...bad })));

let app: TestApp;
let fx: Fixture;
const state = () => ({
  db: snapshotDb(app),
  key: sha256(readFileSync(join(app.dir, KEY_FILE))),
  vault: app.vault.state(),
});

beforeAll(async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  fx = await seedFixture(app);
});
afterEach(async () => {
  // A bad input that slipped through to vault:lock must not fail every later test too.
  if (app.vault.state() !== 'unlocked') await app.must('vault:unlock', { passphrase: PASSPHRASE });
});
afterAll(() => app?.cleanup());

describe('the table of bad inputs', () => {
  test('has an entry for every channel of the contract, and only those', () => {
    expect(Object.keys(BAD).sort()).toEqual([...CHANNELS].sort());
  });

  test('has specific cases for every channel that takes input', () => {
    for (const channel of CHANNELS) {
      const needsInput = Object.keys(contract[channel].input.shape ?? {}).length > 0;
      if (needsInput) expect(BAD[channel].length, channel).toBeGreaterThanOrEqual(3);
    }
  });

  test('has a NOT_FOUND case wherever the valid input names an existing record', () => {
    // cases:list filters by clientId: an unknown client simply has no cases.
    const filters: readonly Channel[] = ['cases:list'];
    for (const channel of CHANNELS.filter((c) => !filters.includes(c))) {
      const json = JSON.stringify(
        validInputs[channel]({ clientId: 'C-ID', caseId: 'K-ID', hearingId: 'H-ID', courtId: 'seed:ihc' }),
      );
      if (/C-ID|K-ID|H-ID/.test(json)) {
        expect(
          BAD[channel].some((b) => b.code === 'NOT_FOUND'),
          channel,
        ).toBe(true);
      }
    }
  });

  test('every valid base input is accepted, so each bad case fails for its own reason', async () => {
    // Checked on a throwaway app: a valid input may write (or lock).
    for (const channel of CHANNELS) {
      const scratch = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
      try {
        const r = await scratch.call(channel, validInputs[channel](await seedFixture(scratch)));
        // vault:create on an existing vault is a CONFLICT, not a validation failure.
        expect(r.ok ? 'ok' : r.error.code, channel).toBe(channel === 'vault:create' ? 'CONFLICT' : 'ok');
      } finally {
        scratch.cleanup();
      }
    }
  });
});

describe.each(CHANNELS)('%s', (channel) => {
  const rows = ROWS.filter((r) => r.channel === channel);
  test.each(rows.map((r) => [r.why, r] as const))('refuses %s', async (_why, row) => {
    const before = state();
    let result: Result<unknown> | undefined;
    await expect(
      (async () => {
        result = await app.call(channel, row.input(fx));
      })(),
    ).resolves.toBeUndefined();
    const r = result as Result<unknown>;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(row.code);
    expect(typeof r.error.message).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(5);
    expect(r.error.message).not.toMatch(/SQLITE|Error:|\n\s+at |\[object Object\]/);
    if (row.code === 'VALIDATION') {
      expect(Object.keys(r.error.fields ?? {}).length).toBeGreaterThan(0);
      if (row.field) expect(Object.keys(r.error.fields ?? {})).toContain(row.field);
      if (row.why.includes('unknown key') || row.why === 'an unknown extra key') {
        expect(r.error.message).toContain('smuggled');
      }
    } else {
      expect(r.error.message).toMatch(/not found/i);
    }
    expect(state()).toEqual(before);
  });
});

describe('no input at all', () => {
  test('is the same as {} on the channels that need none', async () => {
    for (const channel of [
      'app:info',
      'vault:status',
      'courts:list',
      'police-stations:list',
      'clients:list',
      'cases:list',
      'lawyers:list',
      'settings:get',
      'reminders:missed',
      'reminders:dismiss',
    ]) {
      const expected = await app.call(channel, {});
      expect(expected.ok, channel).toBe(true);
      expect(await app.call(channel, null), channel).toEqual(expected);
      expect(await app.call(channel, undefined), channel).toEqual(expected);
    }
  });
});

describe('unknown channels', () => {
  test.each([
    'clients:delete',
    'CLIENTS:LIST',
    'clients:list ',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
  ])('"%s" is refused as VALIDATION, naming the channel', async (channel) => {
    const before = state();
    const r = await app.call(channel, {});
    expect(r).toEqual({ ok: false, error: { code: 'VALIDATION', message: `Unknown channel "${channel}".` } });
    expect(state()).toEqual(before);
  });

  test.each([42, null, undefined, { channel: 'clients:list' }])(
    'a non-string channel (%s) is refused',
    async (channel) => {
      const r = await dispatch(handlers, app.ctx, channel as unknown as string, {});
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.message).toMatch(/Unknown channel/);
    },
  );
});
