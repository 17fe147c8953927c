import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataKey } from './sealed-codec';

/** Where a sealed row lives; all of it is authenticated with the row's content. */
export interface RowPlace {
  table: string;
  id: string;
  year: number;
  revision: number;
}

const VERSION = 1;
const IV = 12;
const TAG = 16;

/** Thrown when a row does not open: another key, or a row changed, moved or copied. */
export class RowSealError extends Error {
  constructor(readonly place: RowPlace) {
    super(`row ${place.table}/${place.id} failed its integrity check`);
    this.name = 'RowSealError';
  }
}

const aad = (place: RowPlace, keyId: string) =>
  Buffer.from(
    `cpu-case-register/row:${VERSION}|${place.table}|${place.id}|${place.year}|${place.revision}|${keyId}`,
    'utf8',
  );

/** Random IVs drawn from the CSPRNG 512 at a time (one call instead of one per row); each is used once. */
let ivPool = Buffer.alloc(0);
let ivAt = 0;
function nextIv(): Buffer {
  if (ivAt + IV > ivPool.length) {
    ivPool = randomBytes(IV * 512);
    ivAt = 0;
  }
  const iv = ivPool.subarray(ivAt, ivAt + IV);
  ivAt += IV;
  return iv;
}

/**
 * AES-256-GCM for one row's content: version byte, 12-byte random IV, 16-byte tag, then the
 * ciphertext. The row's table, id, year, revision and the key id are the associated data, so
 * a row copied to another place, year or revision, or sealed under another key, fails to open.
 */
export function sealRow(key: DataKey, place: RowPlace, value: unknown): Uint8Array {
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG });
  cipher.setAAD(aad(place, key.keyId));
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), data]);
}

/** The row's value; `RowSealError` when it does not open with this key at this place. */
export function openRow<T>(key: DataKey, place: RowPlace, sealed: Uint8Array): T {
  const opened = openRowBytes(key, place, sealed);
  if (!opened) throw new RowSealError(place);
  return JSON.parse(opened.toString('utf8')) as T;
}

/**
 * A sealed row's JSON bytes, opened and checked as `openRow` does but not parsed (a yearly data
 * file's line is composed from them); `undefined` for a row that does not open.
 */
export function openRowBytes(key: DataKey, place: RowPlace, sealed: Uint8Array): Buffer | undefined {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < 1 + IV + TAG || bytes[0] !== VERSION) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, bytes.subarray(1, 1 + IV), { authTagLength: TAG });
    decipher.setAAD(aad(place, key.keyId));
    decipher.setAuthTag(bytes.subarray(1 + IV, 1 + IV + TAG));
    const head = decipher.update(bytes.subarray(1 + IV + TAG));
    const tail = decipher.final();
    return tail.length === 0 ? head : Buffer.concat([head, tail]);
  } catch {
    return undefined;
  }
}
