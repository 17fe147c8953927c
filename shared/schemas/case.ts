import { z } from 'zod';
import { TEAMS } from '../domain/teams';
import { InvestigationRef, PastOrTodayDate, PersonName, Uuid } from './fields';

/**
 * What an officer enters. The same schema backs the form (zodResolver) and the check in
 * the main process, so a payload that bypasses the form meets the same rules.
 */
export const CaseInput = z.strictObject({
  investigationRef: InvestigationRef,
  team: z.enum(TEAMS, { error: 'v.team.required' }),
  dateReported: PastOrTodayDate,
});
export type CaseInput = z.output<typeof CaseInput>;

/** What is stored: the input plus identity, provenance and an optimistic-lock revision. */
export const CaseRecord = CaseInput.extend({
  id: Uuid,
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  createdBy: PersonName,
  updatedAt: z.iso.datetime(),
  updatedBy: PersonName,
});
export type CaseRecord = z.output<typeof CaseRecord>;

export const SaveCaseRequest = z.strictObject({
  /** Absent for a new summary. */
  id: Uuid.optional(),
  /** The revision the officer edited; a mismatch means someone else saved in between. */
  expectedRevision: z.number().int().min(1).optional(),
  summary: CaseInput,
});
export type SaveCaseRequest = z.input<typeof SaveCaseRequest>;
export type SaveCaseCommand = z.output<typeof SaveCaseRequest>;

export const Year = z.number().int().min(2000).max(2100);

export const ListCasesRequest = z.strictObject({ year: Year });
