import { dispatch } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/handlers';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { caseData, clientData } from '../support/factories';
import type { Harness } from '../support/harness';
import { PASSPHRASE } from './fixtures';

/** Arranges data through the same dispatch the page uses, then hands over to the UI. */
export const api =
  (harness: Harness) =>
  async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await dispatch(handlers, harness.ctx, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as ChannelOutput<C>;
  };

/**
 * A court week for two lawyers of a legal-aid office, from Friday 27 November 2026: a journalist
 * (sensitive, codename Falcon) on PECA charges before the IHC, an activist before the ATC
 * Rawalpindi on the same Monday morning (a clash for Imaan Hazir), Hina Jilani's habeas petition in
 * the LHC Rawalpindi Bench, and Usama Khilji's Sessions matter in Lahore.
 */
export const seedCourtWeek = async (harness: Harness) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  const atc = await call('courts:create', {
    name: 'Anti-Terrorism Court-I, Rawalpindi',
    forumType: 'atc',
    city: 'Rawalpindi',
  });
  const sessions = await call('courts:create', {
    name: 'Court of Sessions Judge, Lahore',
    forumType: 'sessions',
    city: 'Lahore',
  });
  const falcon = await call(
    'clients:create',
    clientData({ fullName: 'Ayesha Siddiqa', sensitive: true, codename: 'Falcon' }),
  );
  const activist = await call(
    'clients:create',
    clientData({ fullName: 'Baba Jan Hunzai', category: 'activist', cnic: null }),
  );
  const mother = await call(
    'clients:create',
    clientData({ fullName: 'Rukhsana Bibi', category: 'family_of_disappeared', cnic: null }),
  );
  const pecaCase = await call('cases:create', caseData([falcon.id], { team: ['Imaan Hazir'] }));
  const ataCase = await call(
    'cases:create',
    caseData([activist.id], {
      caseType: 'trial',
      firNumber: '77/2026',
      offences: [
        { statute: 'ATA', section: '7' },
        { statute: 'PPC', section: '505' },
      ],
      forumId: atc.id,
      caseNumber: 'Special Case No. 342/2026',
      investigatingAgency: 'ctd',
      team: ['Imaan Hazir'],
    }),
  );
  const habeas = await call(
    'cases:create',
    caseData([mother.id], {
      caseType: 'habeas_corpus',
      firNumber: null,
      firDate: null,
      offences: [],
      forumId: 'seed:lhc-rwp',
      caseNumber: 'Crl. Misc. No. 27821-H of 2026',
      custodyStatus: 'missing',
      arrestDate: null,
      team: ['Hina Jilani'],
    }),
  );
  const sessionsCase = await call(
    'cases:create',
    caseData([activist.id], {
      caseType: 'pre_arrest_bail',
      firNumber: '310/2026',
      forumId: sessions.id,
      caseNumber: 'B.A. No. 1190/2026',
      custodyStatus: 'not_arrested',
      arrestDate: null,
      team: ['Usama Khilji'],
    }),
  );
  // The last date of the PECA bail: recorded, so today's list shows its order.
  const first = await call('hearings:create', {
    caseId: pecaCase.id,
    date: '2026-11-20',
    time: '09:30',
    courtId: 'seed:ihc',
    bench: 'Court No. 2',
    purpose: 'Notice',
  });
  await call('hearings:record-outcome', {
    hearingId: first.id,
    outcome: 'adjourned',
    shortOrder: 'Notice to State; NCCIA to file report',
    nextDate: '2026-11-30',
    nextTime: '09:30',
    nextPurpose: 'Arguments on bail',
  });
  await call('hearings:create', {
    caseId: ataCase.id,
    date: '2026-11-30',
    time: '10:00',
    courtId: atc.id,
    purpose: 'Framing of charge',
  });
  await call('hearings:create', {
    caseId: habeas.id,
    date: '2026-11-27',
    courtId: 'seed:lhc-rwp',
    bench: 'Court No. 4',
    purpose: 'Report of RPO Rawalpindi',
  });
  await call('hearings:create', {
    caseId: sessionsCase.id,
    date: '2026-11-27',
    time: '11:00',
    courtId: sessions.id,
    purpose: 'Confirmation of ad-interim bail',
  });
  await call('hearings:create', {
    caseId: ataCase.id,
    date: '2026-12-02',
    time: '09:00',
    courtId: atc.id,
    purpose: 'Evidence',
  });
  return { falcon, activist, mother, pecaCase, ataCase, habeas, sessionsCase, atc, sessions };
};
