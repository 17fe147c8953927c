import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scrypt,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';
import type { DataKey } from '../storage/sealed-codec';

/** The key file's format name, also bound into every wrapped key's associated data. */
export const FORMAT = 'cpu-case-register/keys';

/** scrypt cost recorded beside each wrapped key. 2^17 × 8 × 128 B = 128 MiB, about 0.3 s. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT: ScryptParams = { N: 131_072, r: 8, p: 1 };

const b64 = z.base64();
/**
 * Who can open the data key with this copy: an account (`account:<id>`), the PC's recovery key,
 * or the one PC passphrase of folders set up before accounts (`passphrase`, converted at its
 * first sign-in).
 */
export const KeyLabel = z.union([z.enum(['passphrase', 'recovery']), z.string().regex(/^account:[0-9a-f-]{36}$/)]);
export const accountLabel = (id: string): KeyLabel => `account:${id}`;
export type KeyLabel = z.output<typeof KeyLabel>;

export const WrappedKey = z.strictObject({
  label: KeyLabel,
  /** The account's name, offered on the sign-in screen (its role and teams are sealed in the database). */
  name: z.string().max(80).optional(),
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

/** The data key sealed to one slot's public key (X25519, HKDF-SHA256, AES-256-GCM). */
const DataKeyEnvelope = z.strictObject({
  keyId: z.string().regex(/^[0-9a-f]{32}$/),
  ephemeralPublicKey: b64,
  iv: b64,
  tag: b64,
  wrapped: b64,
});

/**
 * A key slot that can be given a new data key without its passphrase: the passphrase wraps the
 * slot's own X25519 private key, and each data key is sealed to the slot's public key. Rotating
 * the data key seals the new one to every slot; a new passphrase makes a new key pair, so an old
 * copy of the file opens nothing sealed after the change.
 */
export const SealedSlot = z.strictObject({
  label: KeyLabel,
  name: z.string().max(80).optional(),
  kdf: WrappedKey.shape.kdf,
  cipher: z.literal('aes-256-gcm'),
  iv: b64,
  tag: b64,
  wrappedPrivateKey: b64,
  publicKey: b64,
  /** The current data key; during a rotation, the new one too. */
  dataKeys: z.array(DataKeyEnvelope).min(1).max(2),
  /** Made by a rotation not yet finished (dropped if it never finishes). */
  pending: z.literal(true).optional(),
  /**
   * A recovery key shown once and not yet confirmed as kept by whoever saw it (the screen was
   * closed or reloaded first): administrators are reminded to issue a new one.
   */
  unconfirmed: z.literal(true).optional(),
  createdAt: z.iso.datetime(),
});
export type SealedSlot = z.output<typeof SealedSlot>;
export type Slot = WrappedKey | SealedSlot;
export const isSealed = (slot: Slot): slot is SealedSlot => 'publicKey' in slot;

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

const slotAad = (label: string, publicKey: string) => Buffer.from(`${FORMAT}:slot:${label}:${publicKey}`, 'utf8');
const envelopeInfo = (label: string, keyId: string) => `${FORMAT}:data-key:${label}:${keyId}`;
const der = (b64text: string) => Buffer.from(b64text, 'base64');

function gcmSeal(key: Buffer, plain: Buffer, aadBytes: Buffer) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aadBytes);
  const wrapped = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

function gcmOpen(
  key: Buffer,
  sealed: { iv: string; tag: string; wrapped: string },
  aadBytes: Buffer,
): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, der(sealed.iv), { authTagLength: 16 });
    decipher.setAAD(aadBytes);
    decipher.setAuthTag(der(sealed.tag));
    return Buffer.concat([decipher.update(der(sealed.wrapped)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** The key that seals a data key to a slot: X25519 between an ephemeral key and the slot's, through HKDF. */
function envelopeKey(
  privateKey: KeyObject,
  publicKey: KeyObject,
  ephemeral: string,
  slotPublic: string,
  info: string,
): Buffer {
  const shared = diffieHellman({ privateKey, publicKey });
  const salt = Buffer.concat([der(ephemeral), der(slotPublic)]);
  return Buffer.from(hkdfSync('sha256', shared, salt, info, 32));
}

/** Seals a data key to a slot's public key; no passphrase needed (a rotation does this for every slot). */
export function sealToSlot(
  slot: Pick<SealedSlot, 'label' | 'publicKey'>,
  dataKey: DataKey,
): SealedSlot['dataKeys'][number] {
  const pair = generateKeyPairSync('x25519');
  const ephemeral = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const slotKey = createPublicKey({ key: der(slot.publicKey), type: 'spki', format: 'der' });
  const info = envelopeInfo(slot.label, dataKey.keyId);
  const key = envelopeKey(pair.privateKey, slotKey, ephemeral, slot.publicKey, info);
  const sealed = gcmSeal(key, dataKey.key, Buffer.from(info, 'utf8'));
  key.fill(0);
  return { keyId: dataKey.keyId, ephemeralPublicKey: ephemeral, ...sealed };
}

/** A new sealed slot opened by `secret`, holding the given data keys. */
export async function createSlot(
  secret: string,
  label: KeyLabel,
  dataKeys: readonly DataKey[],
  params: ScryptParams,
  now: Date,
  extra: { name?: string; pending?: true; unconfirmed?: true } = {},
): Promise<SealedSlot> {
  const pair = generateKeyPairSync('x25519');
  const publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const salt = randomBytes(16);
  const kek = await deriveKek(secret, salt, params);
  const privateDer = pair.privateKey.export({ type: 'pkcs8', format: 'der' });
  const { wrapped, ...sealed } = gcmSeal(kek, privateDer, slotAad(label, publicKey));
  kek.fill(0);
  privateDer.fill(0);
  return {
    label,
    ...(extra.name === undefined ? {} : { name: extra.name }),
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    ...sealed,
    wrappedPrivateKey: wrapped,
    publicKey,
    dataKeys: dataKeys.map((k) => sealToSlot({ label, publicKey }, k)),
    ...(extra.pending ? { pending: true as const } : {}),
    ...(extra.unconfirmed ? { unconfirmed: true as const } : {}),
    createdAt: now.toISOString(),
  };
}

/**
 * The data keys a slot holds, opened with its secret, or undefined when the secret does not
 * open it. A slot of the first format holds the file's one key directly.
 */
export async function openSlot(slot: Slot, secret: string, fileKeyId: string): Promise<DataKey[] | undefined> {
  if (!isSealed(slot)) {
    const key = await unwrapKey(slot, secret, fileKeyId);
    return key ? [{ key, keyId: fileKeyId }] : undefined;
  }
  const kek = await deriveKek(secret, der(slot.kdf.salt), slot.kdf);
  const privateDer = gcmOpen(
    kek,
    { iv: slot.iv, tag: slot.tag, wrapped: slot.wrappedPrivateKey },
    slotAad(slot.label, slot.publicKey),
  );
  kek.fill(0);
  if (!privateDer) return undefined;
  const privateKey = createPrivateKey({ key: privateDer, type: 'pkcs8', format: 'der' });
  privateDer.fill(0);
  const keys: DataKey[] = [];
  for (const envelope of slot.dataKeys) {
    const ephemeral = createPublicKey({ key: der(envelope.ephemeralPublicKey), type: 'spki', format: 'der' });
    const info = envelopeInfo(slot.label, envelope.keyId);
    const key = envelopeKey(privateKey, ephemeral, envelope.ephemeralPublicKey, slot.publicKey, info);
    const opened = gcmOpen(key, envelope, Buffer.from(info, 'utf8'));
    key.fill(0);
    if (opened?.length === 32) keys.push({ key: opened, keyId: envelope.keyId });
  }
  return keys.length > 0 ? keys : undefined;
}
