/** Enumerations shared by the database CHECK constraints, the IPC contract and the UI. */
export const HRD_CATEGORIES = [
  'journalist',
  'activist',
  'whrd',
  'religious_minority',
  'lawyer',
  'student',
  'labour',
  'family_of_disappeared',
  'other',
] as const;
export type HrdCategory = (typeof HRD_CATEGORIES)[number];

export const PROVINCES = ['punjab', 'sindh', 'kp', 'balochistan', 'ict', 'gb', 'ajk'] as const;
export type Province = (typeof PROVINCES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const CASE_TYPES = [
  'trial',
  'bail',
  'pre_arrest_bail',
  'habeas_corpus',
  'quashment',
  'appeal',
  'revision',
  'constitutional_petition',
  'commission_complaint',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_STATUSES = ['active', 'disposed', 'archived'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_PARTY_ROLES = ['accused', 'petitioner', 'detenu', 'appellant', 'complainant'] as const;
export type CasePartyRole = (typeof CASE_PARTY_ROLES)[number];

export const INVESTIGATING_AGENCIES = ['police', 'fia_nccia', 'ctd', 'other'] as const;
export type InvestigatingAgency = (typeof INVESTIGATING_AGENCIES)[number];

export const STATUTES = ['PPC', 'PECA', 'ATA', 'MPO', 'CrPC', 'other'] as const;
export type Statute = (typeof STATUTES)[number];

export const CUSTODY_STATUSES = ['not_arrested', 'in_custody', 'on_bail', 'released', 'missing', 'unknown'] as const;
export type CustodyStatus = (typeof CUSTODY_STATUSES)[number];

export const HEARING_OUTCOMES = [
  'heard',
  'adjourned',
  'order_reserved',
  'ex_parte',
  'disposed',
  'bail_granted',
  'bail_dismissed',
  'other',
] as const;
export type HearingOutcome = (typeof HEARING_OUTCOMES)[number];

/** Forum types, from the court hierarchy in shared/domain/pakistan-law.md §1.1. */
export const FORUM_TYPES = [
  'magistrate',
  'sessions',
  'atc',
  'peca_court',
  'high_court',
  'supreme_court',
  'fcc',
  'fsc',
  'commission',
  'other',
] as const;
export type ForumType = (typeof FORUM_TYPES)[number];
