import type { CaseRecord, HistoryEntry } from '../../shared/schemas/case';
import { openHistories, openSummary, unreadable } from '../cases/raw-rows';
import type { Vault } from '../storage/vault';

/**
 * This PC's copies of the summaries a data file names, read for the import's comparison a batch
 * of ids at a time (two queries a batch, where reading them one by one took two a summary) and
 * opened (AES-256-GCM, each row's place as associated data) but not parsed: most of a file's
 * summaries are byte for byte the ones held here, and those are told apart by their bytes alone.
 */
export interface OurCopy {
  id: string;
  revision: number;
  /** The summary without history, as `JSON.stringify` wrote it when it was stored. */
  content: Buffer;
  /** Each history entry's JSON, oldest first. */
  history: Buffer[];
}

/** A copy as `OurCopies` reads it, with the year its row is stored under. */
export interface StoredCopy extends OurCopy {
  year: number;
}

const SUMMARIES = 'SELECT id, year, revision, content FROM summaries WHERE id IN (SELECT value FROM json_each(?))';
const HISTORIES = `SELECT summary_id, seq, revision, content FROM history
  WHERE summary_id IN (SELECT value FROM json_each(?)) ORDER BY summary_id, seq`;

export class OurCopies {
  readonly #vault: Vault;
  readonly #nameOf: (id: string) => string | undefined;

  constructor(vault: Vault, nameOf: (id: string) => string | undefined) {
    this.#vault = vault;
    this.#nameOf = nameOf;
  }

  /**
   * The copies held here of the given ids (unknown ids are left out). A row that does not open
   * stops the import, as does a summary row older than its newest history entry (an older copy
   * put back, see `CaseRows`): the same rows the repository refuses.
   */
  read(ids: readonly string[]): Map<string, StoredCopy> {
    const out = new Map<string, StoredCopy>();
    if (ids.length === 0) return out;
    const list = JSON.stringify(ids);
    const histories = openHistories(
      this.#vault,
      this.#vault.db.prepare(HISTORIES).all(list),
      (id) => this.#nameOf(id) ?? `history of ${id}`,
    );
    for (const r of this.#vault.db.prepare(SUMMARIES).all(list)) {
      const name = (id: string) => this.#nameOf(id) ?? `${id}, ${Number(r.year)}`;
      out.set(String(r.id), { ...openSummary(this.#vault, r, histories, name), year: Number(r.year) });
    }
    return out;
  }
}

/**
 * The copy as a record (parsed only when its bytes differ from the file's line); `history`: its
 * history already parsed (`historyOf`).
 */
export function recordOf(copy: OurCopy, history?: HistoryEntry[]): CaseRecord {
  try {
    const facts = JSON.parse(copy.content.toString('utf8')) as Omit<CaseRecord, 'history'>;
    return { ...facts, history: history ?? historyOf(copy) };
  } catch {
    throw unreadable(copy.id, copy.id);
  }
}

/** The copy's history entries, parsed (without its summary). */
export function historyOf(copy: OurCopy): HistoryEntry[] {
  try {
    return copy.history.map((entry) => JSON.parse(entry.toString('utf8')) as HistoryEntry);
  } catch {
    throw unreadable(copy.id, copy.id);
  }
}

const OPEN = Buffer.from('{', 'utf8');
const HISTORY_AFTER = Buffer.from(',"history":[', 'utf8');
const HISTORY_ONLY = Buffer.from('"history":[', 'utf8');
const COMMA = Buffer.from(',', 'utf8');
const END = Buffer.from(']}', 'utf8');

/**
 * Whether a file's line is exactly the JSON of our copy: the stored summary JSON with its history
 * appended, which is how this app writes a summary line (`summaryJson` in data-file-v2), compared
 * piece by piece without composing it.
 */
export function sameBytes(line: Buffer, copy: OurCopy): boolean {
  const { content, history } = copy;
  if (content.length < 2 || content[0] !== OPEN[0]) return false;
  let at = 0;
  const next = (part: Buffer, end = part.length): boolean => {
    if (at + end > line.length || line.compare(part, 0, end, at, at + end) !== 0) return false;
    at += end;
    return true;
  };
  if (!next(content, content.length - 1)) return false;
  if (!next(content.length === 2 ? HISTORY_ONLY : HISTORY_AFTER)) return false;
  for (let i = 0; i < history.length; i++) {
    if (i > 0 && !next(COMMA)) return false;
    if (!next(history[i] as Buffer)) return false;
  }
  return next(END) && at === line.length;
}

const ID_PREFIX = Buffer.from('{"id":"', 'utf8');
const UUID_LENGTH = 36;

/**
 * The id a summary line names if it opens as this app writes it (`{"id":"…"`), without parsing
 * it; undefined otherwise. Only a hint of which of our copies to compare the line with: a line
 * is taken as ours only when every byte of it is.
 */
export function idHint(line: Buffer): string | undefined {
  const end = ID_PREFIX.length + UUID_LENGTH;
  if (line.length <= end || line.compare(ID_PREFIX, 0, ID_PREFIX.length, 0, ID_PREFIX.length) !== 0) return undefined;
  if (line[end] !== 0x22) return undefined;
  return line.toString('latin1', ID_PREFIX.length, end);
}

/**
 * Two JSON values alike, keys of an object in any order (array items in theirs), or with
 * `ordered` in the same order too (then both give the same `JSON.stringify`): a line whose
 * parsed value is our stored one is our copy, as the schema would give it back.
 */
export function sameValue(a: unknown, b: unknown, ordered = false): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i], ordered)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  const others = Object.keys(right);
  if (keys.length !== others.length) return false;
  // A plain loop (no iterator): every kept line of an import comes through here, object by object.
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    // In order, the key at the same place is the key itself, so `right` has it.
    if (ordered ? others[i] !== key : !Object.hasOwn(right, key)) return false;
    if (!sameValue(left[key], right[key], ordered)) return false;
  }
  return true;
}
