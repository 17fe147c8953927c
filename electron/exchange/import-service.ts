import { randomUUID } from 'node:crypto';
import type { Choices } from '../../shared/domain/merge';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord, CaseRow, PcRef, PurgeMarker } from '../../shared/schemas/case';
import { IMPORT_KINDS, type ImportItem, type ImportPreview, type ImportResult } from '../../shared/schemas/exchange';
import type { CaseRepository } from '../cases/case-repository';
import type { Vault } from '../storage/vault';
import { readDataFile } from './data-file';
import { Comparison, writes, type Incoming } from './import-comparison';
import { asWritten, choicesFor, codeTakenSince, yearsChanged } from './import-resolution';
import type { ReadOptions, SourceHeader } from './data-file-stream';
import type { FileLines, LinePlace } from './file-lines';

interface Pending {
  token: string;
  source: { pc: PcRef; year: number };
  items: ImportItem[];
  /**
   * The file's summaries that applying may write (new, newer, conflict), by id: as checked JSON,
   * or where their line is in the file (`lines` reads it again); no others are kept.
   */
  records: Map<string, Buffer | LinePlace>;
  /** The file, when its lines are read again on applying; closed (and `release`d) once the preview goes. */
  lines: FileLines | undefined;
  release: (() => void | Promise<void>) | undefined;
  /** For each summary the file has newer, the keys of our history when the preview read it. */
  knownHistory: Map<string, ReadonlySet<string>>;
  /** Our revision of each summary when the preview was made; a change since then stops the import. */
  seen: Map<string, number | undefined>;
  /** The file's purge markers (one per summary): all are kept here; those for summaries held here purge them. */
  markers: PurgeMarker[];
  /** How many summaries held here the markers purge. */
  purges: number;
}

/** What a streamed preview reports as it goes, and how it is stopped before anything is kept. */
export interface PreviewControl {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal | undefined;
}

/** Reads a file (any version, from a path or a body) into the preview's callbacks. */
export type ReadFile = (
  callbacks: Pick<ReadOptions, 'onHeader' | 'onRecord' | 'known' | 'signal'> & {
    /** A file that can be read again when applied (`readDataFilePath`): the preview keeps places, not lines. */
    onLines?: (lines: FileLines) => void;
  },
) => Promise<SourceHeader>;

/** Summaries written per batch. */
const BATCH = 500;
/**
 * Summaries compared with ours at a time while a file streams in (one database read of our
 * copies each): few enough that a batch's objects are let go soon and a cancel is answered soon.
 */
const PREVIEW_BATCH = 100;

/**
 * Import of another PC's yearly data file in two steps: `preview` checks the whole file and
 * classifies each summary against ours without writing; `apply` writes the new, newer and
 * resolved summaries all together. Importing the same file again finds everything identical.
 */
export class ImportService {
  readonly #cases: CaseRepository;
  readonly #assertOpen: (...years: number[]) => void;
  readonly #now: () => Date;
  readonly #vault: Vault;
  #pending: Pending | undefined;

  /**
   * `vault`: the case database the repository reads, for reading our copies a batch at a time as
   * stored bytes (see `Comparison`).
   */
  constructor(
    cases: CaseRepository,
    vault: Vault,
    assertOpen: (...years: number[]) => void,
    now: () => Date = () => new Date(),
  ) {
    this.#cases = cases;
    this.#assertOpen = assertOpen;
    this.#now = now;
    this.#vault = vault;
  }

  /** A whole file's text (version 1, as the release before wrote it). */
  preview(content: string, passphrase?: string): ImportPreview {
    const file = readDataFile(content, passphrase);
    const comparison = new Comparison(
      this.#cases,
      this.#vault,
      this.#assertOpen,
      this.#now(),
      file.purged ?? [],
      file.year,
    );
    comparison.add(file.summaries);
    return this.#keep(comparison, file);
  }

  /**
   * A file of any version read as it streams: summaries are compared with ours a batch at a time,
   * and only those applying may write are kept. Nothing is kept unless the whole file checks out.
   */
  async previewStream(read: ReadFile, control: PreviewControl = {}): Promise<ImportPreview> {
    let comparison: Comparison | undefined;
    let lines: FileLines | undefined;
    let total = 0;
    let done = 0;
    const batch: Incoming[] = [];
    const flush = () => {
      comparison?.add(batch.splice(0));
      control.onProgress?.(done, total);
    };
    const take = async (entry: Incoming) => {
      batch.push(entry);
      done += 1;
      if (batch.length >= PREVIEW_BATCH) {
        flush();
        // Lets a progress request or a cancel be answered while a large file streams in.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    let header: SourceHeader;
    try {
      header = await read({
        signal: control.signal,
        onLines: (opened) => (lines = opened),
        onHeader: (h) => {
          total = h.count;
          comparison = new Comparison(this.#cases, this.#vault, this.#assertOpen, this.#now(), h.purged ?? [], h.year);
          if (lines) comparison.keepPlaces();
          control.onProgress?.(0, total);
        },
        onRecord: (record, _index, line) => {
          if (line) comparison?.lineOf(record, line);
          return take(record);
        },
        // A line that is our copy as it is (byte for byte, or value for value) is identical: it is
        // not checked again (nor parsed, byte for byte). Every other line is checked as before.
        known: {
          ids: (run: readonly Buffer[]) => comparison?.known(run) ?? run.map(() => undefined),
          value: (raw: unknown) => comparison?.value(raw),
          onKnown: (id: string) => take({ same: id }),
        },
      });
      flush();
      if (control.signal?.aborted) throw new AppFailure('cancelled', 'Cancelled; nothing was written.');
    } catch (error) {
      (lines as FileLines | undefined)?.close();
      throw error;
    }
    return this.#keep(comparison as Comparison, header, lines);
  }

  /**
   * Told how to let the previewed file go (an upload's copy removed): at once when the preview
   * keeps what applying writes, else once it is applied, cancelled or replaced.
   */
  whenFileDone(token: string, release: () => void | Promise<void>): void {
    const pending = this.#pending;
    if (pending?.token === token && pending.lines) pending.release = release;
    else void Promise.resolve(release()).catch(() => undefined);
  }

  #keep(
    comparison: Comparison,
    header: Omit<SourceHeader, 'count' | 'formatVersion'>,
    lines?: FileLines,
  ): ImportPreview {
    const { items, records, knownHistory, seen, markers, purges, localYears } = comparison.finish();
    const counts = Object.fromEntries(
      IMPORT_KINDS.map((k) => [k, items.filter((i) => i.kind === k).length]),
    ) as ImportPreview['counts'];
    const token = randomUUID();
    // One preview at a time: choosing another file replaces the one before.
    const source = { pc: header.pc, year: header.year };
    this.#drop();
    this.#pending = { token, source, items, records, knownHistory, seen, markers, purges, lines, release: undefined };
    const named = {
      pcId: header.pc.pcId,
      pcName: header.pc.pcName,
      exportedAt: header.exportedAt,
      appVersion: header.appVersion,
      year: header.year,
    };
    return { token, source: named, counts, items, years: yearsChanged(items, localYears) };
  }

  cancel(token: string): null {
    if (this.#pending?.token === token) this.#drop();
    return null;
  }

  /**
   * Lets a pending preview go with its file, when the service itself goes (a lock, a sign-out, a
   * restore): an uploaded copy of a plain data file must not outlive the session that chose it.
   */
  dispose(): void {
    this.#drop();
  }

  /** Lets the pending preview go, and its file. */
  #drop(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.lines?.close();
    if (pending?.release) void Promise.resolve(pending.release()).catch(() => undefined);
  }

  /**
   * Writes what the preview found, in one transaction: the file's copies are parsed again a
   * batch at a time (checked by the preview, so not against the schema again), our copy is read
   * whole only for a conflict, and whether ours changed since is told by the list rows in memory.
   */
  apply(token: string, resolutions: Readonly<Record<string, Choices>>, officer: string): ImportResult {
    const pending = this.#pending;
    if (!pending || pending.token !== token) throw new AppFailure('import-expired', 'No such import preview.');
    const rows = new Map(this.#cases.allRows().map((r) => [r.id, r]));
    const changed = [...pending.seen].filter(([id, revision]) => rows.get(id)?.revision !== revision);
    const taken = codeTakenSince(pending.items, rows);
    if (changed.length > 0 || taken) {
      this.#drop();
      const [id] = changed[0] ?? [];
      const caseCode =
        (id === undefined ? undefined : (rows.get(id)?.caseCode ?? pending.items.find((i) => i.id === id)?.caseCode)) ??
        taken ??
        '';
      throw new AppFailure('conflict', 'Summaries changed on this PC since the preview. Choose the file again.', {
        reason: 'import-changed',
        caseCode,
      });
    }
    const marked = new Set(pending.markers.map((m) => m.id));
    // A summary with a marker is purged, never written (an item for it is its purge).
    const writing = pending.items.filter((item) => writes.has(item.kind) && !marked.has(item.id));
    for (const item of writing) if (item.kind === 'conflict') choicesFor(item, resolutions);
    const stamp = { officer, at: this.#now().toISOString(), from: pending.source.pc };
    const known = this.#cases.purgedIds();
    const markers = pending.markers.filter((m) => !known.has(m.id));
    const log = {
      at: stamp.at,
      by: officer,
      from: stamp.from,
      year: pending.source.year,
      written: writing.length,
      ...(pending.purges > 0 ? { purged: pending.purges } : {}),
    };
    const batches = this.#batches(writing, pending, rows, resolutions, stamp);
    let years: number[];
    try {
      years =
        writing.length > 0 || markers.length > 0
          ? this.#cases.importRecords({ batches, checked: true, knownHistory: pending.knownHistory }, log, markers)
          : [];
    } catch (error) {
      // A file changed since the preview is chosen again; any other failure may be tried again.
      if (error instanceof AppFailure && error.code === 'file-changed') this.#drop();
      throw error;
    } finally {
      pending.lines?.close();
    }
    this.#drop();
    return { written: writing.length + pending.purges, years };
  }

  /** The records to write, a batch at a time, each as it is stored (inside the import's transaction). */
  *#batches(
    writing: readonly ImportItem[],
    pending: Pending,
    rows: ReadonlyMap<string, CaseRow>,
    resolutions: Readonly<Record<string, Choices>>,
    stamp: { officer: string; at: string; from: PcRef },
  ): Generator<CaseRecord[]> {
    for (let start = 0; start < writing.length; start += BATCH) {
      const items = writing.slice(start, start + BATCH);
      const ours = this.#cases.getMany(items.filter((i) => i.kind === 'conflict').map((i) => i.id));
      yield items.map((item) => {
        const kept = pending.records.get(item.id) as Buffer | LinePlace;
        const bytes = Buffer.isBuffer(kept) ? kept : (pending.lines as FileLines).read(kept);
        const theirs = JSON.parse(bytes.toString('utf8')) as CaseRecord;
        return asWritten(item, theirs, { row: rows.get(item.id), record: ours.get(item.id) }, resolutions, stamp);
      });
    }
  }
}
