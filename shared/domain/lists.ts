/**
 * The unit's fixed lists. Codes are stored; labels live in the i18n catalogues under
 * `<list>.<code>` (e.g. `offence.child-homicide`), so both languages share one value.
 */
export const OFFENCES = [
  'rape-under-15',
  'indecent-act-under-15',
  'other-sexual-abuse',
  'child-homicide',
  'suspicious-death',
  'attempted-homicide',
  'physical-abuse',
  'trafficking',
  'sexual-exploitation',
  'abuse-material',
  'live-streamed-abuse',
  'online-grooming',
  'debauchery',
  'other',
] as const;
export type Offence = (typeof OFFENCES)[number];

/** `debauchery` is a legacy charge, recordable only for offences before this date. */
export const DEBAUCHERY_BEFORE = '2008-01-01';

export const RELATIONSHIPS = [
  'father',
  'stepfather',
  'mother',
  'grandparent',
  'uncle',
  'sibling-cousin',
  'other-relative',
  'neighbour',
  'teacher',
  'religious-figure',
  'employer',
  'online-contact',
  'stranger',
  'unknown',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const SERVICES = [
  'medical',
  'legal-aid',
  'court-accompaniment',
  'counselling',
  'mental-health',
  'safe-shelter',
  'family-based-care',
  'family-support',
  'bereaved-family-support',
  'material-help',
  'education-training',
  'reintegration',
  'documentation',
  'referral',
] as const;
export type Service = (typeof SERVICES)[number];

export const COURT_STAGES = [
  'not-charged',
  'charged',
  'at-trial',
  'convicted',
  'acquitted',
  'dismissed',
  'settled-out-of-court',
] as const;
export type CourtStage = (typeof COURT_STAGES)[number];

export const AGE_BANDS = [
  { code: '0-5', min: 0, max: 5 },
  { code: '6-12', min: 6, max: 12 },
  { code: '13-14', min: 13, max: 14 },
  { code: '15-17', min: 15, max: 17 },
] as const;

export const SEXES = ['female', 'male'] as const;
export const CASE_STATUSES = ['open', 'awaiting-court', 'closed'] as const;
export const VICTIM_OUTCOMES = ['died', 'injured', 'other'] as const;

export const REFERRAL_SOURCES = ['ncmec', 'foreign-police', 'local-report', 'proactive'] as const;
export const ONLINE_OFFENCES = ['live-streaming', 'material-upload', 'material-download', 'grooming'] as const;

export const EXHIBIT_TYPES = ['biological', 'clothing', 'weapon', 'digital-device', 'document', 'other'] as const;
export const EXAMINATIONS = ['dna', 'blood', 'semen', 'luminol', 'digital', 'other'] as const;
