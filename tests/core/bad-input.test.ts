import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../electron/shared/contract';
import type { ErrorCode, Result } from '../../electron/shared/result';
import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import { KEY_FILE } from '../../electron/core/db/vault';
import {
  docxBase64,
  PLACEHOLDER_FIXTURE,
  PLACEHOLDER_RECORD,
  reviewedPack,
  seedFixture,
  validInputs,
  type Fixture,
} from '../support/channel-inputs';
import { makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { sha256, snapshotDb } from '../support/disk';
import { EVIDENCE_MAX_BYTES } from '../../electron/shared/incident-schemas';

/*
 * Whatever a compromised or buggy renderer sends, every channel answers with a value: VALIDATION
 * (naming the field) or NOT_FOUND, with a message a lawyer can read. Nothing throws, nothing is
 * INTERNAL, and the database, the key file and the lock state are exactly as before.
 * Today: 27 November 2026 in Pakistan.
 */

/** `bug`: a known production bug, run as test.fails until it is fixed (see the BUG comment beside it). */
type Bad = { why: string; input: (fx: Fixture) => unknown; code: ErrorCode; field?: string; bug?: boolean };

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

/** Spreadsheet imports and exports: the file's name and bytes, the mapping, the date answers. */
const importFile = (channel: 'import:preview' | 'import:run'): Bad[] => [
  missing(channel, 'filename'),
  missing(channel, 'base64'),
  invalid(channel, 'filename', '/home/lawyer/Diary 2026.csv', 'a file name with its folder'),
  invalid(channel, 'filename', '..\\..\\Diary.csv', 'a file name with Windows folders'),
  invalid(channel, 'filename', 'Diary 2026.xls', 'an old Excel file (.xls)'),
  invalid(channel, 'filename', 'Diary.pdf', 'a PDF'),
  invalid(channel, 'base64', '%%% not base64 %%%', 'bytes that are not base64'),
  invalid(channel, 'base64', '', 'an empty file'),
  invalid(channel, 'base64', 'QUJD'.repeat(3_500_000), 'a file over 10 MB'),
  invalid(channel, 'base64', 42, 'bytes as a number'),
  {
    why: 'a CSV named .xlsx (not a workbook)',
    input: (fx) => ({ ...(withField(channel, 'filename', 'Diary 2026.xlsx')(fx) as object) }),
    code: 'VALIDATION',
    field: 'base64',
  },
  invalid(channel, 'headerRow', 0, 'header row 0'),
  invalid(channel, 'headerRow', 51, 'header row below row 50'),
  invalid(channel, 'headerRow', 1.5, 'header row not whole'),
  invalid(channel, 'headerRow', 40, 'a header row the file does not have'),
  { ...invalid(channel, 'mapping', ['clientName', 'ssn'], 'a field Muhafiz does not have'), field: 'mapping.1' },
  invalid(channel, 'mapping', ['clientName', 'clientName'], 'one field for two columns'),
  invalid(channel, 'mapping', 'clientName', 'mapping as text'),
  { ...invalid(channel, 'dateOrder', { A: 'dmy' }, 'a date answer for a column letter'), field: 'dateOrder.A' },
  { ...invalid(channel, 'dateOrder', { '5': 'ymd' }, 'a date order Muhafiz does not offer'), field: 'dateOrder.5' },
];
const importBad: Record<
  'import:preview' | 'import:run' | 'import:progress' | 'import:batches' | 'import:undo' | 'export:diary',
  Bad[]
> = {
  'import:preview': importFile('import:preview'),
  'import:run': [
    ...importFile('import:run'),
    missing('import:run', 'expected'),
    invalid('import:run', 'expected.clients', -1, 'a negative count'),
    invalid('import:run', 'expected.hearings', '1', 'a count as text'),
    invalid('import:run', 'expected.cases', 2.5, 'a count not whole'),
  ],
  'import:progress': [],
  'import:batches': [],
  'import:undo': [
    missing('import:undo', 'id'),
    invalid('import:undo', 'id', '  ', 'id blank'),
    invalid('import:undo', 'id', 42, 'id as a number'),
    unknownId('import:undo', 'id'),
  ],
  'export:diary': [
    missing('export:diary', 'format'),
    invalid('export:diary', 'format', 'xls', 'an old Excel format'),
    invalid('export:diary', 'sheet', 'deadlines', 'a sheet Muhafiz does not export'),
    invalid('export:diary', 'sheet', null, 'a CSV without saying which sheet'),
  ],
};

/**
 * The channel's valid input with one answer replaced (or removed, for `undefined`). Answers are
 * keyed by dotted field paths ("client.address"), which withField would split.
 */
const withAnswer =
  (channel: 'petitions:create' | 'petitions:regenerate' | 'templates:render-docx', path: string, value: unknown) =>
  (fx: Fixture): unknown => {
    const input = clone(validInputs[channel](fx) as { answers?: Record<string, unknown> });
    const answers = { ...input.answers };
    if (value === undefined) delete answers[path];
    else answers[path] = value;
    return { ...input, answers };
  };
const badAnswer = (
  channel: 'petitions:create' | 'petitions:regenerate' | 'templates:render-docx',
  path: string,
  value: unknown,
  why: string,
): Bad => ({ why, input: withAnswer(channel, path, value), code: 'VALIDATION', field: `answers.${path}` });

/** Bytes that are no Word document, as the renderer would send a file the lawyer picked. */
const NOT_DOCX = Buffer.from('FIR No. 112/2026, PS Kohsar: scanned copy to follow').toString('base64');
/** A zip package (it starts with "PK") that is not a Word document: a corrupt or renamed file. */
const BROKEN_ZIP = Buffer.from('PK\x03\x04 truncated while copying from the USB drive').toString('base64');
/** One byte more than the 25 MB an evidence file may have, as base64. */
const OVERSIZE_FILE = 'A'.repeat(Math.ceil((EVIDENCE_MAX_BYTES + 3) / 3) * 4);
/** A Word template whose placeholder was never closed. */
const UNCLOSED_TAG = docxBase64([['Petitioner: {client.fullName']]);

/** Channel-specific bad inputs; the generic ones (extra key, non-objects, null) are added below. */
const BAD: { [C in Channel]: Bad[] } = {
  'app:info': [],
  'app:set-language': [
    missing('app:set-language', 'language'),
    invalid('app:set-language', 'language', 'pa', 'a language the interface does not have'),
    invalid('app:set-language', 'digits', 'eastern-arabic', 'digits of another script'),
  ],
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
  'clients:page': [
    invalid('clients:page', 'query', 42, 'query as a number'),
    invalid('clients:page', 'includeArchived', 'yes', 'includeArchived as a string'),
    invalid('clients:page', 'offset', -1, 'a negative offset'),
    invalid('clients:page', 'offset', 1.5, 'a fractional offset'),
    invalid('clients:page', 'limit', 0, 'a limit of none'),
    invalid('clients:page', 'limit', 501, 'a limit over 500'),
    invalid('clients:page', 'limit', '50', 'a limit as a string'),
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
  'cases:page': [
    invalid('cases:page', 'status', 'open', 'unknown status'),
    invalid('cases:page', 'query', 42, 'query as a number'),
    invalid('cases:page', 'offset', 10_000_001, 'an offset over ten million'),
    invalid('cases:page', 'limit', 1e9, 'a limit of a billion'),
    invalid('cases:page', 'limit', null, 'a null limit'),
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
  'hearings:month': [
    missing('hearings:month', 'from'),
    ...badDates('hearings:month', 'to'),
    invalid('hearings:month', 'to', '2026-10-01', '"to" before "from"'),
    invalid('hearings:month', 'perDay', 0, 'no hearings a day'),
    invalid('hearings:month', 'perDay', 51, 'more than fifty a day'),
    invalid('hearings:month', 'perDay', 2.5, 'half a hearing'),
    invalid('hearings:month', 'forumType', 'district_court', 'unknown forum type'),
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
  'rules:list': [],
  'rules:save': [
    invalid('rules:save', 'id', 'Art155 Appeal', 'a rule id with capitals and a space'),
    invalid('rules:save', 'id', '', 'rule id empty'),
    { ...unknownId('rules:save', 'id'), input: withField('rules:save', 'id', 'no-such-rule') },
    missing('rules:save', 'data'),
    missing('rules:save', 'data.name'),
    tooLong('rules:save', 'data.name'),
    tooLong('rules:save', 'data.source'),
    missing('rules:save', 'data.source'),
    missing('rules:save', 'data.active'),
    invalid('rules:save', 'data.active', 'yes', 'active as a string'),
    invalid('rules:save', 'data.trigger', 'conviction', 'unknown trigger'),
    invalid('rules:save', 'data.unit', 'weeks', 'unknown unit'),
    invalid('rules:save', 'data.anchor', 'middle', 'unknown anchor'),
    invalid('rules:save', 'data.period', -1, 'a negative period'),
    invalid('rules:save', 'data.period', 1.5, 'a period of 1.5'),
    invalid('rules:save', 'data.period', 1001, 'a period of 1001'),
    invalid('rules:save', 'data.period', '30', 'a period as a string'),
    invalid('rules:save', 'data.confidence', 'high', 'unknown confidence'),
    invalid('rules:save', 'data.filingForumType', 'district_court', 'unknown filing forum type'),
    {
      ...invalid('rules:save', 'data.conditions.result', ['guilty'], 'unknown judgment result'),
      field: 'data.conditions.result.0',
    },
    {
      ...invalid('rules:save', 'data.conditions.sentence', ['10y'], 'unknown sentence band'),
      field: 'data.conditions.sentence.0',
    },
    invalid('rules:save', 'data.conditions.capital', 'yes', 'capital as a string'),
    {
      ...invalid('rules:save', 'data.conditions.smuggled', 1, 'an unknown key in the conditions'),
      field: 'data.conditions',
    },
    ...badDates('rules:save', 'data.effectiveFrom'),
    {
      why: 'effective to before effective from',
      input: (fx) => {
        const input = validInputs['rules:save'](fx);
        return { ...input, data: { ...input.data, effectiveFrom: '2026-01-01', effectiveTo: '2025-12-31' } };
      },
      code: 'VALIDATION',
      field: 'data.effectiveTo',
    },
    {
      why: 'a recurring period of zero',
      input: (fx) => {
        const input = validInputs['rules:save'](fx);
        return { ...input, data: { ...input.data, recurring: true, period: 0 } };
      },
      code: 'VALIDATION',
      field: 'data.period',
    },
  ],
  'rules:export': [],
  'rules:import': [
    missing('rules:import', 'content'),
    invalid('rules:import', 'content', 42, 'content as a number'),
    invalid('rules:import', 'content', '{', 'content of one character'),
    invalid('rules:import', 'content', 'x'.repeat(2_000_001), 'content over 2 MB'),
    invalid('rules:import', 'content', 'not a rule pack', 'content not JSON'),
    invalid('rules:import', 'content', '[]', 'a JSON array'),
    invalid(
      'rules:import',
      'content',
      JSON.stringify({ format: 'muhafiz-rule-pack', rules: [{ id: { length: { toString: '' } } }] }),
      'a rule id an object whose length is no number',
    ),
    invalid(
      'rules:import',
      'content',
      JSON.stringify({ ...reviewedPack(), format: 'ics' }),
      'a pack of another format',
    ),
    invalid('rules:import', 'content', JSON.stringify({ ...reviewedPack(), version: 2 }), 'a pack of version 2'),
    invalid('rules:import', 'content', JSON.stringify(reviewedPack({ period: -30 })), 'a rule with a negative period'),
    invalid('rules:import', 'content', JSON.stringify(reviewedPack({ unit: 'weeks' })), 'a rule in weeks'),
    invalid('rules:import', 'content', JSON.stringify(reviewedPack({ id: '' })), 'a rule with an empty id'),
    invalid('rules:import', 'content', JSON.stringify(reviewedPack({ id: undefined })), 'a rule without an id'),
    invalid('rules:import', 'content', JSON.stringify(reviewedPack({ smuggled: 1 })), 'a rule with an unknown key'),
    invalid(
      'rules:import',
      'content',
      JSON.stringify(reviewedPack({ effectiveFrom: '2026-01-01', effectiveTo: '2025-01-01' })),
      'a rule that ends before it starts',
    ),
  ],
  'calendar:get': [],
  'calendar:set-closures': [
    missing('calendar:set-closures', 'weekdays'),
    missing('calendar:set-closures', 'source'),
    tooLong('calendar:set-closures', 'source'),
    invalid('calendar:set-closures', 'weekdays', 'Saturday and Sunday', 'weekdays as words'),
    invalid('calendar:set-closures', 'weekdays.0', 7, 'weekday 7'),
    invalid('calendar:set-closures', 'weekdays.0', -1, 'weekday -1'),
    invalid('calendar:set-closures', 'weekdays.0', 5.5, 'weekday 5.5'),
    invalid('calendar:set-closures', 'weekdays', [0, 1, 2, 3, 4, 5, 6, 0], 'eight weekdays'),
    invalid('calendar:set-closures', 'forumType', 'district_court', 'unknown forum type'),
    invalid('calendar:set-closures', 'province', 'Punjab', 'province not one of ours'),
    {
      ...invalid('calendar:set-closures', 'forumType', 'high_court', 'a court and a forum type together'),
      field: 'courtId',
    },
    unknownId('calendar:set-closures', 'courtId'),
  ],
  'holidays:save': [
    missing('holidays:save', 'data'),
    missing('holidays:save', 'data.name'),
    tooLong('holidays:save', 'data.name'),
    missing('holidays:save', 'data.source'),
    missing('holidays:save', 'data.kind'),
    invalid('holidays:save', 'data.kind', 'eid', 'unknown kind'),
    ...badDates('holidays:save', 'data.dateFrom'),
    ...badDates('holidays:save', 'data.dateTo'),
    invalid('holidays:save', 'data.dateTo', '2026-12-26', 'ends before it starts'),
    invalid('holidays:save', 'data.dateTo', '2027-05-01', 'a holiday of four months'),
    invalid('holidays:save', 'data.province', 'Sindh', 'province not one of ours'),
    invalid('holidays:save', 'data.forumType', 'district_court', 'unknown forum type'),
    invalid('holidays:save', 'data.provisional', 'yes', 'provisional as a string'),
    unknownId('holidays:save', 'data.courtId'),
    unknownId('holidays:save', 'id', 'updating an unknown holiday'),
  ],
  'holidays:delete': [
    missing('holidays:delete', 'id'),
    invalid('holidays:delete', 'id', 42, 'id as a number'),
    invalid('holidays:delete', 'id', '', 'id empty'),
    unknownId('holidays:delete', 'id'),
  ],
  'events:create': [
    missing('events:create', 'caseId'),
    unknownId('events:create', 'caseId'),
    unknownId('events:create', 'courtId'),
    missing('events:create', 'kind'),
    invalid('events:create', 'kind', 'arrest', 'an arrest as an event (it is on the case)'),
    missing('events:create', 'date'),
    ...badDates('events:create', 'date'),
    ...badTimes('events:create', 'time'),
    ...badDates('events:create', 'endDate'),
    missing('events:create', 'relatedEventId'),
    invalid('events:create', 'relatedEventId', UNKNOWN, 'a copy of a judgment that does not exist'),
    {
      ...invalid('events:create', 'details', { result: 'guilty' }, 'unknown judgment result'),
      field: 'details.result',
    },
    { ...invalid('events:create', 'details', { writ: 'yes' }, 'writ as a string'), field: 'details.writ' },
    { ...invalid('events:create', 'details', { smuggled: 1 }, 'an unknown key in the details'), field: 'details' },
    tooLong('events:create', 'note'),
    {
      why: 'a police remand without the date it runs to',
      input: (fx) => ({ caseId: fx.caseId, kind: 'police_remand', date: '2026-10-04' }),
      code: 'VALIDATION',
      field: 'endDate',
    },
    {
      why: 'a remand that ends before the order',
      input: (fx) => ({ caseId: fx.caseId, kind: 'police_remand', date: '2026-10-04', endDate: '2026-10-01' }),
      code: 'VALIDATION',
      field: 'endDate',
    },
    {
      why: 'a judgment without what it decided',
      input: (fx) => ({ caseId: fx.caseId, kind: 'judgment', date: '2026-11-20', courtId: 'seed:ihc' }),
      code: 'VALIDATION',
      field: 'details.result',
    },
    {
      why: 'a conviction without the sentence',
      input: (fx) => ({ caseId: fx.caseId, kind: 'judgment', date: '2026-11-20', details: { result: 'conviction' } }),
      code: 'VALIDATION',
      field: 'details.sentence',
    },
    {
      why: 'a copy of a hearing, not of a judgment',
      input: (fx) => ({ caseId: fx.caseId, kind: 'copy_ready', date: '2026-11-25', relatedEventId: fx.hearingId }),
      code: 'VALIDATION',
      field: 'relatedEventId',
    },
  ],
  'events:update': [
    missing('events:update', 'id'),
    unknownId('events:update', 'id'),
    missing('events:update', 'data'),
    invalid('events:update', 'data.kind', 'conviction', 'unknown kind'),
    ...badDates('events:update', 'data.date'),
    unknownId('events:update', 'data.caseId', 'moving it to a case that does not exist'),
    unknownId('events:update', 'data.courtId'),
    {
      why: 'a judgment made a copy of itself',
      input: (fx) => ({
        id: fx.eventId,
        data: { caseId: fx.caseId, kind: 'copy_applied', date: '2026-11-21', relatedEventId: fx.eventId },
      }),
      code: 'VALIDATION',
      field: 'relatedEventId',
    },
  ],
  'events:delete': [
    missing('events:delete', 'id'),
    invalid('events:delete', 'id', ['x'], 'id as an array'),
    unknownId('events:delete', 'id'),
  ],
  'deadlines:for-case': [
    missing('deadlines:for-case', 'caseId'),
    invalid('deadlines:for-case', 'caseId', 42, 'caseId as a number'),
    invalid('deadlines:for-case', 'caseId', '', 'caseId empty'),
    unknownId('deadlines:for-case', 'caseId'),
  ],
  'deadlines:set-status': [
    missing('deadlines:set-status', 'id'),
    unknownId('deadlines:set-status', 'id'),
    missing('deadlines:set-status', 'status'),
    invalid('deadlines:set-status', 'status', 'done', 'unknown status'),
    invalid('deadlines:set-status', 'status', 'obsolete', 'obsolete is not a status the lawyer sets'),
    invalid('deadlines:set-status', 'note', 42, 'note as a number'),
    tooLong('deadlines:set-status', 'note'),
  ],
  'deadlines:dashboard': [],
  'deadlines:working': [
    missing('deadlines:working', 'id'),
    invalid('deadlines:working', 'id', 42, 'id as a number'),
    invalid('deadlines:working', 'id', '', 'id empty'),
    unknownId('deadlines:working', 'id'),
  ],
  'bail:list': [
    missing('bail:list', 'caseId'),
    invalid('bail:list', 'caseId', 42, 'caseId as a number'),
    unknownId('bail:list', 'caseId'),
  ],
  'bail:save': [
    missing('bail:save', 'data'),
    unknownId('bail:save', 'id', 'updating an unknown petition'),
    missing('bail:save', 'data.caseId'),
    unknownId('bail:save', 'data.caseId'),
    unknownId('bail:save', 'data.clientId'),
    unknownId('bail:save', 'data.forumId'),
    missing('bail:save', 'data.kind'),
    invalid('bail:save', 'data.kind', 'crpc_499', 'unknown kind'),
    invalid('bail:save', 'data.kind', 'Post-arrest bail', 'kind in words'),
    invalid('bail:save', 'data.status', 'pending', 'unknown status'),
    ...badDates('bail:save', 'data.filingDate'),
    invalid('bail:save', 'data.bondAmount', -100_000, 'a negative bond'),
    invalid('bail:save', 'data.bondAmount', 100_000.5, 'a bond in paisa'),
    invalid('bail:save', 'data.bondAmount', '1,00,000', 'a bond as a string'),
    invalid('bail:save', 'data.bondAmount', 2_000_000_000, 'a bond of two billion rupees'),
    tooLong('bail:save', 'data.surety'),
    tooLong('bail:save', 'data.conditions'),
    tooLong('bail:save', 'data.notes'),
    { ...invalid('bail:save', 'data.smuggled', 1, 'an unknown key inside data'), field: 'data' },
  ],
  'bail:escalate': [
    missing('bail:escalate', 'id'),
    unknownId('bail:escalate', 'id'),
    missing('bail:escalate', 'forumId'),
    unknownId('bail:escalate', 'forumId'),
    invalid('bail:escalate', 'forumId', 42, 'forumId as a number'),
    ...badDates('bail:escalate', 'filingDate'),
    invalid('bail:escalate', 'forumId', 'seed:lhc', 'to another High Court, not a higher forum'),
    invalid('bail:escalate', 'forumId', 'seed:fcc', 'to the Federal Constitutional Court, off the bail ladder'),
    invalid('bail:escalate', 'filingDate', '2026-10-19', 'filed before the petition it follows'),
  ],
  'petitions:templates': [
    missing('petitions:templates', 'caseId'),
    invalid('petitions:templates', 'caseId', 42, 'caseId as a number'),
    invalid('petitions:templates', 'caseId', '', 'caseId empty'),
    tooLong('petitions:templates', 'caseId'),
    unknownId('petitions:templates', 'caseId'),
    invalid('petitions:templates', 'clientId', null, 'clientId null'),
    invalid('petitions:templates', 'clientId', ['x'], 'clientId as an array'),
    unknownId('petitions:templates', 'clientId'),
  ],
  'petitions:create': [
    missing('petitions:create', 'caseId'),
    unknownId('petitions:create', 'caseId'),
    invalid('petitions:create', 'caseId', 42, 'caseId as a number'),
    missing('petitions:create', 'templateId'),
    invalid('petitions:create', 'templateId', 42, 'templateId as a number'),
    invalid('petitions:create', 'templateId', '  ', 'templateId blank'),
    tooLong('petitions:create', 'templateId'),
    {
      ...unknownId('petitions:create', 'templateId', 'an unknown template id'),
      input: withField('petitions:create', 'templateId', 'bail-497-supreme-court-en'),
    },
    unknownId('petitions:create', 'clientId'),
    invalid('petitions:create', 'clientId', 42, 'clientId as a number'),
    invalid('petitions:create', 'answers', ['s/o'], 'answers as an array'),
    invalid('petitions:create', 'answers', 's/o Abdul Ghani Baloch', 'answers as a string'),
    badAnswer('petitions:create', 'client.address', 42, 'an answer as a number'),
    badAnswer('petitions:create', 'client.address', '   ', 'an answer blank'),
    badAnswer('petitions:create', 'client.address', LONG, 'an answer of 10 KB'),
    {
      why: 'an answer under a 10 KB field path',
      input: withAnswer('petitions:create', LONG, 'x'),
      code: 'VALIDATION',
      field: `answers.${LONG}`,
    },
    badAnswer('petitions:create', 'client.address', undefined, 'a field the case lacks left unanswered'),
    {
      why: 'no answers: every field the case lacks is named',
      input: withField('petitions:create', 'answers', undefined),
      code: 'VALIDATION',
      field: 'answers.bail.lastDismissed.orderDate',
    },
    invalid('petitions:create', 'author', 42, 'author as a number'),
    tooLong('petitions:create', 'author'),
  ],
  'petitions:list': [
    missing('petitions:list', 'caseId'),
    invalid('petitions:list', 'caseId', 42, 'caseId as a number'),
    invalid('petitions:list', 'caseId', '', 'caseId empty'),
    unknownId('petitions:list', 'caseId'),
  ],
  'petitions:get': [
    missing('petitions:get', 'id'),
    invalid('petitions:get', 'id', 42, 'id as a number'),
    tooLong('petitions:get', 'id'),
    unknownId('petitions:get', 'id'),
    invalid('petitions:get', 'version', 0, 'version 0'),
    invalid('petitions:get', 'version', -1, 'a negative version'),
    invalid('petitions:get', 'version', 1.5, 'version 1.5'),
    invalid('petitions:get', 'version', '1', 'version as a string'),
    {
      why: 'a version that does not exist',
      input: withField('petitions:get', 'version', 99),
      code: 'NOT_FOUND',
    },
  ],
  'petitions:save': [
    missing('petitions:save', 'id'),
    unknownId('petitions:save', 'id'),
    missing('petitions:save', 'html'),
    invalid('petitions:save', 'html', '  \n ', 'html blank'),
    invalid('petitions:save', 'html', 42, 'html as a number'),
    invalid('petitions:save', 'html', { grounds: 'x' }, 'html as an object'),
    invalid('petitions:save', 'html', `<article>${'x'.repeat(500_000)}</article>`, 'html over 500,000 characters'),
    invalid('petitions:save', 'author', 42, 'author as a number'),
    tooLong('petitions:save', 'author'),
  ],
  'petitions:regenerate': [
    missing('petitions:regenerate', 'id'),
    unknownId('petitions:regenerate', 'id'),
    invalid('petitions:regenerate', 'id', 42, 'id as a number'),
    invalid('petitions:regenerate', 'answers', ['s/o'], 'answers as an array'),
    badAnswer('petitions:regenerate', 'client.address', 42, 'an answer as a number'),
    badAnswer('petitions:regenerate', 'client.address', '', 'an answer empty'),
    badAnswer('petitions:regenerate', 'client.address', LONG, 'an answer of 10 KB'),
    tooLong('petitions:regenerate', 'author'),
  ],
  'petitions:export-docx': [
    missing('petitions:export-docx', 'id'),
    invalid('petitions:export-docx', 'id', 42, 'id as a number'),
    unknownId('petitions:export-docx', 'id'),
    invalid('petitions:export-docx', 'paper', 'letter', 'paper not one of ours'),
    invalid('petitions:export-docx', 'paper', 'A4', 'paper in capitals'),
    invalid('petitions:export-docx', 'paper', null, 'paper null'),
  ],
  'templates:inspect-docx': [
    missing('templates:inspect-docx', 'base64'),
    invalid('templates:inspect-docx', 'base64', 42, 'base64 as a number'),
    invalid('templates:inspect-docx', 'base64', 'UEs', 'base64 of three characters'),
    invalid('templates:inspect-docx', 'base64', 'A'.repeat(7_000_001), 'a file over 5 MB'),
    invalid('templates:inspect-docx', 'base64', NOT_DOCX, 'a file that is not a .docx'),
    invalid('templates:inspect-docx', 'base64', BROKEN_ZIP, 'a corrupt zip'),
    invalid('templates:inspect-docx', 'base64', UNCLOSED_TAG, 'a template with an unclosed tag'),
  ],
  'templates:add-docx': [
    missing('templates:add-docx', 'name'),
    invalid('templates:add-docx', 'name', '  ', 'name blank'),
    invalid('templates:add-docx', 'name', 42, 'name as a number'),
    tooLong('templates:add-docx', 'name'),
    missing('templates:add-docx', 'language'),
    invalid('templates:add-docx', 'language', 'punjabi', 'language not one of ours'),
    invalid('templates:add-docx', 'language', 'English', 'language in words'),
    missing('templates:add-docx', 'base64'),
    invalid('templates:add-docx', 'base64', '', 'base64 empty'),
    invalid('templates:add-docx', 'base64', NOT_DOCX, 'a file that is not a .docx'),
    invalid('templates:add-docx', 'base64', BROKEN_ZIP, 'a corrupt zip'),
    invalid('templates:add-docx', 'base64', UNCLOSED_TAG, 'a template with an unclosed tag'),
  ],
  'templates:render-docx': [
    missing('templates:render-docx', 'templateId'),
    invalid('templates:render-docx', 'templateId', 42, 'templateId as a number'),
    unknownId('templates:render-docx', 'templateId'),
    {
      ...unknownId('templates:render-docx', 'templateId', 'a shipped template id (not a Word template)'),
      input: withField('templates:render-docx', 'templateId', 'bail-497-hc-en'),
    },
    missing('templates:render-docx', 'caseId'),
    unknownId('templates:render-docx', 'caseId'),
    unknownId('templates:render-docx', 'clientId'),
    tooLong('templates:render-docx', 'caseId'),
    invalid('templates:render-docx', 'answers', 'ICT-1187', 'answers as a string'),
    badAnswer('templates:render-docx', 'counsel.enrolment', 1187, 'an answer as a number'),
    badAnswer('templates:render-docx', 'counsel.enrolment', LONG, 'an answer of 10 KB'),
    badAnswer(
      'templates:render-docx',
      'counsel.enrolment',
      undefined,
      "the organisation's own placeholder with no value and no answer",
    ),
    badAnswer('templates:render-docx', 'client.guardianName', undefined, 'a field the case lacks left unanswered'),
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
  'search:rebuild': [],
  'reports:case-summary': [
    missing('reports:case-summary', 'caseId'),
    invalid('reports:case-summary', 'caseId', 42, 'caseId as a number'),
    invalid('reports:case-summary', 'caseId', '', 'caseId empty'),
    tooLong('reports:case-summary', 'caseId'),
    unknownId('reports:case-summary', 'caseId'),
    invalid('reports:case-summary', 'redacted', 'yes', 'redacted as a word'),
    invalid('reports:case-summary', 'redacted', 1, 'redacted as a number'),
    invalid('reports:case-summary', 'redacted', null, 'redacted null'),
  ],
  'reports:client-dossier': [
    missing('reports:client-dossier', 'clientId'),
    invalid('reports:client-dossier', 'clientId', ['x'], 'clientId as an array'),
    invalid('reports:client-dossier', 'clientId', '  ', 'clientId blank'),
    tooLong('reports:client-dossier', 'clientId'),
    unknownId('reports:client-dossier', 'clientId'),
    invalid('reports:client-dossier', 'redacted', 'false', 'redacted as text'),
  ],
  'reports:caseload': [
    missing('reports:caseload', 'from'),
    missing('reports:caseload', 'to'),
    ...badDates('reports:caseload', 'from'),
    ...badDates('reports:caseload', 'to'),
    invalid('reports:caseload', 'to', '2025-12-31', 'a period ending before it starts'),
    invalid('reports:caseload', 'to', '2037-01-01', 'a period of more than ten years'),
    invalid('reports:caseload', 'redacted', 'no', 'redacted as a word'),
  ],
  'audit:list': [
    invalid('audit:list', 'caseId', 42, 'caseId as a number'),
    invalid('audit:list', 'caseId', '  ', 'caseId blank'),
    unknownId('audit:list', 'caseId'),
    {
      ...unknownId('audit:list', 'caseId', 'caseId a path'),
      input: withField('audit:list', 'caseId', '../../muhafiz.db'),
    },
    invalid('audit:list', 'limit', 0, 'limit 0'),
    invalid('audit:list', 'limit', 501, 'limit over 500'),
    invalid('audit:list', 'limit', 2.5, 'limit not whole'),
    invalid('audit:list', 'limit', Number.NaN, 'limit NaN'),
    invalid('audit:list', 'limit', '50', 'limit as text'),
    invalid('audit:list', 'table', 'audit_log', 'the log itself as the table'),
    invalid('audit:list', 'table', 'sqlite_master', 'a table that is not audited'),
    invalid('audit:list', 'table', 'cases', 'a case and a table together'),
  ],
  'audit:verify': [],
  'profile:get': [],
  'profile:update': [
    missing('profile:update', 'name'),
    invalid('profile:update', 'name', '   ', 'name blank'),
    invalid('profile:update', 'name', 42, 'name as a number'),
    invalid('profile:update', 'name', null, 'name null'),
    tooLong('profile:update', 'name'),
  ],
  ...importBad,
  'lock:status': [],
  'lock:update': [
    missing('lock:update', 'idleMinutes'),
    invalid('lock:update', 'idleMinutes', 0, 'idleMinutes 0 (never lock)'),
    invalid('lock:update', 'idleMinutes', 241, 'idleMinutes over four hours'),
    invalid('lock:update', 'idleMinutes', 2.5, 'idleMinutes not whole'),
    invalid('lock:update', 'idleMinutes', '5', 'idleMinutes as text'),
    invalid('lock:update', 'idleMinutes', Number.NaN, 'idleMinutes NaN'),
    missing('lock:update', 'eraseAfterFailures'),
    invalid('lock:update', 'eraseAfterFailures', 1, 'erase after a single typo'),
    invalid('lock:update', 'eraseAfterFailures', 101, 'eraseAfterFailures over 100'),
    invalid('lock:update', 'eraseAfterFailures', 'never', 'eraseAfterFailures as text'),
  ],
  'backup:status': [],
  'backup:progress': [],
  'backup:pick-folder': [
    missing('backup:pick-folder', 'purpose'),
    invalid('backup:pick-folder', 'purpose', 'export', 'an unknown purpose'),
    invalid('backup:pick-folder', 'purpose', 42, 'purpose as a number'),
  ],
  'backup:create': [
    missing('backup:create', 'folder'),
    invalid('backup:create', 'folder', 'usb/backups', 'a relative folder'),
    invalid('backup:create', 'folder', '/media/usb/../../home/lawyer/.ssh', "a folder path with '..'"),
    invalid('backup:create', 'folder', '/media/usb\0/x', 'a folder path with NUL'),
    invalid('backup:create', 'folder', '', 'folder empty'),
    invalid('backup:create', 'folder', 42, 'folder as a number'),
    tooLong('backup:create', 'folder'),
    invalid(
      'backup:create',
      'folder',
      (fx: Fixture) => `${fx.backupFolder}/no-such-drive`,
      'a folder that does not exist',
    ),
  ],
  'backup:list-folder': [
    missing('backup:list-folder', 'folder'),
    invalid('backup:list-folder', 'folder', 'backups', 'a relative folder'),
    invalid('backup:list-folder', 'folder', '/media/usb/../..', "a folder path with '..'"),
    invalid('backup:list-folder', 'folder', ['/media/usb'], 'folder as an array'),
  ],
  'backup:restore': [
    missing('backup:restore', 'path'),
    missing('backup:restore', 'passphrase'),
    invalid('backup:restore', 'passphrase', '', 'passphrase empty'),
    tooLong('backup:restore', 'passphrase'),
    invalid('backup:restore', 'path', 'muhafiz-backup-2026-11-27-1000', 'a relative path'),
    invalid('backup:restore', 'path', '/media/usb/../../home/lawyer', "a path with '..'"),
    {
      why: 'a folder that holds no backup',
      input: withField('backup:restore', 'path', (fx: Fixture) => fx.backupFolder.replace(/[\\/][^\\/]*$/, '')),
      code: 'NOT_FOUND',
    },
  ],
  'vault:erase': [
    missing('vault:erase', 'confirm'),
    invalid('vault:erase', 'confirm', 'erase', 'the confirmation in lower case'),
    invalid('vault:erase', 'confirm', 'ERASE ', 'the confirmation with a trailing space'),
    invalid('vault:erase', 'confirm', true, 'true instead of the typed word'),
  ],
  'incidents:list': [
    missing('incidents:list', 'clientId'),
    invalid('incidents:list', 'clientId', '', 'clientId empty'),
    invalid('incidents:list', 'clientId', 42, 'clientId as a number'),
    unknownId('incidents:list', 'clientId'),
  ],
  'incidents:get': [
    missing('incidents:get', 'id'),
    invalid('incidents:get', 'id', 'x'.repeat(65), 'id of 65 characters'),
    invalid('incidents:get', 'id', ['N-ID'], 'id as an array'),
    unknownId('incidents:get', 'id'),
  ],
  'incidents:for-case': [
    missing('incidents:for-case', 'caseId'),
    unknownId('incidents:for-case', 'caseId'),
    invalid('incidents:for-case', 'caseId', '', 'caseId empty'),
    invalid('incidents:for-case', 'caseId', { id: 'K-ID' }, 'caseId as an object'),
  ],
  'incidents:create': [
    missing('incidents:create', 'clientId'),
    unknownId('incidents:create', 'clientId'),
    unknownId('incidents:create', 'caseId', 'a case that does not exist'),
    missing('incidents:create', 'date'),
    ...badDates('incidents:create', 'date'),
    {
      why: 'dated tomorrow',
      input: (fx) => ({ ...validInputs['incidents:create'](fx), date: '2026-11-28', reports: [] }),
      code: 'VALIDATION',
      field: 'date',
    },
    ...badTimes('incidents:create', 'time'),
    missing('incidents:create', 'kind'),
    invalid('incidents:create', 'kind', 'kidnapping', 'an unknown kind'),
    invalid('incidents:create', 'perpetratorCategory', 'isi', 'an unknown perpetrator category'),
    missing('incidents:create', 'narrative'),
    invalid('incidents:create', 'narrative', '   ', 'narrative blank'),
    invalid('incidents:create', 'narrative', 'x'.repeat(20_001), 'narrative over 20,000 characters'),
    tooLong('incidents:create', 'place'),
    tooLong('incidents:create', 'witnesses'),
    invalid('incidents:create', 'reports', 'FIR refused', 'reports as a string'),
    invalid('incidents:create', 'reports.0.kind', 'fir_lodged', 'an unknown report kind'),
    invalid('incidents:create', 'reports.0.date', '2026-09-30', 'a report before the incident'),
    invalid('incidents:create', 'reports.1.date', '2026-11-28', 'a report dated tomorrow'),
    { ...invalid('incidents:create', 'reports.0.smuggled', 'x', 'an unknown key in a report'), field: 'reports.0' },
  ],
  'incidents:update': [
    missing('incidents:update', 'id'),
    unknownId('incidents:update', 'id'),
    missing('incidents:update', 'data'),
    invalid('incidents:update', 'data.kind', 'kidnapping', 'an unknown kind'),
    {
      why: 'dated tomorrow',
      input: (fx) => {
        const { id, data } = validInputs['incidents:update'](fx);
        return { id, data: { ...data, date: '2026-11-28', reports: [] } };
      },
      code: 'VALIDATION',
      field: 'date',
    },
    { ...invalid('incidents:update', 'data.clientId', UNKNOWN, 'moved to another client'), field: 'clientId' },
    unknownId('incidents:update', 'data.caseId', 'a case that does not exist'),
  ],
  'incidents:delete': [
    missing('incidents:delete', 'id'),
    invalid('incidents:delete', 'id', '', 'id empty'),
    invalid('incidents:delete', 'id', { id: 'N-ID' }, 'id as an object'),
    unknownId('incidents:delete', 'id'),
  ],
  'incidents:log-report': [
    missing('incidents:log-report', 'clientId'),
    unknownId('incidents:log-report', 'clientId'),
    invalid('incidents:log-report', 'clientId', 42, 'clientId as a number'),
    invalid('incidents:log-report', 'redacted', 'yes', 'redacted as a word'),
  ],
  'evidence:add': [
    missing('evidence:add', 'incidentId'),
    unknownId('evidence:add', 'incidentId'),
    missing('evidence:add', 'base64'),
    invalid('evidence:add', 'base64', '', 'an empty file'),
    invalid('evidence:add', 'base64', OVERSIZE_FILE, 'a file of 25 MB and one byte'),
    invalid('evidence:add', 'base64', 'not base64 at all!', 'bytes that are not base64'),
    invalid('evidence:add', 'base64', [137, 80, 78, 71], 'bytes as an array of numbers'),
    missing('evidence:add', 'filename'),
    invalid('evidence:add', 'filename', '../../.config/Muhafiz/muhafiz.key.json', 'a file name with a path'),
    invalid('evidence:add', 'filename', 'C:\\Users\\lawyer\\x.png', 'a Windows path'),
    invalid('evidence:add', 'filename', '   ', 'a blank file name'),
    tooLong('evidence:add', 'filename'),
    tooLong('evidence:add', 'description'),
  ],
  'evidence:update': [
    missing('evidence:update', 'id'),
    unknownId('evidence:update', 'id'),
    tooLong('evidence:update', 'description'),
    invalid('evidence:update', 'sourceUrl', 42, 'source as a number'),
    { ...invalid('evidence:update', 'sha256', 'e3b0c442', 'an attempt to change the recorded hash'), field: undefined },
  ],
  'evidence:file': [
    missing('evidence:file', 'id'),
    unknownId('evidence:file', 'id'),
    missing('evidence:file', 'purpose'),
    invalid('evidence:file', 'purpose', 'delete', 'an unknown purpose'),
  ],
  'evidence:verify': [
    missing('evidence:verify', 'id'),
    unknownId('evidence:verify', 'id'),
    invalid('evidence:verify', 'id', 42, 'id as a number'),
    { ...invalid('evidence:verify', 'sha256', 'e3b0c442', 'a hash sent to compare with'), field: undefined },
  ],
  'evidence:custody-sheet': [
    missing('evidence:custody-sheet', 'id'),
    unknownId('evidence:custody-sheet', 'id'),
    invalid('evidence:custody-sheet', 'redacted', 'no', 'redacted as a word'),
  ],
  'evidence:record-print': [
    missing('evidence:record-print', 'id'),
    unknownId('evidence:record-print', 'id'),
    missing('evidence:record-print', 'redacted'),
    invalid('evidence:record-print', 'redacted', 0, 'redacted as a number'),
  ],
  'evidence:export-sheet-docx': [
    missing('evidence:export-sheet-docx', 'id'),
    unknownId('evidence:export-sheet-docx', 'id'),
    invalid('evidence:export-sheet-docx', 'redacted', 'false', 'redacted as a string'),
  ],
  'evidence:delete': [
    missing('evidence:delete', 'id'),
    invalid('evidence:delete', 'id', '', 'id empty'),
    invalid('evidence:delete', 'id', null, 'id null'),
    unknownId('evidence:delete', 'id'),
  ],
  'disappearances:list': [
    invalid('disappearances:list', 'clientId', '', 'clientId empty'),
    invalid('disappearances:list', 'clientId', 42, 'clientId as a number'),
    unknownId('disappearances:list', 'clientId'),
    unknownId('disappearances:list', 'caseId', 'a case that does not exist'),
  ],
  'disappearances:get': [
    missing('disappearances:get', 'id'),
    invalid('disappearances:get', 'id', 'x'.repeat(65), 'id of 65 characters'),
    unknownId('disappearances:get', 'id'),
  ],
  'disappearances:save': [
    missing('disappearances:save', 'data'),
    unknownId('disappearances:save', 'id', 'updating an unknown record'),
    unknownId('disappearances:save', 'data.clientId'),
    missing('disappearances:save', 'data.lastSeenDate'),
    ...badDates('disappearances:save', 'data.lastSeenDate'),
    {
      ...invalid('disappearances:save', 'data.lastSeenDate', '2026-11-28', 'last seen tomorrow'),
      field: 'lastSeenDate',
    },
    ...badTimes('disappearances:save', 'data.lastSeenTime'),
    invalid('disappearances:save', 'data.outcome', 'missing', 'an unknown outcome'),
    {
      ...invalid('disappearances:save', 'data.outcome', 'released', 'released without the date'),
      field: 'data.outcomeDate',
    },
    invalid('disappearances:save', 'data.outcomeDate', '2026-11-20', 'an outcome date while still missing'),
    invalid('disappearances:save', 'data.familyContactPhone', 'ask at the shop', 'a phone in words'),
    tooLong('disappearances:save', 'data.lastSeenPlace'),
    tooLong('disappearances:save', 'data.takenBy'),
    {
      ...invalid('disappearances:save', 'data.clientId', (fx: Fixture) => fx.clientId, 'moved to another client'),
      field: 'clientId',
    },
    { ...invalid('disappearances:save', 'data.smuggled', 1, 'an unknown key inside data'), field: 'data' },
  ],
  'disappearances:link-case': [
    missing('disappearances:link-case', 'recordId'),
    unknownId('disappearances:link-case', 'recordId'),
    unknownId('disappearances:link-case', 'caseId'),
    missing('disappearances:link-case', 'role'),
    invalid('disappearances:link-case', 'role', 'jit', 'an unknown role'),
  ],
  'disappearances:create-case': [
    unknownId('disappearances:create-case', 'recordId'),
    unknownId('disappearances:create-case', 'forumId'),
    invalid('disappearances:create-case', 'role', 'other', 'a role the record cannot open a case for'),
    tooLong('disappearances:create-case', 'caseNumber'),
  ],
  'disappearances:unlink-case': [
    missing('disappearances:unlink-case', 'caseId'),
    unknownId('disappearances:unlink-case', 'recordId'),
    unknownId('disappearances:unlink-case', 'caseId', 'a case that is not linked'),
  ],
  'disappearances:save-entry': [
    missing('disappearances:save-entry', 'data'),
    unknownId('disappearances:save-entry', 'id', 'updating an unknown entry'),
    unknownId('disappearances:save-entry', 'data.recordId'),
    invalid('disappearances:save-entry', 'data.kind', 'raid', 'an unknown kind'),
    ...badDates('disappearances:save-entry', 'data.date'),
    tooLong('disappearances:save-entry', 'data.note'),
    {
      why: 'a step taken dated tomorrow',
      input: (fx) => ({
        data: { ...validInputs['disappearances:save-entry'](fx).data, kind: 'police_refusal', date: '2026-11-28' },
      }),
      code: 'VALIDATION',
      field: 'date',
    },
  ],
  'disappearances:delete-entry': [
    missing('disappearances:delete-entry', 'id'),
    invalid('disappearances:delete-entry', 'id', 42, 'id as a number'),
    unknownId('disappearances:delete-entry', 'id'),
  ],
  'disappearances:delete': [
    missing('disappearances:delete', 'id'),
    invalid('disappearances:delete', 'id', 42, 'id as a number'),
    invalid('disappearances:delete', 'id', '', 'id empty'),
    invalid('disappearances:delete', 'deleteAppeals', 'yes', 'deleteAppeals as a string'),
    unknownId('disappearances:delete', 'id'),
  ],
  'disappearances:save-order': [
    missing('disappearances:save-order', 'data'),
    unknownId('disappearances:save-order', 'id', 'updating an unknown order'),
    unknownId('disappearances:save-order', 'data.recordId'),
    unknownId('disappearances:save-order', 'data.caseId'),
    {
      ...invalid(
        'disappearances:save-order',
        'data.caseId',
        (fx: Fixture) => fx.caseId,
        'a case not linked to the record',
      ),
      field: 'caseId',
    },
    missing('disappearances:save-order', 'data.court'),
    ...badDates('disappearances:save-order', 'data.produceBy'),
    invalid('disappearances:save-order', 'data.produceBy', '2026-11-01', 'to produce before the order was made'),
    invalid('disappearances:save-order', 'data.status', 'ignored', 'an unknown status'),
    {
      ...invalid('disappearances:save-order', 'data.status', 'obeyed', 'obeyed without the date of production'),
      field: 'data.obeyedOn',
    },
    {
      why: 'ordered tomorrow',
      input: (fx) => {
        const { id, data } = validInputs['disappearances:save-order'](fx);
        return { id, data: { ...data, orderedOn: '2026-11-28', produceBy: '2026-12-05' } };
      },
      code: 'VALIDATION',
      field: 'orderedOn',
    },
  ],
  'consents:list': [
    missing('consents:list', 'clientId'),
    invalid('consents:list', 'clientId', 42, 'clientId as a number'),
    unknownId('consents:list', 'clientId'),
  ],
  'consents:save': [
    missing('consents:save', 'data'),
    unknownId('consents:save', 'id', 'updating an unknown consent'),
    unknownId('consents:save', 'data.clientId'),
    invalid('consents:save', 'data.recipient', 'un', 'an unknown recipient'),
    {
      ...invalid('consents:save', 'data.recipient', 'organisation', 'an organisation without its name'),
      field: 'data.organisation',
    },
    invalid('consents:save', 'data.givenBy', 'neighbour', 'consent from someone outside the family'),
    invalid('consents:save', 'data.givenByName', null, 'a family member not named'),
    invalid('consents:save', 'data.method', 'telepathy', 'an unknown way'),
    ...badDates('consents:save', 'data.date'),
    invalid('consents:save', 'data.withdrawnOn', '2026-11-01', 'withdrawn before it was given'),
    { ...invalid('consents:save', 'data.date', '2026-11-28', 'consent dated tomorrow'), field: 'date' },
  ],
  'appeals:create': [
    missing('appeals:create', 'recordId'),
    unknownId('appeals:create', 'recordId'),
    invalid('appeals:create', 'recipient', 'un', 'an unknown recipient'),
    {
      ...invalid('appeals:create', 'recipient', 'organisation', 'an organisation without its name'),
      field: 'organisation',
    },
    tooLong('appeals:create', 'organisation'),
  ],
  'appeals:info': [
    missing('appeals:info', 'draftId'),
    invalid('appeals:info', 'draftId', ['U-ID'], 'draftId as an array'),
    unknownId('appeals:info', 'draftId'),
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
  'clients:page',
  'cases:list',
  'cases:page',
  'lawyers:list',
  'settings:get',
  'reminders:missed',
  'reminders:dismiss',
  'rules:list',
  'rules:export',
  'calendar:get',
  'deadlines:dashboard',
  'search:rebuild',
  'disappearances:list',
  'audit:list',
  'audit:verify',
  'profile:get',
  'lock:status',
  'backup:status',
  'backup:progress',
  'import:progress',
  'import:batches',
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
  // Zod compares a `length` before it knows the value is a string: this object made it throw.
  const valid = validInputs[channel](PLACEHOLDER_FIXTURE);
  if (valid !== null && typeof valid === 'object' && Object.keys(valid).length > 0) {
    cases.push({
      why: 'every field an object whose length is no number',
      input: (fx) => {
        const input = clone(validInputs[channel](fx) as Record<string, unknown>);
        for (const key of Object.keys(input)) input[key] = { length: { toString: '' } };
        return input;
      },
      code: 'VALIDATION',
    });
  }
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
      const json = JSON.stringify(validInputs[channel](PLACEHOLDER_FIXTURE));
      if (PLACEHOLDER_RECORD.test(json)) {
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
    // A fresh app and fixture for each of over a hundred channels: longer than the default 30 s.
  }, 180_000);
});

describe.each(CHANNELS)('%s', (channel) => {
  const rows = ROWS.filter((r) => r.channel === channel);
  const refuses = async (row: (typeof rows)[number]) => {
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
  };
  const known = rows.filter((r) => !r.bug);
  const bugs = rows.filter((r) => r.bug);
  test.each(known.map((r) => [r.why, r] as const))('refuses %s', (_why, row) => refuses(row));
  if (bugs.length > 0) {
    test.fails.each(bugs.map((r) => [r.why, r] as const))('refuses %s (known bug)', (_why, row) => refuses(row));
  }
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
      'rules:list',
      'rules:export',
      'calendar:get',
      'deadlines:dashboard',
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
