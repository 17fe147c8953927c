import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { jsonCodec, StoreFormatError, type Codec } from './codec';

/** The data key while the app is unlocked, and the id that names it in every file. */
export interface DataKey {
  key: Buffer;
  keyId: string;
}

export const SEALED_FORMAT = 'cpu-case-register/sealed';
const VERSION = 1;
/** Every sealed file starts with exactly this, so it can be recognised without the key. */
export const SEALED_PREFIX = `{"format":"${SEALED_FORMAT}"`;

interface Envelope {
  format: typeof SEALED_FORMAT;
  formatVersion: number;
  cipher: 'aes-256-gcm';
  keyId: string;
  iv: string;
  tag: string;
  data: string;
}

/** The header is authenticated with the data: its key id or version cannot be edited unnoticed. */
const aad = (keyId: string) => Buffer.from(`${SEALED_FORMAT}:${VERSION}:${keyId}`, 'utf8');

const isEnvelope = (value: unknown): value is Envelope => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.format === SEALED_FORMAT && ['keyId', 'iv', 'tag', 'data'].every((k) => typeof v[k] === 'string');
};

export const isSealedText = (text: string) => text.startsWith(SEALED_PREFIX);

/**
 * AES-256-GCM for store files, through conf's and electron-store's `serialize` /
 * `deserialize` hooks: a fresh random 12-byte IV per write, a versioned header naming the
 * key. Reading refuses, with a reason an officer can act on, a file that is not sealed, is
 * sealed with another key, or fails its authentication tag; conf then writes nothing.
 * The key is fetched on every call, so a store object outliving a lock cannot use it.
 */
export function sealedCodec(getKey: () => DataKey): Codec {
  return {
    serialize: (value) => {
      const { key, keyId } = getKey();
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(aad(keyId));
      const data = Buffer.concat([cipher.update(jsonCodec.serialize(value), 'utf8'), cipher.final()]);
      const envelope: Envelope = {
        format: SEALED_FORMAT,
        formatVersion: VERSION,
        cipher: 'aes-256-gcm',
        keyId,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      };
      return JSON.stringify(envelope);
    },
    deserialize: (text) => {
      const { key, keyId } = getKey();
      const envelope: unknown = JSON.parse(text);
      if (!isEnvelope(envelope)) {
        throw new StoreFormatError(
          'the file is not encrypted by this app (it may have been replaced by another program)',
        );
      }
      if (envelope.formatVersion !== VERSION) {
        throw new StoreFormatError(
          `the file is encrypted in format ${String(envelope.formatVersion)}, which this version cannot read`,
        );
      }
      if (envelope.keyId !== keyId) {
        throw new StoreFormatError(
          'the file was encrypted with a different key (from another PC or an earlier set-up)',
        );
      }
      let plain: string;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv, 'base64'), {
          authTagLength: 16,
        });
        decipher.setAAD(aad(envelope.keyId));
        decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
        plain = Buffer.concat([decipher.update(Buffer.from(envelope.data, 'base64')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new StoreFormatError('the file failed its integrity check: it was changed or damaged');
      }
      return jsonCodec.deserialize(plain);
    },
  };
}
