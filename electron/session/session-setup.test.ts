import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_LOCK_DEFAULT } from '../../shared/schemas/session';
import { TEST_KDF } from '../testing/unlocked-app';
import { ADMIN, PASS, sessionFixture } from './session-test-kit';

describe('Session: setting up the key file, and a damaged one', () => {
  const kit = sessionFixture();
  const { open, keysText, keyFile } = kit;

  it('first run: a random 256-bit key, stored only wrapped (by the first account and the recovery key), with the scrypt parameters beside each copy', async () => {
    const session = open();
    expect(session.status()).toEqual({
      state: 'setup',
      accounts: [],
      user: null,
      autoLockMinutes: AUTO_LOCK_DEFAULT,
      waitSeconds: 0,
      recoveryKeyUnconfirmed: null,
    });
    const { recoveryKey } = await session.setup(ADMIN, 'Sok Dara', PASS);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    // The key is held, but no one is signed in until the accounts feature says who (from the database).
    expect(session.unlocked).toBe(true);
    expect(session.status()).toMatchObject({ state: 'locked', user: null });
    expect(() => session.user()).toThrow(expect.objectContaining({ code: 'locked' }));
    const user = { id: ADMIN, displayName: 'Sok Dara', teams: ['OVA' as const], role: 'administrator' as const };
    session.setUser(user);
    expect(session.status()).toMatchObject({
      state: 'unlocked',
      accounts: [{ id: ADMIN, displayName: 'Sok Dara' }],
      user,
    });
    expect(session.user()).toEqual(user);
    const key = session.dataKey();
    expect(key.key).toHaveLength(32);

    const file = keyFile();
    expect(file.keys.map((k) => [k.label, k.name])).toEqual([
      [`account:${ADMIN}`, 'Sok Dara'],
      ['recovery', undefined],
    ]);
    for (const entry of file.keys) {
      expect(entry.kdf).toMatchObject({ name: 'scrypt', N: TEST_KDF.N, r: 8, p: 1 });
      expect(Buffer.from(entry.kdf.salt, 'base64')).toHaveLength(16);
    }
    // Neither the key, the passphrase nor the recovery key is in the file.
    for (const secret of [key.key.toString('base64'), key.key.toString('hex'), PASS, recoveryKey]) {
      expect(keysText()).not.toContain(secret);
    }
    // One copy of the key file is kept with the backups.
    expect(readdirSync(join(kit.dir, 'backups', 'keys'))).toEqual(['keys.json']);
    await expect(open().setup(randomUUID(), 'Chan Vanna', 'another long passphrase here')).rejects.toMatchObject({
      code: 'already-set-up',
    });
    // The sign-in screen, while locked, offers the account by name.
    expect(open().status()).toMatchObject({
      state: 'locked',
      accounts: [{ id: ADMIN, displayName: 'Sok Dara' }],
      user: null,
    });
  });

  it('a damaged key file is reported by name and never replaced', async () => {
    writeFileSync(join(kit.dir, 'keys.json'), '{"format":');
    const session = open();
    expect(() => session.status()).toThrow(
      expect.objectContaining({ code: 'keys-unreadable', params: expect.objectContaining({ file: 'keys.json' }) }),
    );
    await expect(session.setup(ADMIN, 'Sok Dara', PASS)).rejects.toMatchObject({ code: 'keys-unreadable' });
    await expect(session.unlock(ADMIN, PASS)).rejects.toMatchObject({ code: 'keys-unreadable' });
    expect(readFileSync(join(kit.dir, 'keys.json'), 'utf8')).toBe('{"format":');
    expect(existsSync(join(kit.dir, 'backups'))).toBe(false);
  });
});
