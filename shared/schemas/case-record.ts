import { z } from 'zod';
import { PersonName, Uuid } from './fields';
import { CaseInput } from './case-summary';
import { CASE_CODE } from './case-code';

/**
 * What is stored of a summary: the record with its identity, provenance and history, and the
 * marker left of one purged. Apart from the summary (`case-summary.ts`) because these shapes are
 * written by main, never typed by an officer.
 */

/** What stands in a history change for a value an administrator redacted: who, when and why. */
export const RedactionNote = z.strictObject({
  redacted: z.literal(true),
  by: PersonName,
  at: z.iso.datetime(),
  reason: z.string().max(500),
});
export type RedactionNote = z.output<typeof RedactionNote>;

export const isRedaction = (value: unknown): value is RedactionNote => RedactionNote.safeParse(value).success;

/** One changed field in one save: its path inside the summary, old and new value. */
export const FieldChange = z.strictObject({
  path: z.string().max(200),
  from: z.unknown(),
  to: z.unknown(),
});

export const HistoryEntry = z.strictObject({
  revision: z.number().int().min(1),
  at: z.iso.datetime(),
  by: PersonName,
  action: z.enum(['created', 'edited', 'deleted', 'restored', 'imported']),
  /** For `imported`: the PC whose copy was merged in. */
  from: z.lazy(() => PcRef).optional(),
  changes: z.array(FieldChange),
});
export type HistoryEntry = z.output<typeof HistoryEntry>;

/** A PC by its random id and the name the unit gave it. */
export const PcRef = z.strictObject({ pcId: Uuid, pcName: z.string().max(80) });
export type PcRef = z.output<typeof PcRef>;

/** What is stored: the summary plus identity, provenance, bin state and history. */
export const CaseRecord = z.strictObject({
  id: Uuid,
  caseCode: z.string().regex(CASE_CODE),
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  createdBy: PersonName,
  updatedAt: z.iso.datetime(),
  updatedBy: PersonName,
  deletedAt: z.iso.datetime().optional(),
  deletedBy: PersonName.optional(),
  /** The PC the summary was first entered on; kept through every export and import. */
  origin: PcRef.optional(),
  summary: CaseInput,
  history: z.array(HistoryEntry),
});
export type CaseRecord = z.output<typeof CaseRecord>;

/**
 * A summary without its history: what the list and the totals read (kept sealed per summary as
 * its projection, so a year's list never decodes whole summaries with their history).
 */
export type CaseFacts = Omit<CaseRecord, 'history'>;

/**
 * What is left of a summary purged from the bin: enough for other PCs to purge their copy too
 * (it travels in yearly data files) and to refuse it if it comes back.
 */
export const PurgeMarker = z.strictObject({
  id: Uuid,
  caseCode: z.string().max(40),
  purgedAt: z.iso.datetime(),
  purgedBy: PersonName,
});
export type PurgeMarker = z.output<typeof PurgeMarker>;
