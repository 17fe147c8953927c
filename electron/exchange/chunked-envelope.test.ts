import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ByteReader } from './byte-reader';
import { CHUNK_BYTES, decryptChunked, encryptChunked } from './chunked-envelope';

/** Each protected file derives its key with scrypt at N = 2^17 (by design slow). */
const SCRYPT_TIMEOUT = 180_000;
const PASS = 'correct horse battery';
const BOUND = { year: 2025, fileName: 'cpu-data-2025-protected.cpudata' };

async function* piecesOf(bytes: Buffer, sizes: readonly number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of source) pieces.push(piece);
  return Buffer.concat(pieces);
}

describe('a protected file written from pieces of any size', () => {
  it(
    'opens to the same bytes, in full chunks and a last one, whether it ends on a chunk boundary or not',
    async () => {
      for (const length of [0, 5, CHUNK_BYTES, 2 * CHUNK_BYTES, 2 * CHUNK_BYTES + 3]) {
        const plain = randomBytes(length);
        const file = await collect(encryptChunked(piecesOf(plain, [1, 70_000, 65_536, 9]), PASS, BOUND));
        const opened = await decryptChunked(new ByteReader(piecesOf(file, [4096])), PASS, BOUND.fileName);
        expect((await collect(opened.plaintext)).equals(plain)).toBe(true);
        // Every chunk but the last is full: the body is the plaintext plus one tag per chunk.
        const chunks = Math.max(1, Math.ceil(length / CHUNK_BYTES));
        const headerLength = file.readUInt32BE(8);
        expect(file.length - (12 + headerLength + 16 + 32)).toBe(length + 16 * chunks);
      }
    },
    SCRYPT_TIMEOUT,
  );
});
