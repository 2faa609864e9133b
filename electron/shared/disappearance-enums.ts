/* Enumerations of the enforced-disappearance track and of appeals (issue 10, part B). */

/** How a disappearance ended, or that it has not. */
export const DISAPPEARANCE_OUTCOMES = [
  'still_missing',
  'traced',
  'released',
  'produced_in_case',
  'found_dead',
] as const;
export type DisappearanceOutcome = (typeof DISAPPEARANCE_OUTCOMES)[number];

/** What a case is to the record: the habeas petition, the Commission complaint, or another proceeding. */
export const LINK_ROLES = ['habeas', 'commission', 'petition_22a', 'other'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/** Steps taken (each dated, with its reference), the family contact log, Commission hearings and JIT sittings. */
export const STEP_KINDS = [
  'fir_application',
  'police_refusal',
  'petition_22a',
  'habeas_petition',
  'commission_complaint',
] as const;
export const SITTING_KINDS = ['commission_hearing', 'jit_sitting'] as const;
export const ENTRY_KINDS = [...STEP_KINDS, ...SITTING_KINDS, 'contact'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ORDER_STATUSES = ['pending', 'obeyed', 'not_obeyed'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Who an appeal or complaint goes to; consent to share identity is recorded for each. */
export const RECIPIENTS = ['un_sr_hrd', 'un_wgeid', 'nchr', 'organisation'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export const CONSENT_GIVERS = ['client', 'family_member'] as const;
export const CONSENT_METHODS = ['in_person', 'written', 'phone', 'message', 'other'] as const;
