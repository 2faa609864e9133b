import type { ChannelInput } from '../../electron/shared/contract';

/*
 * Incidents and evidence as a lawyer records them for Farhan Baloch, the journalist of the
 * shared fixture (channel-inputs.ts): a raid on his home that the police would not register, and
 * an online threat with a screenshot attached.
 */

/** A 1 x 1 PNG: the smallest real screenshot. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const raidInput = (clientId: string, caseId: string | null = null): ChannelInput<'incidents:create'> => ({
  clientId,
  caseId,
  date: '2026-10-01',
  time: '02:30',
  place: 'His home, Street 21, G-9/2, Islamabad',
  kind: 'raid',
  perpetratorCategory: 'state_agency',
  perpetratorDescription: 'About eight men in plain clothes with two police officers in uniform; a white Vigo',
  witnesses: 'His wife; the neighbour, Mr Zafar (chowkidar of house 23)',
  narrative:
    'Men entered the house at night without a warrant, took his laptop and two phones and told his wife he would be "fixed" if he kept writing about the missing students.',
  reports: [
    { kind: 'fir_sought', madeTo: 'SHO, Police Station Shalimar', date: '2026-10-01' },
    {
      kind: 'fir_refused',
      madeTo: 'SHO, Police Station Shalimar',
      reference: 'Refused orally; application diary no. 118',
      date: '2026-10-02',
    },
  ],
});

export const onlineThreatInput = (clientId: string): ChannelInput<'incidents:create'> => ({
  clientId,
  date: '2026-11-20',
  place: 'X (Twitter) and a WhatsApp group of Islamabad journalists',
  kind: 'online_threat',
  perpetratorCategory: 'unknown',
  perpetratorDescription: 'An anonymous account, @watchman_isb, created in November 2026',
  narrative: 'A post with his home address and a photograph of his daughter\'s school gate, calling him a "traitor".',
  reports: [{ kind: 'fia_complaint', madeTo: 'FIA NCCIA, Islamabad', reference: 'Complaint 4471/2026' }],
});

export const screenshotInput = (incidentId: string): ChannelInput<'evidence:add'> => ({
  incidentId,
  filename: 'watchman_isb-post-2026-11-20.png',
  mime: 'image/png',
  base64: TINY_PNG_BASE64,
  sourceUrl: 'https://x.com/watchman_isb/status/1859000000000000000',
  description: 'Screenshot of the post, taken by the client on his phone at 21:40 the same day',
});
