import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { AppFailure } from '../../shared/ipc/result';

export const ENCRYPTED_FORMAT = 'cpu-case-register/encrypted';

/**
 * scrypt cost for new files: N = 2^17, r = 8, p = 1 (OWASP's minimum for scrypt): 128 MiB of
 * memory per guess, about half a second on an office PC. Files written with 2^15 before still open.
 */
export const SCRYPT = { N: 131_072, r: 8, p: 1 } as const;
const MAX_COST = 4 * SCRYPT.N * SCRYPT.r * SCRYPT.p;

/**
 * The scrypt settings a protected file names for itself (both versions). More than 4× what the
 * app writes would stall the main process (scrypt runs synchronously here); N is a power of two.
 */
export const scryptSettings = <S extends z.ZodType>(salt: S) =>
  z
    .strictObject({
      name: z.literal('scrypt'),
      N: z.number().int().min(16_384).max(1_048_576),
      r: z.number().int().min(8).max(32),
      p: z.number().int().min(1).max(4),
      salt,
    })
    .refine((k) => (k.N & (k.N - 1)) === 0 && k.N * k.r * k.p <= MAX_COST);
/** AES-GCM with a 96-bit nonce and the full 128-bit tag, both fixed: a shortened tag is refused. */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const bytesOf = (length: number) => z.base64().refine((b64) => Buffer.from(b64, 'base64').length === length);
const maxmem = (params: { N: number; r: number }) => 256 * params.N * params.r;

const Envelope = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(1),
  kdf: scryptSettings(z.base64()),
  cipher: z.literal('aes-256-gcm'),
  iv: bytesOf(IV_BYTES),
  tag: bytesOf(TAG_BYTES),
  ciphertext: z.base64(),
});
type Envelope = z.output<typeof Envelope>;

/**
 * Wraps a data file for a USB stick: AES-256-GCM under a key derived from the passphrase
 * with scrypt, its parameters and salt recorded beside the ciphertext.
 */
export function encryptEnvelope(plaintext: string, passphrase: string): Envelope {
  const salt = randomBytes(16);
  const key = scryptSync(passphrase.normalize('NFC'), salt, 32, { ...SCRYPT, maxmem: maxmem(SCRYPT) });
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    format: ENCRYPTED_FORMAT,
    formatVersion: 1,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

export function decryptEnvelope(raw: unknown, passphrase: string | undefined): string {
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) throw new AppFailure('file-wrong-format', 'The encrypted file is damaged.');
  if (passphrase === undefined) {
    throw new AppFailure('passphrase-required', 'This file is protected with a passphrase.');
  }
  const { kdf, iv, tag, ciphertext } = parsed.data;
  const key = scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: maxmem(kdf),
  });
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new AppFailure('wrong-passphrase', 'The passphrase does not open this file (or the file was changed).');
  }
}
