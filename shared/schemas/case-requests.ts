import { z } from 'zod';
import { DraftKey } from './draft';
import { InvestigationRef, Uuid } from './fields';
import { CaseEntry } from './case-summary';

/**
 * What the renderer asks of main about one summary (save, redact, open by id or investigation),
 * as checked at the IPC boundary. Apart from the stored shapes because a request's rules (a
 * revision to compare, a reason to give) are not the record's.
 */

/** An administrator removes one value from a summary's history (a name typed by mistake), saying why. */
export const RedactRequest = z.strictObject({
  id: Uuid,
  /** The history entry (its revision) and the changed field's path in it. */
  revision: z.number().int().min(1),
  path: z.string().min(1).max(200),
  reason: z.string().trim().min(1, { message: 'v.required' }).max(500, { message: 'v.text.long' }),
});

export const SaveCaseRequest = z
  .strictObject({
    /** Absent for a new summary. */
    id: Uuid.optional(),
    /** The revision the officer edited; a mismatch means someone else saved in between. */
    expectedRevision: z.number().int().min(1).optional(),
    summary: CaseEntry,
    /** The draft the form kept while the officer typed; discarded by the same call once saved. */
    draftKey: DraftKey.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.id !== undefined && r.expectedRevision === undefined) {
      ctx.addIssue({ code: 'custom', path: ['expectedRevision'], message: 'v.revision.required' });
    }
  });
export type SaveCaseRequest = z.input<typeof SaveCaseRequest>;
export type SaveCaseCommand = z.output<typeof SaveCaseRequest>;

export const CaseIdRequest = z.strictObject({ id: Uuid, expectedRevision: z.number().int().min(1).optional() });

export const InvestigationRequest = z.strictObject({ investigationRef: InvestigationRef });
