import { randomBytes } from 'node:crypto';
import { backupsSettled } from '../backups/backup-service';
import { acquireCaseDb, closeAllCaseDbs } from '../storage/case-db';
import type { DataKey } from '../storage/sealed-codec';
import { createVault, type Vault } from '../storage/vault';

/** A data key for tests that use the database without a session. */
export const testKey = (): DataKey => ({ key: randomBytes(32), keyId: randomBytes(16).toString('hex') });

/** The folder's case database with the given key (one connection per folder, as the app has). */
export function testVault(dir: string, key: DataKey = testKey()): Vault {
  return createVault(acquireCaseDb(dir), () => key);
}

/**
 * As when the app quits: waits for backups still running (a backup on lock, the daily one),
 * then closes every database connection, so the next handlers open the folder afresh.
 */
export async function quitApp(): Promise<void> {
  await backupsSettled();
  closeAllCaseDbs();
}
