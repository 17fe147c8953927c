import { AppFailure } from '../../shared/ipc/result';
import type { CaseFacts } from '../../shared/schemas/case';
import type { RowPlace } from '../storage/row-seal';
import type { RowOpener } from '../storage/row-opener';
import type { SqlDatabase, SqlRow, SqlValue } from '../storage/sql';
import type { Vault } from '../storage/vault';

/**
 * A year's summaries read straight from the case database for the yearly data file, a batch of
 * rows at a time in storage order, each row opened (AES-256-GCM, its place as the associated
 * data) but never parsed: the file's line is composed from the opened JSON bytes themselves.
 * Reading the year through the repository (one lookup per summary, then parse and stringify)
 * took most of an export's time.
 */
export interface RawSummary {
  id: string;
  /** The summary without history, as `JSON.stringify` wrote it when it was saved. */
  content: Buffer;
  /** Each history entry's JSON, oldest first. */
  history: Buffer[];
}

const SUMMARIES =
  'SELECT rowid AS at, id, year, revision, content FROM summaries WHERE year = ? AND rowid > ? AND rowid <= ? ORDER BY rowid LIMIT ?';
const FACTS = `SELECT s.rowid AS at, s.id, s.year, s.revision, s.content,
  (SELECT MAX(h.revision) FROM history h WHERE h.summary_id = s.id) AS latest
  FROM summaries s WHERE s.year = ? AND s.rowid > ? AND s.rowid <= ? ORDER BY s.rowid LIMIT ?`;
const HISTORIES = `SELECT h.summary_id, h.seq, h.revision, h.content FROM summaries s JOIN history h ON h.summary_id = s.id
  WHERE s.year = ? AND s.rowid > ? AND s.rowid <= ? ORDER BY s.rowid, h.seq`;

/** A row that does not open, named as the officer knows it where that is known (as the repository names it). */
export const unreadable = (what: string, id: string) =>
  new AppFailure(
    'row-unreadable',
    `A stored record (${what}) failed its integrity check (changed outside the app, or sealed with another key). It has not been changed.`,
    { caseCode: what, id },
  );

/** Each summary's history rows opened (not parsed), oldest first, with the newest revision among them. */
export type OpenedHistories = Map<string, { latest: number; entries: Buffer[] }>;

/** Opens history rows (`summary_id, seq, revision, content`) in their order; `name` names a summary in a refusal. */
export function openHistories(vault: Vault, rows: Iterable<SqlRow>, name: (id: string) => string): OpenedHistories {
  const histories: OpenedHistories = new Map();
  for (const h of rows) {
    const id = String(h.summary_id);
    const revision = Number(h.revision);
    const place = { table: 'history', id: `${id}#${Number(h.seq)}`, year: 0, revision };
    const opened = h.content instanceof Uint8Array ? vault.openBytes(place, h.content) : undefined;
    if (!opened) throw unreadable(name(id), id);
    const known = histories.get(id);
    if (known) {
      known.entries.push(opened);
      known.latest = Math.max(known.latest, revision);
    } else histories.set(id, { latest: revision, entries: [opened] });
  }
  return histories;
}

/**
 * Opens a summary row (`id, year, revision, content`) with its opened history. A row older than
 * its newest history entry is refused like one that does not open: a summary's revision is never
 * below its newest history entry's (an older copy put back, see `CaseRows#open`).
 */
export function openSummary(
  vault: Vault,
  r: SqlRow,
  histories: OpenedHistories,
  name: (id: string) => string,
): RawSummary & { revision: number } {
  const id = String(r.id);
  const revision = Number(r.revision);
  const history = histories.get(id);
  const place = { table: 'summaries', id, year: Number(r.year), revision };
  const current = history === undefined || history.latest <= revision;
  const opened = current && r.content instanceof Uint8Array ? vault.openBytes(place, r.content) : undefined;
  if (!opened) throw unreadable(name(id), id);
  return { id, revision, content: opened, history: history?.entries ?? [] };
}

/** Batches read ahead of the one being written, their rows opened meanwhile (see `RawRows#batches`). */
const AHEAD = 3;

/**
 * A batch read ahead: its refusal is thrown where it is awaited, in order; one left behind when
 * an earlier batch stopped the read is dropped rather than left unhandled.
 */
function settledLater<T>(batch: Promise<T>): Promise<T> {
  batch.catch(() => undefined);
  return batch;
}

/** Reads sealed summary rows in bulk; see `RawSummary`. */
export class RawRows {
  readonly #db: SqlDatabase;

  /** Reads the vault's database; its rows are opened by the `RowOpener` each read is given. */
  constructor(vault: Vault) {
    this.#db = vault.db;
  }

  /**
   * The year's summaries, `size` at a time in storage order (the year's index gives them in
   * rowid order, so each batch is one range read). Only rows stored when it starts are read: a
   * summary added meanwhile is not half in the file. A row that does not open stops the read,
   * named by the summary's id (the caller names it by case code). The rows are opened by
   * `opener` (worker threads) while the next batches are read: up to `AHEAD` batches at a time.
   */
  async *batches(year: number, opener: RowOpener, size = 500): AsyncGenerator<RawSummary[]> {
    const ahead: Promise<RawSummary[]>[] = [];
    for (const { rows, after, end } of this.#ranges(SUMMARIES, year, size)) {
      ahead.push(settledLater(this.#open(year, rows, this.#db.prepare(HISTORIES).all(year, after, end), opener)));
      if (ahead.length >= AHEAD) yield await (ahead.shift() as Promise<RawSummary[]>);
    }
    for (const batch of ahead) yield await batch;
  }

  /**
   * The year's summaries without history, parsed (the case-level tables), `size` at a time as
   * `batches` reads them, opened by `opener` while the next batches are read; a row older than
   * its newest history entry is refused (see CaseRows#open).
   */
  async *facts(year: number, opener: RowOpener, size = 500): AsyncGenerator<CaseFacts[]> {
    const ahead: Promise<CaseFacts[]>[] = [];
    for (const { rows } of this.#ranges(FACTS, year, size)) {
      ahead.push(settledLater(this.#openFacts(year, rows, opener)));
      if (ahead.length >= AHEAD) yield await (ahead.shift() as Promise<CaseFacts[]>);
    }
    for (const batch of ahead) yield await batch;
  }

  async #openFacts(year: number, rows: readonly SqlRow[], opener: RowOpener): Promise<CaseFacts[]> {
    const places: RowPlace[] = [];
    const sealed: Uint8Array[] = [];
    for (const r of rows) {
      const id = String(r.id);
      const revision = Number(r.revision);
      const current = r.latest === null || r.latest === undefined || Number(r.latest) <= revision;
      if (!current || !(r.content instanceof Uint8Array)) throw unreadable(`${id}, ${year}`, id);
      places.push({ table: 'summaries', id, year: Number(r.year), revision });
      sealed.push(r.content);
    }
    const opened = await opener.open(places, sealed);
    return rows.map((r, i) => {
      const id = String(r.id);
      const json = opened[i];
      if (!json) throw unreadable(`${id}, ${year}`, id);
      try {
        return JSON.parse(json.toString('utf8')) as CaseFacts;
      } catch {
        throw unreadable(`${id}, ${year}`, id);
      }
    });
  }

  *#ranges(sql: string, year: number, size: number): Generator<{ rows: SqlRow[]; after: number; end: number }> {
    const last = Number(this.#db.prepare('SELECT MAX(rowid) AS at FROM summaries WHERE year = ?').get(year)?.at ?? 0);
    for (let after = 0; after < last;) {
      const rows = this.#db.prepare(sql).all(year, after, last, size);
      if (rows.length === 0) break;
      const end = Number(rows.at(-1)?.at ?? last);
      yield { rows, after, end };
      after = end;
    }
  }

  /** Sends a batch's summary and history rows to `opener`; refuses a summary older than its history before any is opened. */
  async #open(
    year: number,
    rows: readonly SqlRow[],
    historyRows: readonly SqlRow[],
    opener: RowOpener,
  ): Promise<RawSummary[]> {
    const places: RowPlace[] = [];
    const sealed: Uint8Array[] = [];
    const latest = new Map<string, number>();
    const add = (place: RowPlace, content: SqlValue | undefined, id: string, what: string) => {
      if (!(content instanceof Uint8Array)) throw unreadable(what, id);
      places.push(place);
      sealed.push(content);
    };
    for (const h of historyRows) {
      const id = String(h.summary_id);
      const revision = Number(h.revision);
      latest.set(id, Math.max(latest.get(id) ?? revision, revision));
      add({ table: 'history', id: `${id}#${Number(h.seq)}`, year: 0, revision }, h.content, id, `history of ${id}`);
    }
    for (const r of rows) {
      const id = String(r.id);
      const revision = Number(r.revision);
      // A summary's revision is never below its newest history entry's (an older copy put back, see `CaseRows#open`).
      if ((latest.get(id) ?? revision) > revision) throw unreadable(`${id}, ${year}`, id);
      add({ table: 'summaries', id, year: Number(r.year), revision }, r.content, id, `${id}, ${year}`);
    }
    const opened = await opener.open(places, sealed);
    const histories = new Map<string, Buffer[]>();
    historyRows.forEach((h, i) => {
      const id = String(h.summary_id);
      const entry = opened[i];
      if (!entry) throw unreadable(`history of ${id}`, id);
      const known = histories.get(id);
      if (known) known.push(entry);
      else histories.set(id, [entry]);
    });
    return rows.map((r, i) => {
      const id = String(r.id);
      const content = opened[historyRows.length + i];
      if (!content) throw unreadable(`${id}, ${year}`, id);
      return { id, content, history: histories.get(id) ?? [] };
    });
  }
}
