import { toRow, type CaseFacts, type CaseRecord, type CaseRow, type HistoryEntry } from '../../shared/schemas/case';
import type { RowPlace } from '../storage/row-seal';
import type { SqlRow } from '../storage/sql';
import type { Vault } from '../storage/vault';
import { YearSnapshots, type SnapshotKind } from './year-snapshots';

/** The sealed parts of one summary row and its history rows, as the tables hold them. */
const placeIn =
  (table: string) =>
  (id: string, year: number, revision: number): RowPlace => ({ table, id, year, revision });
const summaryPlace = placeIn('summaries');
const listRowPlace = placeIn('summaries.list_row');
const factsPlace = placeIn('summaries.facts');
const historyPlace = (summaryId: string, seq: number, revision: number): RowPlace => ({
  table: 'history',
  id: `${summaryId}#${seq}`,
  year: 0,
  revision,
});

/** An order of list rows: its name as stored with a snapshot, and how to sort rows into it. */
export interface RowOrder {
  tag: string;
  sort(rows: readonly CaseRow[]): CaseRow[];
}

const num = (value: unknown) => Number(value);
const LATEST = '(SELECT MAX(h.revision) FROM history h WHERE h.summary_id = s.id) AS latest';
const SELECT_SUMMARY = `SELECT s.id, s.year, s.revision, s.content, ${LATEST} FROM summaries s`;
/** A year's rows with one sealed column as `content`, in storage order (the year's index gives it) after a rowid. */
const IN_CHUNKS = `SELECT s.rowid AS at, s.id, s.year, s.revision, s.$column AS content, ${LATEST} FROM summaries s
  WHERE s.year = ? AND s.rowid > ? ORDER BY s.rowid LIMIT ?`;
const CHUNK = 500;
const MAX_SEQ = 'SELECT MAX(seq) AS seq FROM history WHERE summary_id = ?';
const INSERT_SUMMARY =
  'INSERT INTO summaries (id, year, revision, updated_at, deleted_at, content, list_row, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
const UPSERT_SUMMARY = `${INSERT_SUMMARY} ON CONFLICT (id) DO UPDATE SET year = excluded.year, revision = excluded.revision,
  updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, content = excluded.content,
  list_row = excluded.list_row, facts = excluded.facts`;
const label = (row: SqlRow) => `${String(row.id)}, ${String(row.year)}`;

/** The facts without history: what `content` holds (narrative and every field). */
export function factsOf(record: CaseRecord): CaseFacts {
  const { history, ...facts } = record;
  void history;
  return facts;
}

/** The facts the totals read: the summary without its narrative (the totals never read it). */
export const lightFacts = (facts: CaseFacts): CaseFacts => ({ ...facts, summary: { ...facts.summary, narrative: '' } });

/** Reads and writes summaries and their history; no caching, no rules (the repository has those). */
export class CaseRows {
  readonly #vault: Vault;

  readonly #snapshots: YearSnapshots;

  constructor(vault: Vault) {
    this.#vault = vault;
    this.#snapshots = new YearSnapshots(vault);
  }

  years(): number[] {
    return this.#vault.db
      .prepare('SELECT DISTINCT year FROM summaries ORDER BY year DESC')
      .all()
      .map((r) => num(r.year));
  }

  /**
   * The list rows of one year (bin included), from their small sealed copies, in `order` when
   * they can be had in it without sorting: a snapshot stored in that order, or rows read one by
   * one, which are sorted before their snapshot is stored (the list sorts them anyway); `sorted`
   * says which. A whole older row put back is caught when the summary itself is opened (see
   * `#open`), not here: the list reads only its own row.
   */
  listRows(year: number, order?: RowOrder): { rows: CaseRow[]; sorted: boolean } {
    const current = this.#snapshots.current<CaseRow>('list', year);
    if (current) return { rows: current.rows, sorted: order !== undefined && current.order === order.tag };
    const read = this.#vault.db
      .prepare('SELECT s.id, s.year, s.revision, s.list_row AS content FROM summaries s WHERE s.year = ?')
      .all(year)
      .map((r) => this.#open<CaseRow>(r, listRowPlace));
    const rows = order ? order.sort(read) : read;
    this.storeSnapshot('list', year, rows, order?.tag);
    return { rows, sorted: order !== undefined };
  }

  /**
   * The totals' facts (no narrative) of one year, bin included: from the year's snapshot while
   * it is current, else row by row, `CHUNK` rows at a time. A stale snapshot is not stored
   * again here (sealing a whole year at once would hold it twice more in memory, beside the
   * facts themselves); the facts kept in memory are stored on lock (`storeSnapshots`).
   */
  facts(year: number): CaseFacts[] {
    const current = this.#snapshots.current<CaseFacts>('facts', year);
    if (current) return current.rows;
    const out: CaseFacts[] = [];
    for (const r of this.#inChunks('facts', year)) out.push(this.#open<CaseFacts>(r, factsPlace));
    return out;
  }

  /** Each summary's narrative in one year, for search, given to `take` (whole summaries decoded, not kept). */
  eachNarrative(year: number, take: (id: string, narrative: string | undefined) => void): void {
    for (const r of this.#inChunks('content', year)) take(String(r.id), this.#open(r).summary.narrative);
  }

  /**
   * A year's rows of one sealed column, `CHUNK` at a time: the year's blobs (over a hundred
   * megabytes of whole summaries at 30,000) are never all held at once.
   */
  *#inChunks(column: 'facts' | 'content', year: number): Generator<SqlRow> {
    const chunk = this.#vault.db.prepare(IN_CHUNKS.replace('$column', column));
    for (let after = 0; ;) {
      const rows = chunk.all(year, after, CHUNK);
      yield* rows;
      if (rows.length < CHUNK) return;
      after = num(rows[rows.length - 1]?.at);
    }
  }

  /** See `YearSnapshots.store`. */
  storeSnapshot(kind: SnapshotKind, year: number, value: readonly object[], order?: string): void {
    this.#snapshots.store(kind, year, value, order);
  }

  /** Whether the year's stored snapshot of this kind is current. */
  snapshotCurrent(kind: SnapshotKind, year: number): boolean {
    return this.#snapshots.isCurrent(kind, year);
  }

  /** The year a summary is stored under (its report date's), or undefined when it is not held here. */
  yearOf(id: string): number | undefined {
    const row = this.#vault.db.prepare('SELECT year FROM summaries WHERE id = ?').get(id);
    return row ? Number(row.year) : undefined;
  }

  /** One whole summary without history, or undefined. */
  summary(id: string): CaseFacts | undefined {
    const row = this.#vault.db.prepare(`${SELECT_SUMMARY} WHERE s.id = ?`).get(id);
    return row ? this.#open(row) : undefined;
  }

  /** Whole summaries of one year with their history (exports). */
  ofYear(year: number): CaseRecord[] {
    const rows = this.#vault.db.prepare(`${SELECT_SUMMARY} WHERE s.year = ?`).all(year);
    const histories = this.#historiesOfYear(year);
    return rows.map((r) => ({ ...this.#open(r), history: histories.get(String(r.id)) ?? [] }));
  }

  /**
   * A summary's revision is never below its newest history entry's; a row that is (an older copy
   * of the row put back, content and revision both authentic) is refused like a changed one.
   */
  #open<T = CaseFacts>(row: SqlRow, where: typeof summaryPlace = summaryPlace): T {
    const place = where(String(row.id), num(row.year), num(row.revision));
    if (row.latest !== null && row.latest !== undefined && num(row.latest) > num(row.revision)) {
      return this.#vault.open<T>(place, new Uint8Array(0), label(row));
    }
    return this.#vault.open<T>(place, row.content, label(row));
  }

  history(id: string): HistoryEntry[] {
    return this.historyRows(id).map((r) => r.entry);
  }

  /** A summary's history entries with their place in the table (`seq`), oldest first. */
  historyRows(id: string): { seq: number; entry: HistoryEntry }[] {
    return this.#vault.db
      .prepare('SELECT seq, revision, content FROM history WHERE summary_id = ? ORDER BY seq')
      .all(id)
      .map((r) => ({
        seq: num(r.seq),
        entry: this.#vault.open<HistoryEntry>(
          historyPlace(id, num(r.seq), num(r.revision)),
          r.content,
          `history of ${id}`,
        ),
      }));
  }

  /**
   * Seals a changed history entry again in its own place (same `seq` and revision). Only inside
   * `rewritingHistory` (the table refuses updates otherwise).
   */
  rewriteHistory(id: string, seq: number, entry: HistoryEntry): void {
    this.#vault.db
      .prepare('UPDATE history SET content = ? WHERE summary_id = ? AND seq = ? AND revision = ?')
      .run(this.#vault.seal(historyPlace(id, seq, entry.revision), entry), id, seq, entry.revision);
  }

  /**
   * List rows of the summaries put in the bin at `cutoff` (ms) or before. The plain `deleted_at`
   * only narrows the search; the sealed list row decides. A row that does not open is left out
   * (it is reported when the summary is opened; the others are not held up by it).
   */
  binnedBefore(cutoff: number): CaseRow[] {
    return this.#vault.db
      .prepare('SELECT id, year, revision, deleted_at, list_row AS content FROM summaries WHERE deleted_at IS NOT NULL')
      .all()
      .filter((r) => Date.parse(String(r.deleted_at)) <= cutoff)
      .flatMap((r) => {
        try {
          return [this.#open<CaseRow>(r, listRowPlace)];
        } catch {
          return [];
        }
      })
      .filter((row) => row.deletedAt !== undefined && Date.parse(row.deletedAt) <= cutoff);
  }

  /** Removes a summary's row and its history. Only inside `rewritingHistory`. */
  remove(id: string): void {
    this.#vault.db.prepare('DELETE FROM history WHERE summary_id = ?').run(id);
    this.#vault.db.prepare('DELETE FROM summaries WHERE id = ?').run(id);
  }

  /**
   * Writes a summary's row; `append` history entries go after the stored ones. `created`: a
   * summary made here just now (a fresh id), so a plain insert (a clash fails, never overwrites)
   * and no stored history to count.
   */
  put(facts: CaseFacts, year: number, append: readonly HistoryEntry[], created = false): void {
    const { id, revision } = facts;
    this.#vault.db
      .prepare(created ? INSERT_SUMMARY : UPSERT_SUMMARY)
      .run(
        id,
        year,
        revision,
        facts.updatedAt,
        facts.deletedAt ?? null,
        this.#vault.seal(summaryPlace(id, year, revision), facts),
        this.#vault.seal(listRowPlace(id, year, revision), toRow(facts)),
        this.#vault.seal(factsPlace(id, year, revision), lightFacts(facts)),
      );
    if (append.length === 0) return;
    const last = created ? undefined : this.#vault.db.prepare(MAX_SEQ).get(id)?.seq;
    let seq = last === null || last === undefined ? 0 : num(last);
    const insert = this.#vault.db.prepare(
      'INSERT INTO history (summary_id, seq, revision, at, content) VALUES (?, ?, ?, ?, ?)',
    );
    for (const entry of append) {
      seq += 1;
      insert.run(id, seq, entry.revision, entry.at, this.#vault.seal(historyPlace(id, seq, entry.revision), entry));
    }
  }

  /** Keys of the history entries stored for a summary, as a merge tells entries apart. */
  historyKeys(id: string): Set<string> {
    const any = this.#vault.db.prepare('SELECT 1 AS x FROM history WHERE summary_id = ? LIMIT 1').get(id);
    return any ? new Set(this.history(id).map(historyKey)) : new Set();
  }

  #historiesOfYear(year: number): Map<string, HistoryEntry[]> {
    const byId = new Map<string, HistoryEntry[]>();
    const rows = this.#vault.db
      .prepare(
        'SELECT h.summary_id, h.seq, h.revision, h.content FROM history h JOIN summaries s ON s.id = h.summary_id WHERE s.year = ? ORDER BY h.summary_id, h.seq',
      )
      .all(year);
    for (const r of rows) {
      const id = String(r.summary_id);
      const entry = this.#vault.open<HistoryEntry>(
        historyPlace(id, num(r.seq), num(r.revision)),
        r.content,
        `history of ${id}`,
      );
      const list = byId.get(id);
      if (list) list.push(entry);
      else byId.set(id, [entry]);
    }
    return byId;
  }
}

export const historyKey = (entry: HistoryEntry) => `${entry.revision}|${entry.at}|${entry.by}|${entry.action}`;
