import { i18n } from '../../i18n';

/*
 * Strings of the bail tracker, merged into the English bundle under `bail`. Kept beside the panel
 * (rather than in i18n/en.ts) so the tracker and the deadline screens can be built side by side.
 */
export const bailStrings = {
  title: 'Bail petitions',
  add: 'Add bail petition',
  edit: 'Edit bail petition',
  none: 'No bail petition recorded yet.',
  kind: 'Kind',
  client: 'Client',
  forum: 'Forum',
  filingDate: 'Filing date',
  status: 'Status',
  statusOf: 'Status of the petition in {{forum}}',
  surety: 'Surety',
  bond: 'Bond (Rs)',
  bondShort: 'bond Rs {{amount}}',
  conditions: 'Conditions',
  notes: 'Notes',
  filed: 'Filed {{date}}',
  notFiled: 'Not filed yet',
  noForum: 'Forum not recorded',
  hearings_one: '{{count}} hearing',
  hearings_other: '{{count}} hearings',
  escalate: 'Escalate to next forum',
  escalateTitle: 'Take this petition to the next forum',
  escalateFrom: '{{status}} in {{forum}}.',
  escalateTo: 'Next forum',
  escalateCarry:
    'The new petition keeps the kind, client, surety, bond, conditions and notes. It is saved as drafted, or as filed when you give a filing date.',
  escalateNone: 'There is no forum above this one for bail.',
  escalateNoForum: 'Record the forum that refused this petition (Edit) before taking it higher.',
  preArrestHint:
    'Pre-arrest bail is ordinarily sought in the Sessions Court first (PLD 2009 SC 427). Going straight to the High Court needs exceptional circumstances: state them in the petition.',
  kinds: {
    crpc_496: 'Bailable offence (CrPC 496)',
    crpc_497: 'Post-arrest bail (CrPC 497)',
    crpc_498: 'Pre-arrest bail (CrPC 498)',
    protective: 'Protective bail',
    crpc_426: 'Suspension of sentence (CrPC 426)',
    ata_21d: 'ATA bail (ATA 21-D)',
  },
  statuses: {
    drafted: 'Drafted',
    filed: 'Filed',
    fixed: 'Fixed for hearing',
    ad_interim_granted: 'Ad-interim bail granted',
    confirmed: 'Confirmed',
    granted: 'Granted',
    dismissed: 'Dismissed',
    withdrawn: 'Withdrawn',
    cancelled: 'Cancelled',
  },
};

i18n.addResourceBundle('en', 'translation', { bail: bailStrings }, true, true);
