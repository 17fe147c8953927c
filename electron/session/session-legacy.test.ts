import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AUTO_LOCK_DEFAULT } from '../../shared/schemas/session';
import { TEST_KDF } from '../testing/unlocked-app';
import { writeKeyFile } from './key-file';
import { wrapKey } from './keyring';
import { newRecoveryKey } from './recovery-key';
import { LEGACY_ACCOUNT, retryDelayMs } from './session';
import { ADMIN, failure, PASS, sessionFixture } from './session-test-kit';

describe('Session: a folder set up before accounts', () => {
  const kit = sessionFixture();
  const { open, keysText, keyFile, wrapOf } = kit;

  it('a folder set up before accounts: its PC passphrase signs in as LEGACY_ACCOUNT, and adoptLegacySlot makes it an account’s slot', async () => {
    // The key file as the release before accounts wrote it: one `passphrase` slot and the recovery key.
    const key = randomBytes(32);
    const keyId = randomBytes(16).toString('hex');
    const recoveryKey = newRecoveryKey();
    const now = new Date(kit.clock);
    writeKeyFile(kit.dir, {
      format: 'cpu-case-register/keys',
      formatVersion: 1,
      keyId,
      autoLockMinutes: AUTO_LOCK_DEFAULT,
      keys: [
        await wrapKey(key, PASS, 'passphrase', keyId, TEST_KDF, now),
        await wrapKey(key, recoveryKey, 'recovery', keyId, TEST_KDF, now),
      ],
    });
    expect(open().status()).toMatchObject({ state: 'locked', accounts: [{ id: LEGACY_ACCOUNT, displayName: '' }] });

    const session = open();
    expect((await failure(() => session.unlock(LEGACY_ACCOUNT, 'not the PC passphrase'))).code).toBe('unlock-failed');
    kit.clock += retryDelayMs(1);
    await session.unlock(LEGACY_ACCOUNT, PASS);
    expect(session.dataKey().key.equals(key)).toBe(true);

    // Adopting checks the PC passphrase again: a wrong one changes nothing.
    expect((await failure(() => session.adoptLegacySlot(ADMIN, 'Sok Dara', 'not the PC passphrase'))).code).toBe(
      'unlock-failed',
    );
    expect(keyFile().keys.map((k) => k.label)).toEqual(['passphrase', 'recovery']);
    const legacyWrap = wrapOf('passphrase');
    await session.adoptLegacySlot(ADMIN, 'Sok Dara', PASS);
    expect(
      keyFile()
        .keys.map((k) => k.label)
        .sort(),
    ).toEqual([`account:${ADMIN}`, 'recovery']);
    expect(keysText()).not.toContain(legacyWrap);
    expect(open().status().accounts).toEqual([{ id: ADMIN, displayName: 'Sok Dara' }]);

    // The same passphrase now signs in to the account; the PC passphrase slot is gone; the recovery key still works.
    expect((await failure(() => open().unlock(LEGACY_ACCOUNT, PASS))).code).toBe('unlock-failed');
    const admin = open();
    await admin.unlock(ADMIN, PASS);
    expect(admin.dataKey().key.equals(key)).toBe(true);
    const recovered = open();
    await recovered.unlockWithRecovery(ADMIN, recoveryKey, 'a brand new passphrase for us');
    expect(recovered.dataKey().key.equals(key)).toBe(true);
  });
});
