import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { decryptEnvelope, encryptEnvelope } from './envelope';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppFailure) return error.code;
    throw error;
  }
  throw new Error('expected an AppFailure');
};

describe('protected data files', () => {
  it('opens with the passphrase it was made with, and is made with scrypt N = 2^17 at least', () => {
    const envelope = encryptEnvelope('{"a":1}', 'correct horse battery');
    expect(decryptEnvelope(envelope, 'correct horse battery')).toBe('{"a":1}');
    expect(envelope.kdf.N).toBeGreaterThanOrEqual(2 ** 17);
    expect(Buffer.from(envelope.tag, 'base64')).toHaveLength(16);
  });

  it('refuses a file whose tag was cut short, even to a prefix of the right one', () => {
    const envelope = encryptEnvelope('{"a":1}', 'correct horse battery');
    for (const bytes of [4, 8, 12, 15]) {
      const cut = { ...envelope, tag: Buffer.from(envelope.tag, 'base64').subarray(0, bytes).toString('base64') };
      expect(codeOf(() => decryptEnvelope(cut, 'correct horse battery'))).toBe('file-wrong-format');
    }
  });

  it('refuses, without running it, a key derivation far costlier than the app ever writes', () => {
    const envelope = encryptEnvelope('{"a":1}', 'correct horse battery');
    // 4 GiB of memory and minutes of work on the main process: a doctored file must not cost that.
    const costly = { ...envelope, kdf: { ...envelope.kdf, N: 1_048_576, r: 32, p: 4 } };
    // Refused as damaged before any key is derived (a derived key would have answered wrong-passphrase).
    expect(codeOf(() => decryptEnvelope(costly, 'correct horse battery'))).toBe('file-wrong-format');
  });

  it('refuses a cost that is not a power of two as a damaged file, not an internal error', () => {
    const envelope = encryptEnvelope('{"a":1}', 'correct horse battery');
    const odd = { ...envelope, kdf: { ...envelope.kdf, N: 20_000 } };
    expect(codeOf(() => decryptEnvelope(odd, 'correct horse battery'))).toBe('file-wrong-format');
  });
});
