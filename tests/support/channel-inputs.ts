import type { Channel, ChannelInput } from '../../electron/shared/contract';
import { PASSPHRASE, type TestApp } from './context';
import { caseData, clientData, makeClient } from './factories';

/** Ids of a small real case file, so a request can be valid in every respect but one. */
export type Fixture = { clientId: string; caseId: string; hearingId: string; courtId: string };

/** An IHC bail case of a journalist under PECA 26-A, with one hearing on 27 November 2026. */
export const seedFixture = async (app: TestApp): Promise<Fixture> => {
  const client = await makeClient(app, { fullName: 'Farhan Baloch', nameUr: 'فرحان بلوچ', codename: 'Kestrel' });
  const c = await app.must('cases:create', caseData([client.id]));
  const hearing = await app.must('hearings:create', {
    caseId: c.id,
    date: '2026-11-27',
    time: '09:30',
    courtId: 'seed:ihc',
    bench: 'Court No. 2',
    purpose: 'Arguments on bail',
  });
  return { clientId: client.id, caseId: c.id, hearingId: hearing.id, courtId: 'seed:ihc' };
};

export const NEW_PASSPHRASE = 'monsoon over the margalla hills';

/**
 * One valid input for every channel of the contract (typed, so a new channel without an entry
 * does not compile). Used to reach a handler past validation: locked-state and bad-input tests.
 */
export const validInputs: { [C in Channel]: (fx: Fixture) => ChannelInput<C> } = {
  'app:info': () => ({}),
  'vault:status': () => ({}),
  'vault:create': () => ({ passphrase: NEW_PASSPHRASE }),
  'vault:unlock': () => ({ passphrase: PASSPHRASE }),
  'vault:lock': () => ({}),
  'vault:change-passphrase': () => ({ current: PASSPHRASE, next: NEW_PASSPHRASE }),
  'courts:list': () => ({}),
  'courts:create': () => ({
    name: 'Judicial Magistrate, Islamabad East',
    forumType: 'magistrate',
    city: 'Islamabad',
    province: 'ict',
  }),
  'police-stations:list': () => ({}),
  'police-stations:create': () => ({ name: 'Kohsar', district: 'Islamabad', province: 'ict' }),
  'clients:list': () => ({ query: 'Farhan' }),
  'clients:get': (fx) => ({ id: fx.clientId }),
  'clients:create': () => clientData({ fullName: 'Naseer Ahmad', category: 'religious_minority' }),
  'clients:update': (fx) => ({ id: fx.clientId, data: clientData({ fullName: 'Farhan Baloch' }) }),
  'clients:set-archived': (fx) => ({ id: fx.clientId, archived: true }),
  'cases:list': (fx) => ({ status: 'active', clientId: fx.clientId, query: '112/2026' }),
  'cases:get': (fx) => ({ id: fx.caseId }),
  'cases:create': (fx) => caseData([fx.clientId]),
  'cases:update': (fx) => ({ id: fx.caseId, data: caseData([fx.clientId]) }),
  'hearings:create': (fx) => ({ caseId: fx.caseId, date: '2026-12-04', courtId: fx.courtId, purpose: 'Arguments' }),
  'hearings:update': (fx) => ({ id: fx.hearingId, date: '2026-11-27', time: '10:00', purpose: 'Arguments on bail' }),
  'hearings:record-outcome': (fx) => ({
    hearingId: fx.hearingId,
    outcome: 'adjourned',
    shortOrder: 'Notice to the State for the next date',
    nextDate: '2026-12-04',
  }),
  'hearings:agenda': (fx) => ({ from: '2026-11-27', to: '2026-12-31', forumType: 'high_court', courtId: fx.courtId }),
  'hearings:unrecorded': () => ({ before: '2026-11-27' }),
  'hearings:resolve-clash': (fx) => ({
    hearingId: fx.hearingId,
    appearingLawyer: 'Usman Warraich',
    adjournmentSought: false,
    note: 'Imaan Hazir is before the ATC Rawalpindi that morning',
  }),
  'lawyers:list': () => ({}),
  'settings:get': () => ({}),
  'settings:update-reminders': () => ({
    enabled: true,
    nightBefore: '21:00',
    morning: '07:00',
    leadDays: { appeal: 4, constitutional_petition: 2 },
  }),
  'reminders:missed': () => ({}),
  'reminders:dismiss': () => ({}),
  'diary:export-ics': (fx) => ({ caseId: fx.caseId }),
  'notes:create': (fx) => ({ caseId: fx.caseId, date: '2026-11-27', body: 'Client met in Adiala jail' }),
  'search:global': () => ({ query: 'Farhan' }),
};

/** Channels that work without an unlocked database. */
export const VAULT_CHANNELS: readonly Channel[] = [
  'app:info',
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:change-passphrase',
];
