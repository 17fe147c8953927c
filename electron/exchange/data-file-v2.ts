import { createHash, type Hash } from 'node:crypto';
import { z } from 'zod';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord } from '../../shared/schemas/case';
import { PcRef, PurgeMarker, Year } from '../../shared/schemas/case';
import { checkRecord, DATA_FILE_FORMAT, repeatedSummary } from './data-file';

/**
 * Yearly data file, format version 2 (docs/data-file.md): JSON Lines, written and read as a
 * stream so memory does not grow with the file. Line 1 is the header, then one summary per
 * line, then the trailer with the count and the SHA-256 of every byte before the trailer line.
 */
export const DATA_FILE_VERSION_2 = 2;
/** A line longer than this is refused before it is parsed (a summary is a few KiB). */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;
const NEWLINE = 0x0a;

export const HeaderV2 = z.strictObject({
  format: z.literal(DATA_FILE_FORMAT),
  formatVersion: z.literal(DATA_FILE_VERSION_2),
  appVersion: z.string().max(40),
  pc: PcRef,
  exportedAt: z.iso.datetime(),
  year: Year,
  /** How many summary lines follow (the trailer confirms it): the import's progress total. */
  count: z.number().int().min(0).max(10_000_000),
  purged: z.array(PurgeMarker).optional(),
});
export type HeaderV2 = z.output<typeof HeaderV2>;

export const TrailerV2 = z.strictObject({
  end: z.literal(DATA_FILE_FORMAT),
  count: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** What a writer is told as it goes (and may stop): summaries written so far. */
export interface StreamControl {
  onProgress?: (done: number) => void;
  signal?: AbortSignal;
}

export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppFailure('cancelled', 'Cancelled; nothing was written.');
}

/**
 * A summary line's JSON as stored bytes: the summary's stored JSON (without history) and each
 * history entry's, opened from the database but never parsed. `summaryJson` composes them into
 * exactly what `JSON.stringify({ ...facts, history })` gives, so the line is the one a record
 * would give (the reader hashes the bytes as they are and checks each line against the schema).
 */
export class SummaryJson {
  constructor(readonly parts: readonly Uint8Array[]) {}
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const HISTORY_AFTER = Buffer.from(',"history":[', 'utf8');
const HISTORY_ONLY = Buffer.from('"history":[', 'utf8');
const COMMA = Buffer.from(',', 'utf8');
const END = Buffer.from(']}', 'utf8');

export function summaryJson(facts: Buffer, history: readonly Buffer[]): SummaryJson {
  if (facts.length < 2 || facts[0] !== OPEN_BRACE || facts[facts.length - 1] !== CLOSE_BRACE) {
    throw new Error('A stored summary is not a JSON object.');
  }
  const parts: Uint8Array[] = [facts.subarray(0, facts.length - 1), facts.length === 2 ? HISTORY_ONLY : HISTORY_AFTER];
  history.forEach((entry, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(entry);
  });
  parts.push(END);
  return new SummaryJson(parts);
}

const PIECE_BYTES = 64 * 1024;
const NEWLINE_BYTES = Buffer.from('\n', 'utf8');

/**
 * The bytes of a v2 file, in pieces of about 64 KiB. Each summary line is `JSON.stringify` of
 * the record as the register holds it (already checked against the schema when it was saved),
 * or its stored JSON as it is (`SummaryJson`), so nothing is parsed again here.
 */
export async function* writeDataFileV2(
  header: HeaderV2,
  records: AsyncIterable<CaseRecord | SummaryJson> | Iterable<CaseRecord | SummaryJson>,
  control: StreamControl = {},
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  let pending: Uint8Array[] = [];
  let size = 0;
  const add = (bytes: Uint8Array) => {
    pending.push(bytes);
    size += bytes.length;
  };
  const flush = () => {
    const bytes = Buffer.concat(pending, size);
    hash.update(bytes);
    pending = [];
    size = 0;
    return bytes;
  };
  add(Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'));
  let count = 0;
  for await (const record of records) {
    stopIfCancelled(control.signal);
    if (record instanceof SummaryJson) {
      for (const part of record.parts) add(part);
      add(NEWLINE_BYTES);
    } else add(Buffer.from(`${JSON.stringify(record)}\n`, 'utf8'));
    count += 1;
    if (size >= PIECE_BYTES) {
      yield flush();
      control.onProgress?.(count);
    }
  }
  if (count !== header.count) throw new Error(`The header promised ${header.count} summaries, ${count} were read.`);
  yield flush();
  const trailer = { end: DATA_FILE_FORMAT, count, sha256: hash.digest('hex') };
  yield Buffer.from(`${JSON.stringify(trailer)}\n`, 'utf8');
  control.onProgress?.(count);
}

/** Splits bytes into lines (without the newline), refusing one longer than MAX_LINE_BYTES. */
export async function* linesOf(source: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let rest: Buffer[] = [];
  let restSize = 0;
  for await (const piece of source) {
    let chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    let at = chunk.indexOf(NEWLINE);
    while (at !== -1) {
      const head = chunk.subarray(0, at);
      yield restSize > 0 ? Buffer.concat([...rest, head]) : head;
      rest = [];
      restSize = 0;
      chunk = chunk.subarray(at + 1);
      at = chunk.indexOf(NEWLINE);
    }
    if (chunk.length > 0) {
      restSize += chunk.length;
      if (restSize > MAX_LINE_BYTES) throw new AppFailure('file-wrong-format', 'A line of the file is too long.');
      rest.push(Buffer.from(chunk));
    }
  }
  if (restSize > 0) yield Buffer.concat(rest);
}

const parseLine = (line: Buffer, what: string): unknown => {
  try {
    return JSON.parse(line.toString('utf8')) as unknown;
  } catch {
    throw new AppFailure('file-not-json', `The file is damaged or was cut short (${what}).`);
  }
};

/** A summary this PC holds, as a known line names it. */
export interface KnownSummary {
  id: string;
  caseCode: string;
}

/**
 * Summary lines that are a summary this PC holds as it is: such a line is this PC's own copy
 * (checked against the schema and the register's rules when it was stored), so it is not checked
 * again, and one that is so byte for byte is not even parsed. Its id still counts for repeats,
 * and its bytes for the checksum.
 */
export interface KnownLines {
  /** For each line of a run (before any is parsed), the summary it is byte for byte, or undefined. */
  ids(lines: readonly Buffer[]): (KnownSummary | undefined)[];
  /** A parsed line (not byte for byte ours): the summary it is value for value (keys in any order), or undefined. */
  value(raw: unknown): KnownSummary | undefined;
  /** A known line, in file order among the records given to `onRecord`. */
  onKnown(id: string, index: number): void | Promise<void>;
}

/**
 * A summary line as read: its bytes (a view of a piece read from the file, never reused; copied
 * to be kept) and their parsed value before the schema's check.
 */
export interface LineRead {
  bytes: Buffer;
  raw: unknown;
  /** Where the line begins in the file (a protected file's plaintext), to read it again (`FileLines`). */
  offset: number;
}

export interface ReadV2 {
  onHeader?: (header: HeaderV2) => void | Promise<void>;
  /** Each summary, checked against the schema, in file order; nothing may be written before the end. */
  onRecord: (record: CaseRecord, index: number, line?: LineRead) => void | Promise<void>;
  known?: KnownLines | undefined;
  signal?: AbortSignal | undefined;
}

/** Lines looked up in `KnownLines.ids` together (one database read for all of them; see PREVIEW_BATCH). */
const LINES_PER_LOOKUP = 100;
/** A run also ends at this many bytes, so a file of long lines is held no more than a few lines at a time. */
const RUN_BYTES = 4 * 1024 * 1024;

/**
 * Reads a v2 file's lines: the header, each summary against the schema (the first broken one
 * named by case code and field) unless it is a known line, then the trailer's count and SHA-256.
 * Every check is made before it resolves; a failure at any point means the caller must discard
 * what it was given.
 */
export async function readDataFileV2(lines: AsyncIterable<Buffer>, read: ReadV2): Promise<HeaderV2> {
  const hash: Hash = createHash('sha256');
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) throw new AppFailure('file-wrong-format', 'The file is empty.');
  const header = HeaderV2.safeParse(parseLine(first.value, 'header'));
  if (!header.success) {
    const field = header.error.issues[0]?.path.map(String).join('.') ?? '';
    throw new AppFailure('file-wrong-format', `The file header is not valid at ${field}.`);
  }
  hash.update(first.value).update('\n');
  await read.onHeader?.(header.data);
  const seen = new Set<string>();
  let index = 0;
  let offset = first.value.length + 1;
  let ended = false;
  while (!ended) {
    const run: Buffer[] = [];
    for (let size = 0; run.length < LINES_PER_LOOKUP && size < RUN_BYTES;) {
      const next = await iterator.next();
      if (next.done === true) {
        ended = true;
        break;
      }
      run.push(next.value);
      size += next.value.length;
    }
    const known = read.known && run.length > 0 ? read.known.ids(run) : [];
    for (const [at, line] of run.entries()) {
      stopIfCancelled(read.signal);
      const lineOffset = offset;
      offset += line.length + 1;
      const bytesKnown = known[at];
      const raw = bytesKnown ? undefined : parseLine(line, `line ${index + 2}`);
      const ours = bytesKnown ?? (raw !== undefined && !isTrailer(raw) ? read.known?.value(raw) : undefined);
      if (ours) {
        if (seen.has(ours.id)) throw repeatedSummary(ours.caseCode.slice(0, 40));
        seen.add(ours.id);
        hash.update(line).update('\n');
        await read.known?.onKnown(ours.id, index);
        index += 1;
        continue;
      }
      if (isTrailer(raw)) {
        const trailer = TrailerV2.safeParse(raw);
        if (!trailer.success || trailer.data.sha256 !== hash.digest('hex')) {
          throw new AppFailure('file-checksum', 'The checksum does not match the content.');
        }
        if (trailer.data.count !== index || index !== header.data.count) {
          throw new AppFailure('file-checksum', 'The file does not hold the number of summaries it states.');
        }
        if (at !== run.length - 1 || (!ended && (await iterator.next()).done !== true)) {
          throw new AppFailure('file-wrong-format', 'The file goes on after its last line.');
        }
        return header.data;
      }
      hash.update(line).update('\n');
      await read.onRecord(checkRecord(raw, index, seen), index, { bytes: line, raw, offset: lineOffset });
      index += 1;
    }
  }
  throw new AppFailure('file-truncated', 'The file was cut short: its last line is missing.');
}

const isTrailer = (raw: unknown) => typeof raw === 'object' && raw !== null && 'end' in raw && !('id' in raw);
