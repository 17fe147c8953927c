import { AppFailure } from '../../shared/ipc/result';
import type { CaseFacts, CaseRecord } from '../../shared/schemas/case';
import { namedByCode } from '../cases/case-checks';
import type { CaseRepository } from '../cases/case-repository';
import { caseCodeParts } from '../../shared/schemas/case-code';
import { summaryJson, type SummaryJson } from './data-file-v2';

const BATCH = 200;
/**
 * Summaries read in bulk at a time: a batch stays in memory while its lines are written out
 * (through the file's stream, at the disk's pace), so a small one lets its objects go young
 * instead of being kept on into the old generation.
 */
const BULK_BATCH = 100;

/** The ids of a year's summaries (the bin included) and the year: what a yearly data file will hold. */
export type YearIds = string[] & { readonly year: number };

/**
 * The ids of a year's summaries, the bin included, and of those that left it: a summary whose
 * report date moved to another year. Another PC that imported the year before still counts it
 * there; the file carries it so that its import moves it (or, to a closed year, says why it
 * cannot). Those that left are the ones the database noted leaving (`years_left`, by a save or
 * an import on this PC), and those whose case code is of this year (a code keeps the year it was
 * entered in; moves made before the database noted them). How many a yearly data file will hold.
 */
export function yearIds(cases: CaseRepository, year: number): YearIds {
  const byCode = cases
    .years()
    .filter((other) => other !== year)
    .flatMap((other) => [...cases.rows(other), ...cases.rows(other, true)])
    .filter((r) => caseCodeParts(r.caseCode)?.year === year);
  const ids = new Set([...cases.rows(year), ...cases.rows(year, true), ...byCode].map((r) => r.id));
  for (const id of cases.leftYear(year)) ids.add(id);
  return Object.assign([...ids], { year });
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A year's whole summaries (with history), a batch at a time, so an export holds a batch, not
 * the year. Between batches the event loop runs (a progress request, a cancel is answered).
 * Given a year's ids (`YearIds`), each summary comes read in bulk (electron/cases/raw-rows.ts)
 * as its stored JSON, opened and checked but not parsed (`SummaryJson`), in the order the rows
 * are stored; a plain list of ids (or a summary moved to another year meanwhile) is read by id.
 */
export async function* yearRecords(
  cases: CaseRepository,
  ids: readonly string[] | YearIds,
): AsyncGenerator<CaseRecord | SummaryJson> {
  const raw = cases.rawRows();
  const year = 'year' in ids ? ids.year : undefined;
  let left: readonly string[] = ids;
  if (year !== undefined) {
    const wanted = new Set(ids);
    const opener = cases.rowOpener();
    try {
      for await (const batch of raw.batches(year, opener, BULK_BATCH)) {
        for (const summary of batch) {
          if (wanted.delete(summary.id)) yield summaryJson(summary.content, summary.history);
        }
        await nextTurn();
      }
    } catch (error) {
      const id = error instanceof AppFailure ? error.params.id : undefined;
      throw id === undefined
        ? error
        : namedByCode(
            error,
            id,
            () => cases.rows(year, true).find((r) => r.id === id) ?? cases.rows(year).find((r) => r.id === id),
          );
    } finally {
      await opener.close();
    }
    // A summary moved to another year since the ids were taken is still the file's (as by id).
    left = [...wanted];
  }
  for (let start = 0; start < left.length; start += BATCH) {
    const batch = cases.getMany(left.slice(start, start + BATCH));
    for (const record of batch.values()) yield record;
    await nextTurn();
  }
}

/** A year's summaries as each export reads them, read only when (and as) the export needs them. */
export interface YearSummaries {
  /** Whole summaries with history, the bin included (the version 1 data file). */
  records(): readonly CaseRecord[];
  /** Summaries not in the bin, without history, a batch at a time (the case-level tables). */
  inUse(): AsyncIterable<readonly CaseFacts[]>;
}

const notBinned = (r: CaseFacts) => r.deletedAt === undefined;

/** The summaries of `year` in the register: in batches straight from the database where it can be read in bulk. */
export function yearSummaries(cases: CaseRepository, year: number): YearSummaries {
  const raw = cases.rawRows();
  return {
    records: () => cases.ofYear(year),
    inUse: async function* () {
      const opener = cases.rowOpener();
      try {
        for await (const batch of raw.facts(year, opener)) {
          yield batch.filter(notBinned);
          await nextTurn();
        }
      } finally {
        await opener.close();
      }
    },
  };
}

/** `YearSummaries` of summaries at hand (tests, and callers that already hold them). */
export function summariesAtHand(records: readonly CaseRecord[]): YearSummaries {
  return {
    records: () => records,
    inUse: async function* () {
      yield records.filter(notBinned);
    },
  };
}
