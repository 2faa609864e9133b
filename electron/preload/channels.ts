import type { Channel } from '../shared/contract';

/*
 * The channel names the preload forwards. A plain list rather than an import of the contract:
 * the contract pulls in zod and every schema, which the sandboxed preload neither needs nor should
 * carry. The type checks below make a missing or unknown name a compile error, and
 * tests/electron-glue/preload.test.ts checks the list equals Object.keys(contract).
 */
export const INVOKE_CHANNELS = [
  'app:info',
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:change-passphrase',
  'courts:list',
  'courts:create',
  'police-stations:list',
  'police-stations:create',
  'clients:list',
  'clients:get',
  'clients:create',
  'clients:update',
  'clients:set-archived',
  'cases:list',
  'cases:get',
  'cases:create',
  'cases:update',
  'hearings:create',
  'hearings:update',
  'hearings:record-outcome',
  'hearings:agenda',
  'hearings:unrecorded',
  'notes:create',
  'search:global',
  'search:rebuild',
  'hearings:resolve-clash',
  'lawyers:list',
  'settings:get',
  'settings:update-reminders',
  'reminders:missed',
  'reminders:dismiss',
  'diary:export-ics',
  'rules:list',
  'rules:save',
  'rules:export',
  'rules:import',
  'calendar:get',
  'calendar:set-closures',
  'holidays:save',
  'holidays:delete',
  'events:create',
  'events:update',
  'events:delete',
  'deadlines:for-case',
  'deadlines:set-status',
  'deadlines:dashboard',
  'bail:list',
  'bail:save',
  'bail:escalate',
  'petitions:templates',
  'petitions:create',
  'petitions:list',
  'petitions:get',
  'petitions:save',
  'petitions:regenerate',
  'petitions:export-docx',
  'templates:inspect-docx',
  'templates:add-docx',
  'templates:render-docx',
  'reports:case-summary',
  'reports:client-dossier',
  'reports:caseload',
  'audit:list',
  'audit:verify',
  'profile:get',
  'profile:update',
] as const satisfies readonly Channel[];

type Missing = Exclude<Channel, (typeof INVOKE_CHANNELS)[number]>;
// Fails to compile (naming the missing channel) when the contract gains a channel not listed above.
export const everyChannelListed: [Missing] extends [never] ? true : Missing = true;

/** Events main may push to the window. Kept tiny on purpose: each one is a way in. */
export const PUSH_EVENTS = ['app:locked'] as const;
export type PushEvent = (typeof PUSH_EVENTS)[number];
