import { createHandlers, type HostInfo } from '../app/handlers';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import type { ScryptParams } from '../session/keyring';
import { confStorage } from '../storage/conf-location';

/** The cheapest scrypt the key file accepts: tests set up and unlock many times. */
export const TEST_KDF: ScryptParams = { N: 16_384, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'seven tall palm trees by the river';

const INFO: HostInfo = { version: '1.0.0', host: 'browser-shell' };

/**
 * The real handlers behind the real dispatcher on a conf data folder, set up with the test
 * passphrase; every call waits for the set-up first. `recoveryKey` resolves to the key shown.
 */
export function unlockedDispatch(
  dir: string,
  now?: () => Date,
  info: HostInfo = INFO,
): { dispatch: Dispatch; recoveryKey: Promise<string> } {
  const raw = createDispatcher(createHandlers(confStorage(dir), info, now, { kdf: TEST_KDF }));
  const setup = raw('session:setup', { passphrase: TEST_PASSPHRASE }).then((result) => {
    if (!result.ok) throw new Error(`set-up failed: ${result.error.message}`);
    return (result.value as { recoveryKey: string }).recoveryKey;
  });
  const dispatch: Dispatch = async (channel, payload) => {
    await setup;
    return raw(channel, payload);
  };
  return { dispatch, recoveryKey: setup };
}

/**
 * The real handlers on an existing data folder (set up earlier, or copied from a fixture),
 * unlocked with the test passphrase; every call waits for the unlock first. As after a
 * restart: nothing is cached but the folder's shared database connection.
 */
export function unlockedExistingDispatch(dir: string, now?: () => Date, info: HostInfo = INFO): Dispatch {
  const raw = createDispatcher(createHandlers(confStorage(dir), info, now, { kdf: TEST_KDF }));
  const unlock = raw('session:unlock', { passphrase: TEST_PASSPHRASE }).then((result) => {
    if (!result.ok) throw new Error(`unlock failed: ${result.error.message}`);
  });
  return async (channel, payload) => {
    await unlock;
    return raw(channel, payload);
  };
}
