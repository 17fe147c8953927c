import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, failure, OFFICER, PASS, sessionFixture } from './session-test-kit';

describe('Session: account slots and the recovery key', () => {
  const kit = sessionFixture();
  const { open, keysText, keyFile, wrapOf } = kit;

  it('changes an account’s own passphrase only with its current one; the recovery key keeps working', async () => {
    const session = open();
    const { recoveryKey } = await session.setup(ADMIN, 'Sok Dara', PASS);
    const key = Buffer.from(session.dataKey().key);
    expect(
      (await failure(() => session.changePassphrase(ADMIN, 'not the passphrase', 'the next passphrase of ours'))).code,
    ).toBe('unlock-failed');
    kit.clock += 1000;
    const oldWrap = wrapOf(`account:${ADMIN}`);
    await session.changePassphrase(ADMIN, PASS, 'the next passphrase of ours');
    expect(session.unlocked).toBe(true);
    expect((await failure(() => open().unlock(ADMIN, PASS))).code).toBe('unlock-failed');
    // No copy of the key file keeps the key wrapped by the old passphrase.
    for (const name of readdirSync(join(kit.dir, 'backups', 'keys'))) {
      expect(readFileSync(join(kit.dir, 'backups', 'keys', name), 'utf8')).not.toContain(oldWrap);
    }
    expect(keyFile().keys.find((k) => k.label === `account:${ADMIN}`)?.name).toBe('Sok Dara');
    const later = open();
    await later.unlock(ADMIN, 'the next passphrase of ours');
    expect(later.dataKey().key.equals(key)).toBe(true);
    const recovered = open();
    await recovered.unlockWithRecovery(ADMIN, recoveryKey, 'yet another passphrase here');
    expect(recovered.dataKey().key.equals(key)).toBe(true);
    session.lock();
    await expect(session.changePassphrase(ADMIN, 'x', 'the next passphrase of ours')).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('a second account’s slot (setSlot) opens the same data with its own passphrase; changing one account’s passphrase leaves the other’s', async () => {
    const session = open();
    await session.setup(ADMIN, 'Sok Dara', PASS);
    const key = Buffer.from(session.dataKey().key);
    await session.setSlot(OFFICER, 'Chan Vanna', 'the monsoon came early to Kampot that year');
    // By name, as officers look for theirs.
    const byName = [
      { id: OFFICER, displayName: 'Chan Vanna' },
      { id: ADMIN, displayName: 'Sok Dara' },
    ];
    expect(open().status().accounts).toEqual(byName);
    const officer = open();
    await officer.unlock(OFFICER, 'the monsoon came early to Kampot that year');
    expect(officer.dataKey().key.equals(key)).toBe(true);
    // One account's passphrase does not open another's slot.
    const wrong = open();
    expect((await failure(() => wrong.unlock(OFFICER, PASS))).code).toBe('unlock-failed');

    await officer.changePassphrase(
      OFFICER,
      'the monsoon came early to Kampot that year',
      'a lantern floats down the Mekong',
    );
    const admin = open();
    await admin.unlock(ADMIN, PASS);
    expect(admin.dataKey().key.equals(key)).toBe(true);
    await open().unlock(OFFICER, 'a lantern floats down the Mekong');

    // A new slot replaces the account's old one (a forgotten passphrase), and renaming keeps the passphrase.
    await session.setSlot(OFFICER, 'Chan Vanna', 'rice fields shimmer after the rain');
    expect(keyFile().keys.filter((k) => k.label === `account:${OFFICER}`)).toHaveLength(1);
    // Its slot is now the key file's last: the sign-in list stays in the same place for everyone.
    expect(keyFile().keys.at(-1)?.label).toBe(`account:${OFFICER}`);
    await session.setSlot(ADMIN, 'Sok Dara', PASS);
    expect(open().status().accounts).toEqual(byName);
    expect((await failure(() => open().unlock(OFFICER, 'a lantern floats down the Mekong'))).code).toBe(
      'unlock-failed',
    );
    await session.renameSlot(OFFICER, 'Chan Vanna (HIT)');
    expect(open().status().accounts).toContainEqual({ id: OFFICER, displayName: 'Chan Vanna (HIT)' });
    await open().unlock(OFFICER, 'rice fields shimmer after the rain');

    // Slots are only given while signed in.
    session.lock();
    await expect(session.setSlot(randomUUID(), 'Someone', 'a passphrase nobody guesses')).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('removeSlot: the account’s passphrase no longer opens the data, the others still do', async () => {
    const session = open();
    await session.setup(ADMIN, 'Sok Dara', PASS);
    await session.setSlot(OFFICER, 'Chan Vanna', 'the monsoon came early to Kampot that year');
    const oldWrap = wrapOf(`account:${OFFICER}`);
    await session.removeSlot(OFFICER);
    expect(open().status().accounts).toEqual([{ id: ADMIN, displayName: 'Sok Dara' }]);
    expect((await failure(() => open().unlock(OFFICER, 'the monsoon came early to Kampot that year'))).code).toBe(
      'unlock-failed',
    );
    for (const name of readdirSync(join(kit.dir, 'backups', 'keys'))) {
      expect(readFileSync(join(kit.dir, 'backups', 'keys', name), 'utf8')).not.toContain(oldWrap);
    }
    await open().unlock(ADMIN, PASS);
    session.lock();
    await expect(session.removeSlot(ADMIN)).rejects.toMatchObject({ code: 'locked' });
  });

  it('reissueRecoveryKey: the new key opens the data, the old one no longer does', async () => {
    const session = open();
    const { recoveryKey: old } = await session.setup(ADMIN, 'Sok Dara', PASS);
    const key = Buffer.from(session.dataKey().key);
    const { recoveryKey } = await session.reissueRecoveryKey();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(recoveryKey).not.toBe(old);
    expect(keysText()).not.toContain(recoveryKey);
    expect((await failure(() => open().unlockWithRecovery(ADMIN, old, 'a brand new passphrase for us'))).code).toBe(
      'unlock-failed',
    );
    // The failed attempt changed no passphrase.
    await open().unlock(ADMIN, PASS);
    const recovered = open();
    await recovered.unlockWithRecovery(ADMIN, recoveryKey, 'a brand new passphrase for us');
    expect(recovered.dataKey().key.equals(key)).toBe(true);
    session.lock();
    await expect(session.reissueRecoveryKey()).rejects.toMatchObject({ code: 'locked' });
  });
});
