import type { z } from 'zod';
import { resolveConflict, type Choices } from '../../shared/domain/merge';
import { AppFailure } from '../../shared/ipc/result';
import { CaseRecord, type CaseRow, type PcRef } from '../../shared/schemas/case';
import { yearOf } from '../../shared/domain/dates';
import { inWords } from './data-file';
import { PURGES_OURS, writes } from './import-comparison';
import type { ImportItem } from '../../shared/schemas/exchange';

/**
 * What applying an import writes for each summary the preview found, and the checks that stop
 * it first: the officer's choices for a conflict, and a code taken here since the preview.
 */

/**
 * The file's copy as it is written here: a summary keeps the code it has here (`here.row`); a
 * new one whose code is taken here, the code the preview gave it; a conflict, the officer's mix
 * of ours (`here.record`) and theirs, checked against every rule again.
 */
export function asWritten(
  item: ImportItem,
  theirs: CaseRecord,
  here: { row: CaseRow | undefined; record: CaseRecord | undefined },
  resolutions: Readonly<Record<string, Choices>>,
  stamp: { officer: string; at: string; from: PcRef },
): CaseRecord {
  if (item.kind === 'new') return item.keptAs === undefined ? theirs : { ...theirs, caseCode: item.keptAs };
  if (item.kind === 'newer') return { ...theirs, caseCode: (here.row as CaseRow).caseCode };
  const local = here.record as CaseRecord;
  return checked(resolveConflict(local, theirs, choicesFor(item, resolutions), stamp), item.caseCode);
}

/** The officer's choice for every conflicting field of a summary; one missing stops the import. */
export function choicesFor(item: ImportItem, resolutions: Readonly<Record<string, Choices>>): Choices {
  const choices = resolutions[item.id] ?? {};
  const missing = item.conflicts.filter((c) => choices[c.path] === undefined);
  if (missing.length > 0) {
    throw new AppFailure('invalid-input', `Choose a value for every conflicting field of ${item.caseCode}.`, {
      detail: `${item.caseCode}: ${missing.map((c) => c.path).join(', ')}`,
    });
  }
  return choices;
}

/** A summary saved here since the preview took a code the preview meant for a new one. */
export function codeTakenSince(items: readonly ImportItem[], rows: ReadonlyMap<string, CaseRow>): string | undefined {
  const holders = new Map([...rows.values()].map((r) => [r.caseCode, r.id]));
  for (const item of items) {
    const code = item.keptAs ?? item.caseCode;
    const holder = item.kind === 'new' ? holders.get(code) : undefined;
    if (holder !== undefined && holder !== item.id) return code;
  }
  return undefined;
}

/** A merged record must still keep every rule; a mix of both sides can break a cross-field one. */
function checked(record: CaseRecord, caseCode: string): CaseRecord {
  const result = CaseRecord.safeParse(JSON.parse(JSON.stringify(record)));
  if (result.success) return result.data;
  const issue = (result.error as z.ZodError).issues[0];
  const field = issue?.path.slice(1).map(String).join('.') || 'summary';
  throw new AppFailure('invalid-input', `The merged ${caseCode} breaks the rules at ${field}.`, {
    reason: 'merged',
    caseCode,
    field,
    detail: issue ? inWords(issue) : 'v.import.invalid',
  });
}

/**
 * The years applying would change: each written summary's year (for a conflict, this PC's year
 * too, as the officer may keep either report date) and each purged one's.
 */
export function yearsChanged(items: readonly ImportItem[], localYears: ReadonlyMap<string, number>): number[] {
  const years = new Set<number>();
  for (const item of items) {
    if (!writes.has(item.kind) && item.kind !== PURGES_OURS) continue;
    years.add(yearOf(item.dateReported));
    const local = localYears.get(item.id);
    // A conflict may keep either date; a newer copy dated in another year moves it out of ours.
    if ((item.kind === 'conflict' || item.kind === 'newer') && local !== undefined) years.add(local);
  }
  return [...years].sort((a, b) => a - b);
}
