import { z } from 'zod';
import { parseWholeNumber, withoutZeroWidth } from '../domain/numerals';

/**
 * Whole-number fields (ages, counts). Apart from the other field rules because a number is typed
 * as text, in Latin or Khmer digits, and stored as a number the data file's JSON Schema bounds.
 */

/** What a data file's JSON Schema says of a whole number besides its bounds: examples. */
export interface NumberDoc {
  examples?: number[];
}

/** A stored whole number in a data file's JSON Schema: an integer within the field's bounds. */
const wholeNumberMeta = (min: number, max: number, doc: NumberDoc = {}) => ({
  type: 'integer',
  minimum: min,
  maximum: max,
  ...doc,
});

/** A whole number typed in Latin or Khmer digits. */
export function wholeNumber(min: number, max: number, message: string, doc: NumberDoc = {}) {
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value, ctx) => {
      const n = typeof value === 'number' ? value : parseWholeNumber(value);
      if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    })
    .meta(wholeNumberMeta(min, max, doc));
}

/** Like `wholeNumber`, but an empty field means "not known". */
export function optionalWholeNumber(min: number, max: number, message: string, doc: NumberDoc = {}) {
  const required = wholeNumber(min, max, message);
  return z
    .union([z.number(), z.string()], { error: message })
    .transform((value, ctx) => {
      // A field that looks empty is empty, even holding a pasted zero-width character.
      if (typeof value === 'string' && withoutZeroWidth(value).trim() === '') return undefined;
      const parsed = required.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return parsed.data;
    })
    .meta(wholeNumberMeta(min, max, doc))
    .optional();
}

/** A count of a summary: a whole number from 0 to `max`, with the message naming the bound. */
export function count(max: 100 | 500 | 1000) {
  return wholeNumber(0, max, `v.count.max${max}`, { examples: [2] });
}
