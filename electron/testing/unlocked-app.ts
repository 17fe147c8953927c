import { TEAMS } from '../../shared/domain/teams';
import type { SessionStatus } from '../../shared/schemas/session';
import { createHandlers, type HostInfo } from '../app/handlers';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import type { ScryptParams } from '../session/keyring';
import { confStorage } from '../storage/conf-location';

/** The cheapest scrypt the key file accepts: tests set up and unlock many times. */
export const TEST_KDF: ScryptParams = { N: 16_384, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'seven tall palm trees by the river';
/** The first run's request: an administrator of every team, with the test passphrase. */
export const TEST_SETUP = { displayName: 'Test Administrator', teams: [...TEAMS], passphrase: TEST_PASSPHRASE };

const INFO: HostInfo = { version: '1.0.0', host: 'browser-shell' };

/**
 * Signs in on a folder set up earlier: the test administrator, or else the first account the
 * sign-in screen offers (the PC passphrase of a folder from before accounts), with `passphrase`.
 * Resolves to the status after sign-in; a refusal is thrown.
 */
export async function signIn(dispatch: Dispatch, passphrase: string = TEST_PASSPHRASE): Promise<SessionStatus> {
  const status = await dispatch('session:status', {});
  if (!status.ok) throw new Error(`status failed: ${status.error.message}`);
  const { accounts } = status.value as SessionStatus;
  const account = accounts.find((a) => a.displayName === TEST_SETUP.displayName) ?? accounts[0];
  if (!account) throw new Error('no account to sign in with: the folder is not set up');
  const result = await dispatch('session:unlock', { accountId: account.id, passphrase });
  if (!result.ok) throw new Error(`sign-in failed: ${result.error.code}: ${result.error.message}`);
  return result.value as SessionStatus;
}

/**
 * The real handlers behind the real dispatcher on a conf data folder, set up with the test
 * administrator (or `first`); every call waits for the set-up first. `recoveryKey` resolves to
 * the key shown. Setting up stores the first account in the case database, so this process
 * holds the folder's database from then on (`quitApp` lets another process take it).
 */
export function unlockedDispatch(
  dir: string,
  now?: () => Date,
  info: HostInfo = INFO,
  first: typeof TEST_SETUP = TEST_SETUP,
): { dispatch: Dispatch; recoveryKey: Promise<string> } {
  const raw = createDispatcher(createHandlers(confStorage(dir), info, now, { kdf: TEST_KDF }));
  const setup = raw('session:setup', first).then((result) => {
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
 * signed in as its first account with the test passphrase; every call waits for the sign-in
 * first. As after a restart: nothing is cached but the folder's shared database connection.
 */
export function unlockedExistingDispatch(dir: string, now?: () => Date, info: HostInfo = INFO): Dispatch {
  const raw = createDispatcher(createHandlers(confStorage(dir), info, now, { kdf: TEST_KDF }));
  const unlock = signIn(raw);
  return async (channel, payload) => {
    await unlock;
    return raw(channel, payload);
  };
}
