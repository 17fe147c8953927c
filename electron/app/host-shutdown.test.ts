import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupDir, backupSequences } from '../backups/backup-files';
import { createDispatcher } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import { backupsTaken } from '../testing/data-folder';
import { call } from '../testing/dispatch-calls';
import { tempDir } from '../testing/temp-dir';
import { TEST_KDF, TEST_SETUP } from '../testing/unlocked-app';
import { createHost } from './handlers';

describe('the host shutting down', () => {
  it('takes one backup on quit however often it is asked to stop (a second Ctrl+C), and leaves no partial copy', async () => {
    const dir = tempDir('host-shutdown');
    const host = createHost(confStorage(dir), { version: '1.0.0', host: 'browser-shell' }, undefined, {
      kdf: TEST_KDF,
    });
    await call(createDispatcher(host.handlers), 'session:setup', TEST_SETUP);
    // The first backup, taken when the data is set up.
    const before = await backupsTaken(dir, 1);

    await Promise.all([host.shutdown(), host.shutdown(), host.shutdown()]);

    expect(backupSequences(dir)).toHaveLength(before.length + 1);
    expect(existsSync(backupDir(dir)) ? readdirSync(backupDir(dir)).filter((f) => f.endsWith('.partial')) : []).toEqual(
      [],
    );
  });
});
