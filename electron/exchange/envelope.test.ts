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
  it('opens with the passphrase it was made with', () => {
    const envelope = encryptEnvelope('{"a":1}', 'correct horse battery');
    expect(decryptEnvelope(envelope, 'correct horse battery')).toBe('{"a":1}');
  });

  it('refuses, without running it, a key derivation far costlier than the app ever writes', () => {
    const envelope = encryptEnvelope('{"a":1}', 'correct horse battery');
    // 4 GiB of memory and minutes of work on the main process: a doctored file must not cost that.
    const costly = { ...envelope, kdf: { ...envelope.kdf, N: 1_048_576, r: 32, p: 4 } };
    const started = Date.now();
    expect(codeOf(() => decryptEnvelope(costly, 'correct horse battery'))).toBe('file-wrong-format');
    expect(Date.now() - started).toBeLessThan(1000);
  }, 10_000);

  it('refuses a cost that is not a power of two as a damaged file, not an internal error', () => {
    const envelope = encryptEnvelope('{"a":1}', 'correct horse battery');
    const odd = { ...envelope, kdf: { ...envelope.kdf, N: 20_000 } };
    expect(codeOf(() => decryptEnvelope(odd, 'correct horse battery'))).toBe('file-wrong-format');
  });
});
