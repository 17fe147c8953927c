import type { z } from 'zod';

type Path = readonly PropertyKey[];

/** Says whether nothing failed at `path`, above it or inside it, so a rule may compare the value there. */
export type ValidAt = (...path: PropertyKey[]) => boolean;

const overlaps = (a: Path, b: Path) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((key, i) => long[i] === key);
};

/**
 * A rule across fields (an arrest before the offence, a homicide without a death) that runs
 * even when other fields of the summary failed, so the officer sees every error on the first
 * Save, not in waves. zod skips an object's refinements once any field fails; this one runs
 * whenever the value is an object, and `ok(...path)` tells the rule which of the fields it
 * compares passed their own rules: it compares only those (the others hold what was typed).
 * The form and the save request in main parse with the same schemas, so both see the same issues.
 */
export function crossField<T>(rule: (value: T, ok: ValidAt, ctx: z.RefinementCtx<T>) => void) {
  const run = (value: T, ctx: z.RefinementCtx<T>) => {
    const failed: Path[] = ctx.issues
      .filter((issue) => issue.code !== 'unrecognized_keys')
      .map((issue) => issue.path ?? []);
    rule(value, (...path) => !failed.some((at) => overlaps(at, path)), ctx);
  };
  const params = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };
  return [run, params] as const;
}

/** The rows of an array field a rule may walk: none unless the value there is an array. */
export function rowsOf<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}
