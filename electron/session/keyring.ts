import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../shared/ipc/result';
import { AutoLockMinutes } from '../../shared/schemas/session';
import { writeFileAtomic } from '../storage/atomic-file';
import { describeLoadError } from '../storage/store-location';

export const KEYS_FILE = 'keys.json';
const FORMAT = 'cpu-case-register/keys';

/** scrypt cost recorded beside each wrapped key. 2^17 × 8 × 128 B = 128 MiB, about 0.3 s. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 131_072, r: 8, p: 1 };

const b64 = z.base64();
/** Who can open the data key with this copy; one entry per officer may come later. */
export const KeyLabel = z.union([z.enum(['passphrase', 'recovery']), z.string().regex(/^officer:[\w-]{1,64}$/)]);
export type KeyLabel = z.output<typeof KeyLabel>;

const WrappedKey = z.strictObject({
  label: KeyLabel,
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    // Bounded both ways: too cheap is weak, too costly would hang the app (a doctored file).
    N: z.number().int().min(16_384).max(1_048_576),
    r: z.number().int().min(8).max(32),
    p: z.number().int().min(1).max(4),
    salt: b64,
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: b64,
  tag: b64,
  wrappedKey: b64,
  createdAt: z.iso.datetime(),
});
export type WrappedKey = z.output<typeof WrappedKey>;

export const KeyFile = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  /** Random id of the data key; every encrypted store names it, so a wrong key is told apart from damage. */
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  autoLockMinutes: AutoLockMinutes,
  keys: z.array(WrappedKey).min(1),
  /**
   * The case database's generation when this PC last opened it (also kept inside the
   * database): a database whose own number is lower was replaced by an older copy.
   */
  generation: z.number().int().min(0).optional(),
});
export type KeyFile = z.output<typeof KeyFile>;

const maxmem = (p: ScryptParams) => 256 * p.N * p.r + 1024 * 1024;

/** The key-encryption key; async so the main process keeps answering while scrypt works. */
function deriveKek(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { ...params, maxmem: maxmem(params) }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Binds a wrapped copy to its key id and label: entries cannot be swapped between files or roles. */
const aad = (keyId: string, label: string) => Buffer.from(`${FORMAT}:1:${keyId}:${label}`, 'utf8');

export async function wrapKey(
  dataKey: Buffer,
  secret: string,
  label: KeyLabel,
  keyId: string,
  params: ScryptParams,
  now: Date,
): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const kek = await deriveKek(secret, salt, params);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(keyId, label));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  kek.fill(0);
  return {
    label,
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrappedKey: wrapped.toString('base64'),
    createdAt: now.toISOString(),
  };
}

/** The data key, or undefined when the secret does not open this copy. */
export async function unwrapKey(entry: WrappedKey, secret: string, keyId: string): Promise<Buffer | undefined> {
  const { kdf } = entry;
  const kek = await deriveKek(secret, Buffer.from(kdf.salt, 'base64'), kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(entry.iv, 'base64'), { authTagLength: 16 });
    decipher.setAAD(aad(keyId, entry.label));
    decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(entry.wrappedKey, 'base64')), decipher.final()]);
    return key.length === 32 ? key : undefined;
  } catch {
    return undefined;
  } finally {
    kek.fill(0);
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 200 random bits as 8 groups of 5 (Crockford base32: no I, L, O or U to misread). */
export function newRecoveryKey(): string {
  const bytes = randomBytes(25);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{5}/g)?.join('-') ?? out;
}

/** As typed from paper: any case, spaces or dashes, O for 0 and I or L for 1. */
export function normalizeRecoveryKey(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return compact.match(/.{1,5}/g)?.join('-') ?? compact;
}

export const keysPath = (dir: string) => join(dir, KEYS_FILE);

/** The key file, or undefined before the first set-up. A damaged one is reported, never replaced. */
export function readKeyFile(dir: string): KeyFile | undefined {
  const path = keysPath(dir);
  if (!existsSync(path)) return undefined;
  try {
    return KeyFile.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const reason = describeLoadError(error);
    throw new AppFailure(
      'keys-unreadable',
      `The key file ${KEYS_FILE} could not be read: ${reason}. It has not been changed.`,
      {
        file: KEYS_FILE,
        reason,
      },
    );
  }
}

/**
 * Writes the key file and one copy of it under backups/keys (without it no data file opens).
 * Only the latest copy is kept, and older ones are removed: a copy still holding the key
 * wrapped by an old passphrase would let that passphrase open the data after a change.
 */
export function writeKeyFile(dir: string, file: KeyFile): void {
  const text = `${JSON.stringify(KeyFile.parse(file), null, 2)}\n`;
  writeFileAtomic(keysPath(dir), text);
  const copies = join(dir, 'backups', 'keys');
  writeFileAtomic(join(copies, KEYS_FILE), text);
  for (const name of readdirSync(copies)) {
    if (name !== KEYS_FILE && name.endsWith('.json')) rmSync(join(copies, name), { force: true });
  }
}
