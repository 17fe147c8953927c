import { z } from 'zod';
import { TEAMS } from '../domain/teams';

/** `new:HIT` for a new summary of a team, `edit:<id>` for an open summary. */
export const DraftKey = z
  .string()
  .regex(new RegExp(`^(new:(${TEAMS.join('|')})|edit:[0-9a-f-]{36})$`), { message: 'v.draft.key' });

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DRAFT_CHARS = 200_000;
const MAX_DEPTH = 8;

/** True for plain JSON no deeper than MAX_DEPTH and free of prototype-polluting keys. */
function isSafeJson(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every((v) => isSafeJson(v, depth + 1));
  if (typeof value !== 'object') return false;
  return Object.keys(value).every(
    (k) => !FORBIDDEN_KEYS.has(k) && isSafeJson((value as Record<string, unknown>)[k], depth + 1),
  );
}

/**
 * Whatever the form holds while the officer types: not yet valid, so only its size and
 * shape are checked. It is stored in the main process (with the case data), not the page.
 */
export const DraftValues = z
  .custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && isSafeJson(v), {
    message: 'v.draft.shape',
  })
  .refine((v) => JSON.stringify(v).length <= MAX_DRAFT_CHARS, { message: 'v.draft.tooLarge' });

/**
 * What a draft of an open summary was started from: the summary's revision and the form's
 * values of it. When the summary has been saved again since (in another window, on another
 * PC, by an import), only the fields the officer changed are put back on top of the saved one.
 */
export const DraftBase = z.strictObject({ revision: z.int().positive(), values: DraftValues });
export type DraftBase = z.output<typeof DraftBase>;

export const Draft = z.strictObject({
  key: DraftKey,
  values: DraftValues,
  base: DraftBase.optional(),
  savedAt: z.iso.datetime(),
});
export type Draft = z.output<typeof Draft>;
