import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord, PcRef, PurgeMarker } from '../../shared/schemas/case';
import { MAX_IMPORT_CHARS } from '../../shared/schemas/exchange';
import { ByteReader } from './byte-reader';
import { decryptChunked, encryptChunked, isChunked, type ChunkOpener } from './chunked-envelope';
import { DATA_FILE_FORMAT, readDataFile } from './data-file';
import {
  DATA_FILE_VERSION_2,
  linesOf,
  MAX_LINE_BYTES,
  readDataFileV2,
  writeDataFileV2,
  type KnownLines,
  type LineRead,
  type SummaryJson,
  type StreamControl,
} from './data-file-v2';
import { FileLines } from './file-lines';

/** A data file's header as every version gives it. */
export interface SourceHeader {
  formatVersion: number;
  appVersion: string;
  pc: PcRef;
  exportedAt: string;
  year: number;
  /** How many summaries the file holds (the progress total). */
  count: number;
  purged?: PurgeMarker[] | undefined;
}

export interface ReadOptions {
  passphrase?: string | undefined;
  /** The name the file has now: a protected file must keep the name it was exported under. */
  fileName?: string | undefined;
  onHeader?: (header: SourceHeader) => void | Promise<void>;
  onRecord: (record: CaseRecord, index: number, line?: LineRead) => void | Promise<void>;
  /** Lines of a version 2 file that are summaries held here as they are (see `KnownLines`); version 1 gives every record. */
  known?: KnownLines | undefined;
  signal?: AbortSignal | undefined;
  /**
   * Told, before the header, that the file is version 2 and how its lines are read again by
   * place: undefined for a plain file, the chunks for a protected one (see `FileLines`).
   */
  onVersion2?: (chunks: ChunkOpener | undefined) => void;
}

/**
 * Reads a yearly data file of any version, plain or protected, from a stream of bytes: version 2
 * line by line (memory does not grow with the file), version 1 whole as it always was. Nothing
 * is final until this resolves: any error means what `onRecord` was given must be dropped.
 */
export async function readAnyDataFile(source: AsyncIterable<Uint8Array>, options: ReadOptions): Promise<SourceHeader> {
  const reader = new ByteReader(source);
  const start = await reader.peek(8);
  if (isChunked(start)) {
    const opened = await decryptChunked(reader, options.passphrase, options.fileName);
    options.onVersion2?.(opened.chunks);
    return readDataFileV2(linesOf(opened.plaintext), {
      signal: options.signal,
      onRecord: options.onRecord,
      known: options.known,
      onHeader: async (header) => {
        if (header.year !== opened.header.year) {
          throw new AppFailure('file-other-year', 'The file’s content is of another year.', {
            expected: String(opened.header.year),
            found: String(header.year),
          });
        }
        await options.onHeader?.(header);
      },
    });
  }
  if (start.subarray(0, 3).equals(BYTE_ORDER_MARK)) {
    // Opened and saved again in a text editor (Notepad puts this mark first): no longer the bytes exported.
    throw new AppFailure('file-checksum', 'The data file was saved again by another program after it was exported.');
  }
  if (await isVersion2(reader)) {
    options.onVersion2?.(undefined);
    return readDataFileV2(linesOf(reader.rest()), options);
  }
  return readVersion1(reader, options);
}

/** UTF-8's byte-order mark: never written at the start of a data file, which is JSON. */
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

/** A plain v2 file's first line is its header (`"formatVersion":2`); a v1 file is one JSON document. */
async function isVersion2(reader: ByteReader): Promise<boolean> {
  for (let size = 64 * 1024; ; size *= 4) {
    const head = await reader.peek(size);
    const newline = head.indexOf(0x0a);
    if (newline !== -1) {
      try {
        const first = JSON.parse(head.subarray(0, newline).toString('utf8')) as { formatVersion?: unknown };
        return first.formatVersion === DATA_FILE_VERSION_2;
      } catch {
        return false;
      }
    }
    if (head.length < size || size >= MAX_LINE_BYTES) return false;
  }
}

async function readVersion1(reader: ByteReader, options: ReadOptions): Promise<SourceHeader> {
  const pieces: Buffer[] = [];
  let size = 0;
  for await (const piece of reader.rest()) {
    size += piece.length;
    if (size > MAX_IMPORT_CHARS * 3) throw new AppFailure('file-too-large', 'The file is too large.');
    pieces.push(piece);
  }
  const file = readDataFile(Buffer.concat(pieces).toString('utf8'), options.passphrase);
  pieces.length = 0;
  const { summaries, checksum, format, ...rest } = file;
  void checksum;
  void format;
  const header: SourceHeader = { ...rest, count: summaries.length };
  await options.onHeader?.(header);
  for (const [index, record] of summaries.entries()) await options.onRecord(record, index);
  return header;
}

export interface YearFileHeader {
  appVersion: string;
  pc: PcRef;
  exportedAt: string;
  year: number;
  count: number;
  purged: readonly PurgeMarker[];
}

/** The bytes of a v2 yearly data file, protected (chunked AES-256-GCM) when a passphrase is given. */
export function yearFileBytes(
  header: YearFileHeader,
  records: AsyncIterable<CaseRecord | SummaryJson> | Iterable<CaseRecord | SummaryJson>,
  protection: { passphrase?: string | undefined; fileName: string },
  control: StreamControl = {},
): AsyncIterable<Buffer> {
  const plain = writeDataFileV2(
    {
      format: DATA_FILE_FORMAT,
      formatVersion: DATA_FILE_VERSION_2,
      appVersion: header.appVersion,
      pc: header.pc,
      exportedAt: header.exportedAt,
      year: header.year,
      count: header.count,
      ...(header.purged.length > 0 ? { purged: [...header.purged] } : {}),
    },
    records,
    control,
  );
  if (protection.passphrase === undefined) return plain;
  return encryptChunked(plain, protection.passphrase, { year: header.year, fileName: protection.fileName });
}

/**
 * Writes bytes to `path` through a temporary file beside it, renamed into place only when every
 * byte is written: a failure or a cancel leaves no partial file.
 */
export async function writeFileAtomically(path: string, bytes: AsyncIterable<Buffer>, signal?: AbortSignal) {
  const temp = `${path}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await pipeline(Readable.from(bytes), createWriteStream(temp, { flags: 'wx' }), signal ? { signal } : {});
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (signal?.aborted) throw new AppFailure('cancelled', 'Cancelled; nothing was written.');
    throw error;
  }
}

/**
 * Reads a data file from a path; the name it has now is checked against a protected file's.
 * `onLines`: a version 2 file's lines can be read again from the path by place (`FileLines`).
 */
export async function readDataFilePath(
  path: string,
  options: Omit<ReadOptions, 'fileName' | 'onVersion2'> & { fileName?: string; onLines?: (lines: FileLines) => void },
): Promise<SourceHeader> {
  const { onLines, ...rest } = options;
  const { size } = await stat(path);
  return readAnyDataFile(createReadStream(path, { highWaterMark: 64 * 1024 }), {
    ...rest,
    fileName: options.fileName ?? basename(path),
    ...(onLines ? { onVersion2: (chunks: ChunkOpener | undefined) => onLines(new FileLines(path, size, chunks)) } : {}),
  });
}
