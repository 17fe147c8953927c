/**
 * Examples of the published data-file schema (`docs/data-file.schema.json`) for fields whose
 * zod type is shared by many (free text, a timestamp): by property path, the longest tail
 * wins (`referralIds.value` before `value`). Fields with a type of their own (dates, ages,
 * counts, ids, the province) carry theirs in `.meta()`. A file built from the examples alone
 * imports (`data-file-schema.test.ts`); the n-th examples belong together: the n-th summary, one
 * per team in the order of the schema's `summary.oneOf` (HIT, ICAC, FST, OVA).
 */
export const SCHEMA_EXAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  appVersion: ['0.1.0'],
  year: [2025],
  checksum: ['sha256:0c8f6a3e3f6c1f0e5a2d4b7c9e1f3a5b7d9f1e3c5a7b9d1f3e5c7a9b1d3f5e7a'],
  pcName: ['HIT office'],
  caseCode: ['HIT-2025-KQMB-0001', 'ICAC-2025-KQMB-0002', 'FST-2025-KQMB-0003', 'OVA-2025-KQMB-0004'],
  revision: [1],
  district: ['Daun Penh'],
  offences: [['rape-under-15'], ['other-sexual-abuse'], ['indecent-act-under-15'], ['rape-under-15']],
  narrative: ['Reported by the village chief; the child was examined the same day.'],
  charges: ['Rape of a child under 15 (Criminal Code, art. 239)'],
  courtOutcome: ['Awaiting trial'],
  homicide: [false],
  suspiciousDeath: [false],
  arrested: [true],
  referralSource: ['local-report'],
  'referralIds.value': ['CT-2025-118204'],
  'partnerAgencies.value': ['Cambodian National Police, anti-trafficking department'],
  onlineOffences: [['grooming']],
  reference: ['FST-EX-0001'],
  result: ['DNA profile obtained'],
  holder: ['Sgt. Keo Sophea'],
  place: ['CPU evidence room, Phnom Penh'],
  agency: ['Hagar Cambodia'],
  'history.revision': [1],
  'history.action': ['created'],
  'history.changes': [[]],
  'changes.path': ['status'],
  reason: ['A child’s name typed in the narrative'],
};

/**
 * Optional fields whose examples are left out, so a file built from the examples leaves them out
 * too: a summary in the bin says so with `deletedAt` and `deletedBy`.
 */
export const WITHOUT_EXAMPLES: ReadonlySet<string> = new Set(['deletedAt', 'deletedBy']);

/** Examples by JSON Schema format, for timestamps and ids wherever they stand. */
export const SCHEMA_FORMAT_EXAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  'date-time': ['2025-03-14T02:15:00.000Z'],
};
