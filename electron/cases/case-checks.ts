import { randomUUID } from 'node:crypto';
import { diffSummaries } from '../../shared/domain/history';
import { AppFailure } from '../../shared/ipc/result';
import {
  CaseRecord,
  type CaseFacts,
  type CaseInput,
  type CaseRow,
  type HistoryEntry,
  type PcRef,
} from '../../shared/schemas/case';

export interface CaseRef {
  id: string;
  /** The revision the officer saw; a mismatch means someone else saved in between. */
  expectedRevision?: number | undefined;
}

export interface CaseRepositoryOptions {
  /** Throws when a year is closed; every change checks the years it touches. */
  assertOpen?: (...years: number[]) => void;
  /** The years closed now (see `assertLeadsStay`). */
  closedYears?: () => readonly number[];
  /** This PC, stamped as the origin of every summary entered here; its code goes into new case codes. */
  origin?: () => PcRef;
}

export const notFound = () => new AppFailure('not-found', 'This summary no longer exists; it may have been deleted.');

/**
 * A record from another PC, checked where it is stored: the schema is applied and JSON drops
 * `undefined`, so it reads back exactly as returned. Not checked again on every read (GCM
 * refuses a changed row).
 */
export function storable(record: CaseRecord): CaseRecord {
  return CaseRecord.parse(plain(record));
}

/**
 * A record built here from a summary the request's schema already checked: only made to read
 * back exactly as returned (JSON drops `undefined`).
 */
export function plain<T>(record: T): T {
  return JSON.parse(JSON.stringify(record)) as T;
}

export function checkRevision(record: CaseFacts, expected: number | undefined): void {
  if (expected !== undefined && expected !== record.revision) {
    throw new AppFailure(
      'conflict',
      'Someone saved this summary after you opened it. Reopen it to see their changes.',
      { revision: String(record.revision) },
    );
  }
}

/**
 * A summary made here: a fresh id, revision 1 and its creation in the history (every field
 * from nothing), made plain as it will read back.
 */
export function firstRevision(
  caseCode: string,
  summary: CaseInput,
  officer: string,
  at: string,
  origin: PcRef | undefined,
): CaseRecord {
  return plain<CaseRecord>({
    id: randomUUID(),
    caseCode,
    revision: 1,
    createdAt: at,
    createdBy: officer,
    updatedAt: at,
    updatedBy: officer,
    ...(origin ? { origin } : {}),
    summary,
    history: [{ revision: 1, at, by: officer, action: 'created', changes: diffSummaries(undefined, summary) }],
  });
}

/** The summary's next revision and the history entry that records it. */
export function nextRevision(
  previous: CaseFacts,
  summary: CaseInput,
  officer: string,
  at: string,
  action: HistoryEntry['action'],
  changes: HistoryEntry['changes'],
): { facts: CaseFacts; entry: HistoryEntry } {
  const revision = previous.revision + 1;
  return {
    facts: { ...previous, revision, updatedAt: at, updatedBy: officer, summary },
    entry: { revision, at, by: officer, action, changes },
  };
}

/** A `row-unreadable` failure renamed by the case code its intact list row gives, when it reads. */
export function namedByCode(error: unknown, id: string, row: () => CaseRow | undefined): unknown {
  if (!(error instanceof AppFailure) || error.code !== 'row-unreadable') return error;
  let code: string | undefined;
  try {
    code = row()?.caseCode;
  } catch {
    code = undefined;
  }
  if (!code) return error;
  return new AppFailure('row-unreadable', error.message.replace(/\(([^)]*)\)/, `(${code})`), {
    ...error.params,
    caseCode: code,
    id,
  });
}
