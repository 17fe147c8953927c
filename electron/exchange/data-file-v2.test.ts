import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord } from '../../shared/schemas/case';
import { generateRecords } from '../../shared/testing/generate-records';
import { CHUNK_BYTES } from './chunked-envelope';
import { checksumOf, DATA_FILE_FORMAT, readDataFile, writeDataFile, type DataFileBody } from './data-file';
import { readAnyDataFile, yearFileBytes, type SourceHeader } from './data-file-stream';

/** Each protected file read derives its key with scrypt at N = 2^17 (by design slow), several per test. */
const SCRYPT_TIMEOUT = 180_000;

function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const PC = { pcId: '0b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d', pcName: 'OVA office 2' };
const records = generateRecords(40, 2025, 7, PC);
const NAME = 'cpu-data-2025-ova-office-2-2026-12-02.cpu';
const PASS = 'correct horse battery';

async function bytesOf(list: readonly CaseRecord[], passphrase?: string): Promise<Buffer> {
  const header = { appVersion: '2.0.0', pc: PC, exportedAt: '2026-12-02T03:00:00.000Z', year: 2025 };
  const pieces: Buffer[] = [];
  const stream = yearFileBytes({ ...header, count: list.length, purged: [] }, list, { passphrase, fileName: NAME });
  for await (const piece of stream) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** Reads in small pieces, as a file or an upload arrives. */
async function* piecesOf(bytes: Buffer, size = 1000) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(bytes: Buffer, options: { passphrase?: string; fileName?: string } = {}) {
  const got: CaseRecord[] = [];
  const header: SourceHeader = await readAnyDataFile(piecesOf(bytes), {
    fileName: NAME,
    ...options,
    onRecord: (record) => void got.push(record),
  });
  return { header, got };
}

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppFailure) return error.code;
    throw error;
  }
  throw new Error('expected an AppFailure');
}

describe('yearly data file, version 2 (plain)', () => {
  it(
    'is a header line, one summary per line, and a trailer with the count and the SHA-256 before it',
    async () => {
      const bytes = await bytesOf(records);
      const lines = bytes.toString('utf8').trimEnd().split('\n');
      expect(lines).toHaveLength(records.length + 2);
      expect(JSON.parse(must(lines[0]))).toMatchObject({
        format: DATA_FILE_FORMAT,
        formatVersion: 2,
        year: 2025,
        count: 40,
      });
      const trailer = JSON.parse(must(lines.at(-1))) as { count: number; sha256: string };
      const before = bytes.subarray(0, bytes.length - must(lines.at(-1)).length - 1);
      const { createHash } = await import('node:crypto');
      expect(trailer).toEqual({
        end: DATA_FILE_FORMAT,
        count: 40,
        sha256: createHash('sha256').update(before).digest('hex'),
      });
      const { header, got } = await read(bytes);
      expect(header).toMatchObject({ formatVersion: 2, year: 2025, count: 40, pc: PC });
      expect(got).toEqual(records);
    },
    SCRYPT_TIMEOUT,
  );

  it(
    'refuses a changed summary, a missing trailer and a summary that breaks the schema',
    async () => {
      const text = (await bytesOf(records)).toString('utf8');
      const changed = text.replace(
        must(records[3]).caseCode,
        must(records[3]).caseCode.replace(/\d$/, (d) => String((+d + 1) % 10)),
      );
      expect(await codeOf(read(Buffer.from(changed)))).toBe('file-checksum');
      const cut = text.slice(0, text.trimEnd().lastIndexOf('\n') + 1);
      expect(await codeOf(read(Buffer.from(cut)))).toBe('file-truncated');
      const broken = await bytesOf([
        { ...must(records[0]), summary: { ...must(records[0]).summary, dateReported: '2025-13-40' } },
      ]);
      expect(await codeOf(read(broken))).toBe('file-record-invalid');
      // Saved again by a text editor that puts a byte-order mark first (Notepad): changed, as said.
      const bom = Buffer.from([0xef, 0xbb, 0xbf]);
      expect(await codeOf(read(Buffer.concat([bom, Buffer.from(text)])))).toBe('file-checksum');
      const v1 = writeDataFile({
        format: DATA_FILE_FORMAT,
        formatVersion: 1,
        appVersion: '1.0.0',
        pc: PC,
        exportedAt: '2026-12-02T03:00:00.000Z',
        year: 2025,
        summaries: records.slice(0, 2),
      } as DataFileBody);
      expect(await codeOf(read(Buffer.concat([bom, Buffer.from(v1)])))).toBe('file-checksum');
      // The same, handed over as text (a preview of pasted content).
      expect(await codeOf(Promise.resolve().then(() => readDataFile(`\uFEFF${v1}`)))).toBe('file-checksum');
    },
    SCRYPT_TIMEOUT,
  );

  it(
    'still reads a version 1 file as the current release writes it, plain and protected',
    async () => {
      const body: DataFileBody = {
        format: DATA_FILE_FORMAT,
        formatVersion: 1,
        appVersion: '1.0.0',
        pc: PC,
        exportedAt: '2026-01-02T03:00:00.000Z',
        year: 2025,
        summaries: records.slice(0, 5),
      };
      expect(checksumOf(body)).toMatch(/^sha256:/);
      const plain = await read(Buffer.from(writeDataFile(body)));
      expect(plain.header).toMatchObject({ formatVersion: 1, count: 5 });
      expect(plain.got).toEqual(records.slice(0, 5));
      const wrapped = await read(Buffer.from(writeDataFile(body, PASS)), { passphrase: PASS });
      expect(wrapped.got).toHaveLength(5);
    },
    SCRYPT_TIMEOUT,
  );
});

describe('yearly data file, version 2 (protected)', () => {
  // Enough summaries for several 64 KiB chunks.
  const many = generateRecords(120, 2025, 9, PC);
  const protectedFile = bytesOf(many, PASS);
  const layout = async () => {
    const bytes = await protectedFile;
    const headerLength = bytes.readUInt32BE(8);
    const bodyStart = 12 + headerLength + 16 + 32;
    return { bytes, bodyStart, sealed: CHUNK_BYTES + 16 };
  };

  it(
    'opens with its passphrase, in chunks, and gives back every summary',
    async () => {
      const { bytes, bodyStart, sealed } = await layout();
      expect(bytes.length - bodyStart).toBeGreaterThan(2 * sealed);
      expect(bytes.includes(Buffer.from(must(many[0]).caseCode))).toBe(false);
      const { header, got } = await read(bytes, { passphrase: PASS });
      expect(header.count).toBe(120);
      expect(got).toEqual(many);
    },
    SCRYPT_TIMEOUT,
  );

  it(
    'refuses each kind of damage with its own message',
    async () => {
      const { bytes, bodyStart, sealed } = await layout();
      expect(await codeOf(read(bytes))).toBe('passphrase-required');
      expect(await codeOf(read(bytes, { passphrase: 'not the passphrase' }))).toBe('wrong-passphrase');

      const tampered = Buffer.from(bytes);
      tampered.writeUInt8(tampered.readUInt8(bodyStart + sealed + 100) ^ 1, bodyStart + sealed + 100);
      expect(await codeOf(read(tampered, { passphrase: PASS }))).toBe('file-tampered');

      const first = bytes.subarray(bodyStart, bodyStart + sealed);
      const second = bytes.subarray(bodyStart + sealed, bodyStart + 2 * sealed);
      const swapped = Buffer.concat([
        bytes.subarray(0, bodyStart),
        second,
        first,
        bytes.subarray(bodyStart + 2 * sealed),
      ]);
      expect(await codeOf(read(swapped, { passphrase: PASS }))).toBe('file-reordered');

      const atBoundary = bytes.subarray(0, bodyStart + 2 * sealed);
      expect(await codeOf(read(atBoundary, { passphrase: PASS }))).toBe('file-truncated');
      expect(await codeOf(read(bytes.subarray(0, bodyStart), { passphrase: PASS }))).toBe('file-truncated');
      expect(await codeOf(read(bytes.subarray(0, 30), { passphrase: PASS }))).toBe('file-truncated');
      // Cut part-way through a chunk: the end is missing, not some byte in the middle changed.
      const midChunk = bytes.subarray(0, bodyStart + sealed + 100);
      expect(await codeOf(read(midChunk, { passphrase: PASS }))).toBe('file-end-damaged');
      const lastChanged = Buffer.from(bytes);
      lastChanged.writeUInt8(lastChanged.readUInt8(lastChanged.length - 1) ^ 1, lastChanged.length - 1);
      expect(await codeOf(read(lastChanged, { passphrase: PASS }))).toBe('file-end-damaged');

      expect(await codeOf(read(bytes, { passphrase: PASS, fileName: 'cpu-data-2024.cpu' }))).toBe('file-renamed');
      // A browser's second download of the same file is still that file.
      const again = NAME.replace('.cpu', ' (1).cpu');
      expect((await read(bytes, { passphrase: PASS, fileName: again })).got).toHaveLength(120);
    },
    SCRYPT_TIMEOUT,
  );

  it(
    'refuses a header changed to another year, and content of another year than its header',
    async () => {
      const { bytes } = await layout();
      const headerLength = bytes.readUInt32BE(8);
      const headerText = bytes.subarray(12, 12 + headerLength).toString('utf8');
      const otherYear = Buffer.from(headerText.replace('"year":2025', '"year":2024'), 'utf8');
      const edited = Buffer.concat([bytes.subarray(0, 12), otherYear, bytes.subarray(12 + headerLength)]);
      expect(await codeOf(read(edited, { passphrase: PASS }))).toBe('file-tampered');

      const { encryptChunked } = await import('./chunked-envelope');
      const plain = await bytesOf(records);
      const pieces: Buffer[] = [];
      for await (const piece of encryptChunked(piecesOf(plain), PASS, { year: 2024, fileName: NAME }))
        pieces.push(piece);
      expect(await codeOf(read(Buffer.concat(pieces), { passphrase: PASS }))).toBe('file-other-year');
    },
    SCRYPT_TIMEOUT,
  );
});
