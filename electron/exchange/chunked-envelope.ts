import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { z } from 'zod';
import { AppFailure } from '../../shared/ipc/result';
import { Year } from '../../shared/schemas/case';
import type { ByteReader } from './byte-reader';
import { ENCRYPTED_FORMAT, SCRYPT, scryptSettings } from './envelope';

/**
 * The protected form of a v2 data file: chunked AES-256-GCM (docs/data-file.md, "Protected
 * files"). The byte layout is
 *
 *   MAGIC (8) | header length (u32 BE) | header (JSON, UTF-8) | check (16) | header MAC (32) | chunks
 *
 * and each chunk is `ciphertext (≤ 64 KiB) | tag (16)`, its nonce the file's random 8-byte nonce
 * followed by the chunk's number (u32 BE), its associated data the header MAC, the number and a
 * final flag (1 for the last chunk). The header (format, version, year, file name, scrypt
 * parameters) is bound by the MAC, and through it into every chunk.
 */
export const MAGIC = Buffer.from('CPUENC\x00\x02', 'latin1');
export const CHUNK_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const NONCE_BYTES = 8;
const CHECK_BYTES = 16;
const MAC_BYTES = 32;
const MAX_HEADER_BYTES = 4096;

export const ChunkedHeader = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(2),
  content: z.literal('cpu-case-register/year-data'),
  year: Year,
  fileName: z.string().min(1).max(255),
  kdf: scryptSettings(z.base64().refine((b) => Buffer.from(b, 'base64').length === 16)),
  cipher: z.literal('aes-256-gcm'),
  chunkBytes: z.literal(CHUNK_BYTES),
  tagBytes: z.literal(TAG_BYTES),
  nonce: z.base64().refine((b) => Buffer.from(b, 'base64').length === NONCE_BYTES),
});
export type ChunkedHeader = z.output<typeof ChunkedHeader>;

interface Keys {
  enc: Buffer;
  mac: Buffer;
  check: Buffer;
}

async function deriveKeys(passphrase: string, kdf: ChunkedHeader['kdf']): Promise<Keys> {
  const salt = Buffer.from(kdf.salt, 'base64');
  const master = await new Promise<Buffer>((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
  const part = (info: string, length: number) => Buffer.from(hkdfSync('sha256', master, salt, info, length));
  return {
    enc: part('cpu data file v2 chunks', 32),
    mac: part('cpu data file v2 header', 32),
    check: part('check', 16),
  };
}

const u32 = (value: number) => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
};
const nonceOf = (fileNonce: Buffer, index: number) => Buffer.concat([fileNonce, u32(index)]);
const aadOf = (headerMac: Buffer, index: number, final: boolean) =>
  Buffer.concat([headerMac, u32(index), Buffer.from([final ? 1 : 0])]);

function openChunk(keys: Keys, fileNonce: Buffer, mac: Buffer, index: number, sealed: Buffer, final: boolean) {
  if (sealed.length < TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.enc, nonceOf(fileNonce, index), { authTagLength: TAG_BYTES });
    decipher.setAAD(aadOf(mac, index, final));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** Encrypts a stream of plaintext into the chunked form, for the file `fileName` of `year`. */
export async function* encryptChunked(
  plaintext: AsyncIterable<Uint8Array>,
  passphrase: string,
  bound: { year: number; fileName: string },
): AsyncGenerator<Buffer> {
  const fileNonce = randomBytes(NONCE_BYTES);
  const header: ChunkedHeader = {
    format: ENCRYPTED_FORMAT,
    formatVersion: 2,
    content: 'cpu-case-register/year-data',
    year: bound.year,
    fileName: bound.fileName,
    kdf: { name: 'scrypt', ...SCRYPT, salt: randomBytes(16).toString('base64') },
    cipher: 'aes-256-gcm',
    chunkBytes: CHUNK_BYTES,
    tagBytes: TAG_BYTES,
    nonce: fileNonce.toString('base64'),
  };
  // The keys before any plaintext is asked for (the generator reads the year only as it is
  // pulled): scrypt's 128 MiB (N = 2^17, r = 8) are given back before the export's own memory
  // grows, so the two never add up.
  const keys = await deriveKeys(passphrase, header.kdf);
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.concat([MAGIC, u32(headerBytes.length), headerBytes]);
  const mac = createHmac('sha256', keys.mac).update(prefix).digest();
  yield Buffer.concat([prefix, keys.check, mac]);
  const sealer = new ChunkSealer(keys, fileNonce, mac);
  for await (const piece of plaintext) yield* sealer.add(piece);
  yield* sealer.end();
}

/**
 * Seals plaintext pieces into chunks without gathering them first: the pieces are kept as they
 * come (not copied) until more than a chunk is held, since a chunk's final flag is in its
 * associated data and must be known before it is encrypted; then the chunk is encrypted piece
 * by piece, its ciphertext and tag given as they are (not joined).
 */
class ChunkSealer {
  readonly #keys: Keys;
  readonly #fileNonce: Buffer;
  readonly #mac: Buffer;
  #held: Buffer[] = [];
  #size = 0;
  #index = 0;

  constructor(keys: Keys, fileNonce: Buffer, mac: Buffer) {
    this.#keys = keys;
    this.#fileNonce = fileNonce;
    this.#mac = mac;
  }

  *add(piece: Uint8Array): Generator<Buffer> {
    if (piece.length === 0) return;
    this.#held.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength));
    this.#size += piece.length;
    // A full chunk is sealed only once more follows: the last one carries the final flag.
    while (this.#size > CHUNK_BYTES) yield* this.#seal(CHUNK_BYTES, false);
  }

  *end(): Generator<Buffer> {
    yield* this.#seal(this.#size, true);
  }

  *#seal(size: number, final: boolean): Generator<Buffer> {
    const cipher = createCipheriv('aes-256-gcm', this.#keys.enc, nonceOf(this.#fileNonce, this.#index), {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(aadOf(this.#mac, this.#index, final));
    for (let left = size; left > 0;) {
      const first = this.#held[0];
      if (!first) break;
      const part = first.length <= left ? first : first.subarray(0, left);
      if (part === first) this.#held.shift();
      else this.#held[0] = first.subarray(left);
      left -= part.length;
      this.#size -= part.length;
      yield cipher.update(part);
    }
    const tail = cipher.final();
    if (tail.length > 0) yield tail;
    yield cipher.getAuthTag();
    this.#index += 1;
  }
}

export interface OpenedChunked {
  header: ChunkedHeader;
  plaintext: AsyncGenerator<Buffer>;
  /** Where chunk `index` is, and its plaintext: for reading parts of the file again (see `FileLines`). */
  chunks: ChunkOpener;
}

/** Opens a protected file's chunks one at a time, by number, with the keys its passphrase gave. */
export interface ChunkOpener {
  /** The byte offset of chunk `index` in the file. */
  at(index: number): number;
  /** The chunk's plaintext, or undefined when it does not open (changed, moved, or the wrong final flag). */
  open(index: number, sealed: Buffer, final: boolean): Buffer | undefined;
}

/** A chunk's bytes in the file: its ciphertext (a whole chunk, but for the last) and its tag. */
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;

/** Whether bytes begin like a protected v2 file. */
export const isChunked = (start: Buffer) => start.length >= MAGIC.length && start.subarray(0, 8).equals(MAGIC);

/**
 * Opens a protected v2 file: its header, the passphrase (checked before any chunk), the header's
 * MAC, the file name it was exported under; then the plaintext as each chunk is authenticated.
 * Each way a file can be wrong has its own error: wrong passphrase, a changed header or chunk,
 * chunks reordered, the end cut off, the file renamed.
 */
export async function decryptChunked(
  reader: ByteReader,
  passphrase: string | undefined,
  fileName: string | undefined,
): Promise<OpenedChunked> {
  const start = await reader.read(MAGIC.length + 4);
  if (start.length < MAGIC.length + 4) throw truncated();
  const length = start.readUInt32BE(MAGIC.length);
  if (length > MAX_HEADER_BYTES) throw new AppFailure('file-wrong-format', 'The protected file is damaged.');
  const headerBytes = await reader.read(length);
  const check = await reader.read(CHECK_BYTES);
  const mac = await reader.read(MAC_BYTES);
  if (mac.length < MAC_BYTES) throw truncated();
  let header: ChunkedHeader;
  try {
    header = ChunkedHeader.parse(JSON.parse(headerBytes.toString('utf8')));
  } catch {
    throw new AppFailure('file-wrong-format', 'The protected file is damaged.');
  }
  if (passphrase === undefined)
    throw new AppFailure('passphrase-required', 'This file is protected with a passphrase.');
  const keys = await deriveKeys(passphrase, header.kdf);
  if (!timingSafeEqual(keys.check, check)) {
    throw new AppFailure('wrong-passphrase', 'The passphrase does not open this file.');
  }
  const expectedMac = createHmac('sha256', keys.mac)
    .update(Buffer.concat([start, headerBytes]))
    .digest();
  if (!timingSafeEqual(expectedMac, mac)) throw tampered(0);
  if (fileName !== undefined && !sameName(header.fileName, fileName)) {
    throw new AppFailure('file-renamed', `The file was exported as ${header.fileName}.`, { expected: header.fileName });
  }
  const fileNonce = Buffer.from(header.nonce, 'base64');
  const bodyStart = MAGIC.length + 4 + length + CHECK_BYTES + MAC_BYTES;
  async function* plaintext(): AsyncGenerator<Buffer> {
    for (let index = 0; ; index += 1) {
      const sealed = await reader.read(CHUNK_BYTES + TAG_BYTES);
      const final = !(await reader.more());
      const plain = openChunk(keys, fileNonce, mac, index, sealed, final);
      if (plain) {
        yield plain;
        if (final) return;
        continue;
      }
      throw explain(index, sealed, final, bodyStart + index * (CHUNK_BYTES + TAG_BYTES));
    }
  }
  /** Why chunk `index` did not open: the end cut off, chunks moved, or bytes changed. */
  function explain(index: number, sealed: Buffer, final: boolean, offset: number): AppFailure {
    if (sealed.length === 0 || (final && openChunk(keys, fileNonce, mac, index, sealed, false))) return truncated();
    for (let other = 0; other <= index + 64; other += 1) {
      if (other === index) continue;
      if (
        openChunk(keys, fileNonce, mac, other, sealed, false) ??
        openChunk(keys, fileNonce, mac, other, sealed, true)
      ) {
        return new AppFailure('file-reordered', 'The chunks of the file are out of order.');
      }
    }
    // The file's last piece, shorter than a chunk, after whole chunks that opened: cut part-way
    // through a chunk, or its end changed. Bytes alone cannot tell which, and an unfinished copy
    // is the likelier. (A file of one chunk, or a last chunk of full length, was changed.)
    if (final && index > 0 && sealed.length < SEALED_CHUNK_BYTES) return endDamaged(offset);
    return tampered(offset);
  }
  const chunks: ChunkOpener = {
    at: (index) => bodyStart + index * SEALED_CHUNK_BYTES,
    open: (index, sealed, final) => openChunk(keys, fileNonce, mac, index, sealed, final),
  };
  return { header, plaintext: plaintext(), chunks };
}

const truncated = () => new AppFailure('file-truncated', 'The file was cut short.');
const endDamaged = (offset: number) =>
  new AppFailure('file-end-damaged', `The end of the file, from byte ${offset}, is missing or was changed.`, {
    offset: String(offset),
  });
const tampered = (offset: number) =>
  new AppFailure('file-tampered', `The file was changed at byte ${offset}.`, { offset: String(offset) });

/** A browser saving a second copy adds " (1)" before the extension: that is still the same name. */
function sameName(expected: string, actual: string): boolean {
  const plain = actual.replace(/ \(\d+\)(?=\.[^.]*$|$)/, '');
  return plain === expected || actual === expected;
}
