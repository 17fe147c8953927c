import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { yearOf } from '../../shared/domain/dates';
import { classify, resolveConflict, type Choices } from '../../shared/domain/merge';
import { AppFailure } from '../../shared/ipc/result';
import { CaseRecord, type PcRef } from '../../shared/schemas/case';
import {
  IMPORT_KINDS,
  type ImportItem,
  type ImportKind,
  type ImportPreview,
  type ImportResult,
} from '../../shared/schemas/exchange';
import type { CaseRepository } from '../cases/case-repository';
import { readDataFile, type DataFile } from './data-file';

interface Pending {
  token: string;
  file: DataFile;
  items: ImportItem[];
  /** Our revision of each summary when the preview was made; a change since then stops the import. */
  seen: Map<string, number | undefined>;
}

const writes = new Set<ImportKind>(['new', 'newer', 'conflict']);

/**
 * Import of another PC's yearly data file in two steps: `preview` checks the whole file and
 * classifies each summary against ours without writing; `apply` writes the new, newer and
 * resolved summaries all together. Importing the same file again finds everything identical.
 */
export class ImportService {
  readonly #cases: CaseRepository;
  readonly #assertOpen: (...years: number[]) => void;
  readonly #now: () => Date;
  #pending: Pending | undefined;

  constructor(cases: CaseRepository, assertOpen: (...years: number[]) => void, now: () => Date = () => new Date()) {
    this.#cases = cases;
    this.#assertOpen = assertOpen;
    this.#now = now;
  }

  preview(content: string, passphrase?: string): ImportPreview {
    const file = readDataFile(content, passphrase);
    const ours = this.#cases.getMany(file.summaries.map((r) => r.id));
    const seen = new Map<string, number | undefined>();
    const codes = new Map(this.#cases.allRows().map((r) => [r.caseCode, r.id]));
    const items = file.summaries.map((theirs): ImportItem => {
      const local = ours.get(theirs.id);
      seen.set(theirs.id, local?.revision);
      const { kind, conflicts } = classify(local, theirs);
      if (writes.has(kind)) {
        this.#assertOpen(yearOf(theirs.summary.dateReported), ...(local ? [yearOf(local.summary.dateReported)] : []));
      }
      const s = theirs.summary;
      const holder = codes.get(theirs.caseCode);
      const codeInUse = holder !== undefined && holder !== theirs.id;
      return {
        id: theirs.id,
        caseCode: theirs.caseCode,
        investigationRef: s.investigationRef,
        team: s.team,
        kind,
        conflicts,
        ...(codeInUse ? { codeInUse } : {}),
      };
    });
    const counts = Object.fromEntries(
      IMPORT_KINDS.map((k) => [k, items.filter((i) => i.kind === k).length]),
    ) as ImportPreview['counts'];
    const token = randomUUID();
    // One preview at a time: choosing another file replaces the one before.
    this.#pending = { token, file, items, seen };
    const source = {
      pcId: file.pc.pcId,
      pcName: file.pc.pcName,
      exportedAt: file.exportedAt,
      appVersion: file.appVersion,
      year: file.year,
    };
    return { token, source, counts, items };
  }

  cancel(token: string): null {
    if (this.#pending?.token === token) this.#pending = undefined;
    return null;
  }

  apply(token: string, resolutions: Readonly<Record<string, Choices>>, officer: string): ImportResult {
    const pending = this.#pending;
    if (!pending || pending.token !== token) throw new AppFailure('import-expired', 'No such import preview.');
    const ours = this.#cases.getMany(pending.seen.keys());
    const changed = [...pending.seen].filter(([id, revision]) => ours.get(id)?.revision !== revision);
    if (changed.length > 0) {
      this.#pending = undefined;
      throw new AppFailure('conflict', 'Summaries changed on this PC since the preview. Choose the file again.');
    }
    const from: PcRef = pending.file.pc;
    const at = this.#now().toISOString();
    const incoming = new Map(pending.file.summaries.map((r) => [r.id, r]));
    const records = pending.items
      .filter((item) => writes.has(item.kind))
      .map((item) => {
        const theirs = incoming.get(item.id) as CaseRecord;
        if (item.kind !== 'conflict') return theirs;
        const choices = resolutions[item.id] ?? {};
        const missing = item.conflicts.filter((c) => choices[c.path] === undefined);
        if (missing.length > 0) {
          throw new AppFailure('invalid-input', `Choose a value for every conflicting field of ${item.caseCode}.`, {
            detail: `${item.caseCode}: ${missing.map((c) => c.path).join(', ')}`,
          });
        }
        return checked(
          resolveConflict(ours.get(item.id) as CaseRecord, theirs, choices, { officer, at, from }),
          item.caseCode,
        );
      });
    const log = { at, by: officer, from, year: pending.file.year, written: records.length };
    const years = records.length > 0 ? this.#cases.importRecords(records, log) : [];
    this.#pending = undefined;
    return { written: records.length, years };
  }
}

/** A merged record must still keep every rule; a mix of both sides can break a cross-field one. */
function checked(record: CaseRecord, caseCode: string): CaseRecord {
  const result = CaseRecord.safeParse(JSON.parse(JSON.stringify(record)));
  if (result.success) return result.data;
  const issue = (result.error as z.ZodError).issues[0];
  const field = issue?.path.slice(1).map(String).join('.') ?? '';
  throw new AppFailure('invalid-input', `The merged ${caseCode} breaks the rules at ${field}.`, {
    detail: `${caseCode} ${field}: ${issue?.message ?? ''}`,
  });
}
