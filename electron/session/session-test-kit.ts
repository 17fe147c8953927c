import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { tempDir } from '../testing/temp-dir';
import { TEST_KDF } from '../testing/unlocked-app';
import { KeyFile } from './key-file';
import { Session } from './session';

/*
 * What the Session tests share: accounts and a passphrase, a failure caught as the user sees
 * it, and a fresh data folder and clock for each test with the ways the tests read its key file.
 */

export const PASS = 'seven tall palm trees by the river';
export const ADMIN = randomUUID();
export const OFFICER = randomUUID();

export async function failure(run: () => Promise<unknown>): Promise<AppFailure> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
}

/** A new data folder and a clock (moved on by the tests) for each test; `open` starts a Session on them. */
export function sessionFixture() {
  const kit = {
    dir: '',
    clock: 0,
    open: () => new Session({ dir: kit.dir, now: () => new Date(kit.clock), kdf: TEST_KDF }),
    keysText: () => readFileSync(join(kit.dir, 'keys.json'), 'utf8'),
    keyFile: () => KeyFile.parse(JSON.parse(kit.keysText())),
    /** The passphrase-wrapped secret of a slot (the data key, or the slot's private key). */
    wrapOf: (label: string) => {
      const slot = kit.keyFile().keys.find((k) => k.label === label);
      if (!slot) throw new Error(`no ${label} slot`);
      return 'wrappedKey' in slot ? slot.wrappedKey : slot.wrappedPrivateKey;
    },
  };

  beforeEach(() => {
    kit.dir = tempDir('session');
    kit.clock = Date.parse('2025-04-01T08:00:00.000Z');
  });

  return kit;
}
