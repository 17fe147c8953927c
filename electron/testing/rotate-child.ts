import { writeSync } from 'node:fs';
import { createHandlers } from '../app/handlers';
import { createDispatcher } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import { signIn, TEST_KDF } from './unlocked-app';

/**
 * A copy of the app that rotates the data key and is killed mid-way by the test:
 * `node rotate-child.mjs <dir>` signs in, prints `ROTATING`, rotates, prints `DONE <recovery key>`.
 */
const [dir = ''] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const dispatch = createDispatcher(
  createHandlers(confStorage(dir), { version: 'child', host: 'browser-shell' }, undefined, { kdf: TEST_KDF }),
);

await signIn(dispatch);
say('ROTATING');
const result = await dispatch('accounts:rotateKey', {});
if (!result.ok) throw new Error(`rotation refused: ${result.error.code}: ${result.error.message}`);
say(`DONE ${(result.value as { recoveryKey: string }).recoveryKey}`);
process.exit(0);
