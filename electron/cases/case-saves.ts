/**
 * The everyday writing path of `CaseRepository`: an officer's save (a new summary, or an edit
 * checked against the revision they opened) and moving a summary to the bin and back. Each is
 * one transaction of one summary, and memory follows only once it committed.
 */
import { yearOf } from '../../shared/domain/dates';
import { diffSummaries } from '../../shared/domain/history';
import { AppFailure } from '../../shared/ipc/result';
import {
  toRow,
  type CaseFacts,
  type CaseInput,
  type CaseRecord,
  type HistoryEntry,
  type SaveCaseCommand,
} from '../../shared/schemas/case';
import { guarded } from '../storage/case-db';
import { transaction } from '../storage/sql';
import { codePrefix, formatCaseCode, nextSequence, pcCode } from './case-code';
import { MAX_CASE_SEQUENCE } from '../../shared/schemas/case-code';
import { checkRevision, firstRevision, nextRevision, plain, type CaseRef } from './case-checks';
import { factsOf } from './case-rows';
import { assertLeadsStay } from './closed-leads';
import type { CaseStore } from './case-store';

/** A new summary when the command has no id, else an edit of the one it names. */
export function saveCase(store: CaseStore, command: SaveCaseCommand, officer: string): CaseRecord {
  return command.id === undefined
    ? createCase(store, command.summary, officer)
    : editCase(store, { id: command.id, expectedRevision: command.expectedRevision }, command.summary, officer);
}

/** Moves a summary to the bin; it stays in the database and its history says who and when. */
export function binCase(store: CaseStore, ref: CaseRef, officer: string): CaseRecord {
  const current = store.current(ref.id);
  checkRevision(current, ref.expectedRevision);
  store.assertOpen(yearOf(current.summary.dateReported));
  if (current.deletedAt !== undefined) throw new AppFailure('conflict', 'This summary is already in the bin.');
  const at = store.now().toISOString();
  const { facts, entry } = nextRevision(current, current.summary, officer, at, 'deleted', []);
  return commit(store, current, { ...facts, deletedAt: at, deletedBy: officer }, [entry]);
}

/** Takes a summary out of the bin; its history says who and when. */
export function restoreCase(store: CaseStore, ref: CaseRef, officer: string): CaseRecord {
  const current = store.current(ref.id);
  checkRevision(current, ref.expectedRevision);
  store.assertOpen(yearOf(current.summary.dateReported));
  if (current.deletedAt === undefined) {
    throw new AppFailure('conflict', 'This summary is not in the bin, so there is nothing to restore.');
  }
  const at = store.now().toISOString();
  const { facts, entry } = nextRevision(current, current.summary, officer, at, 'restored', []);
  delete facts.deletedAt;
  delete facts.deletedBy;
  return commit(store, current, facts, [entry]);
}

function createCase(store: CaseStore, summary: CaseInput, officer: string): CaseRecord {
  const at = store.now().toISOString();
  const year = yearOf(summary.dateReported);
  store.assertOpen(year);
  const origin = store.origin?.();
  const pc = origin ? pcCode(origin.pcId) : undefined;
  const prefix = codePrefix(summary.team, year, pc);
  const issued = guarded(() => store.sequences.get(year));
  // Only this PC issues codes under its own prefix, so what it issued is enough; codes without a
  // PC part (no origin: tests, tools) are checked against the year's codes as before.
  const sequence = pc
    ? (issued.values[prefix] ?? 0) + 1
    : nextSequence(
        store.views.rowsOf(year).map((r) => r.caseCode),
        prefix,
        issued.values[prefix] ?? 0,
      );
  if (sequence > MAX_CASE_SEQUENCE) {
    const last = formatCaseCode(summary.team, year, MAX_CASE_SEQUENCE, pc);
    throw new AppFailure('case-codes-used-up', `No case codes are left under ${prefix}.`, { prefix, last });
  }
  const record = firstRevision(formatCaseCode(summary.team, year, sequence, pc), summary, officer, at, origin);
  assertLeadsStay(store, undefined, toRow(record));
  guarded(() =>
    transaction(store.vault.db, () => {
      store.rows.put(factsOf(record), year, record.history, true);
      store.sequences.put(year, issued, { ...issued.values, [prefix]: sequence });
    }),
  );
  store.remember(factsOf(record), undefined);
  return record;
}

function editCase(store: CaseStore, ref: CaseRef, summary: CaseInput, officer: string): CaseRecord {
  const current = store.current(ref.id);
  checkRevision(current, ref.expectedRevision);
  store.assertOpen(yearOf(current.summary.dateReported), yearOf(summary.dateReported));
  if (current.deletedAt !== undefined) {
    throw new AppFailure('conflict', 'This summary is in the bin. Restore it before editing it.');
  }
  if (summary.team !== current.summary.team) {
    const message = `This summary belongs to ${current.summary.team}; it cannot become a ${summary.team} summary.`;
    throw new AppFailure('invalid-input', message, { detail: message });
  }
  const changes = diffSummaries(current.summary, summary);
  if (changes.length === 0) return store.get(current.id);
  const at = store.now().toISOString();
  const { facts, entry } = nextRevision(current, summary, officer, at, 'edited', changes);
  return commit(store, current, facts, [entry]);
}

/** One transaction: the summary's row (in its report year, which may have changed) and its new history entries. */
function commit(store: CaseStore, previous: CaseFacts, changed: CaseFacts, entries: HistoryEntry[]): CaseRecord {
  const stored = store.rows.history(previous.id);
  const record = plain<CaseRecord>({ ...changed, history: [...stored, ...entries] });
  const facts = factsOf(record);
  assertLeadsStay(store, toRow(previous), toRow(facts));
  guarded(() => transaction(store.vault.db, () => store.rows.put(facts, yearOf(facts.summary.dateReported), entries)));
  store.remember(facts, yearOf(previous.summary.dateReported));
  return record;
}
