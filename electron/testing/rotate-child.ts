import { writeSync } from 'node:fs';
import { createHandlers } from '../app/handlers';
import { createDispatcher } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import type { SessionStatus } from '../../shared/schemas/session';
import { signIn, TEST_KDF, TEST_SETUP } from './unlocked-app';

/**
 * A copy of the app that changes keys and is killed mid-way by the test:
 * `node rotate-child.mjs <dir>` signs in, prints `ROTATING`, rotates the data key, prints `DONE <recovery key>`;
 * `node rotate-child.mjs <dir> change <current> <next>` signs in with `current`, prints `ROTATING`,
 * changes that account's passphrase to `next`, prints `DONE`.
 */
const [dir = '', mode = 'rotate', current, next = ''] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const dispatch = createDispatcher(
  createHandlers(confStorage(dir), { version: 'child', host: 'browser-shell' }, undefined, { kdf: TEST_KDF }),
);

if (mode === 'change') {
  // The test administrator by name: after a change its slot may no longer be the first account listed.
  const status = await dispatch('session:status', {});
  const accounts = status.ok ? (status.value as SessionStatus).accounts : [];
  const admin = accounts.find((a) => a.displayName === TEST_SETUP.displayName)?.id ?? '';
  const unlocked = await dispatch('session:unlock', { accountId: admin, passphrase: current });
  if (!unlocked.ok) throw new Error(`sign-in failed: ${unlocked.error.code}: ${unlocked.error.message}`);
} else await signIn(dispatch, current);
say('ROTATING');
if (mode === 'change') {
  const result = await dispatch('session:changePassphrase', { current, next });
  if (!result.ok) throw new Error(`change refused: ${result.error.code}: ${result.error.message}`);
  say('DONE');
} else {
  const result = await dispatch('accounts:rotateKey', {});
  if (!result.ok) throw new Error(`rotation refused: ${result.error.code}: ${result.error.message}`);
  say(`DONE ${(result.value as { recoveryKey: string }).recoveryKey}`);
}
process.exit(0);
