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

/** Events a lawyer records on a case, from which deadlines follow (with the case's FIR and arrest dates). */
export const CASE_EVENT_KINDS = [
  'police_remand',
  'judicial_remand',
  'ata_remand',
  'judgment',
  'copy_applied',
  'copy_ready',
  'protective_bail',
  'detention_order',
  'bail_order',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** What a rule counts from: a recorded event, or the case's own FIR and arrest. */
export const RULE_TRIGGERS = [
  'arrest',
  'fir',
  'police_remand',
  'police_remand_first',
  'judicial_remand',
  'ata_remand',
  'judgment',
  'protective_bail',
  'detention_order',
] as const;
export type RuleTrigger = (typeof RULE_TRIGGERS)[number];

export const PERIOD_UNITS = ['hours', 'days', 'months', 'years'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export const RULE_CONFIDENCE = ['verified', 'needs_checking'] as const;
export type RuleConfidence = (typeof RULE_CONFIDENCE)[number];

export const JUDGMENT_RESULTS = ['conviction', 'acquittal', 'order'] as const;
export type JudgmentResult = (typeof JUDGMENT_RESULTS)[number];

/** Sentence bands that CrPC 426(1-A) and the appeal rules distinguish. */
export const SENTENCE_BANDS = ['up_to_3y', 'over_3y_to_7y', 'over_7y', 'life', 'death'] as const;
export type SentenceBand = (typeof SENTENCE_BANDS)[number];

export const DEADLINE_STATUSES = ['open', 'completed', 'dismissed'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const HOLIDAY_KINDS = ['gazetted', 'provincial', 'local', 'vacation'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const BAIL_KINDS = ['crpc_496', 'crpc_497', 'crpc_498', 'protective', 'crpc_426', 'ata_21d'] as const;
export type BailKind = (typeof BAIL_KINDS)[number];

export const BAIL_STATUSES = [
  'drafted',
  'filed',
  'fixed',
  'ad_interim_granted',
  'confirmed',
  'granted',
  'dismissed',
  'withdrawn',
  'cancelled',
] as const;
export type BailStatus = (typeof BAIL_STATUSES)[number];

export const GENDERS = ['female', 'male', 'transgender', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** How a petition names a party's parent or husband: "s/o", "d/o", "w/o". */
export const GUARDIAN_RELATIONS = ['son_of', 'daughter_of', 'wife_of'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export const PETITION_LANGUAGES = ['en', 'ur'] as const;
export type PetitionLanguage = (typeof PETITION_LANGUAGES)[number];
