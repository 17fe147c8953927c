import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AUTO_LOCK_DEFAULT } from '../../shared/schemas/session';
import { AppFailure } from '../../shared/ipc/result';
import { tempDir } from '../testing/temp-dir';
import { TEST_KDF } from '../testing/unlocked-app';
import { KeyFile, writeKeyFile } from './key-file';
import { wrapKey } from './keyring';
import { newRecoveryKey, normalizeRecoveryKey } from './recovery-key';
import { LEGACY_ACCOUNT, retryDelayMs, Session } from './session';

const PASS = 'seven tall palm trees by the river';
const ADMIN = randomUUID();
const OFFICER = randomUUID();

async function failure(run: () => Promise<unknown>): Promise<AppFailure> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected an AppFailure');
}

describe('Session and key file', () => {
  let dir: string;
  let clock: number;
  const open = () => new Session({ dir, now: () => new Date(clock), kdf: TEST_KDF });
  const keysText = () => readFileSync(join(dir, 'keys.json'), 'utf8');
  const keyFile = () => KeyFile.parse(JSON.parse(keysText()));
  /** The passphrase-wrapped secret of a slot (the data key, or the slot's private key). */
  const wrapOf = (label: string) => {
    const slot = keyFile().keys.find((k) => k.label === label);
    if (!slot) throw new Error(`no ${label} slot`);
    return 'wrappedKey' in slot ? slot.wrappedKey : slot.wrappedPrivateKey;
  };

  beforeEach(() => {
    dir = tempDir('session');
    clock = Date.parse('2025-04-01T08:00:00.000Z');
  });

  it('first run: a random 256-bit key, stored only wrapped (by the first account and the recovery key), with the scrypt parameters beside each copy', async () => {
    const session = open();
    expect(session.status()).toEqual({
      state: 'setup',
      accounts: [],
      user: null,
      autoLockMinutes: AUTO_LOCK_DEFAULT,
      waitSeconds: 0,
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
    expect(readdirSync(join(dir, 'backups', 'keys'))).toEqual(['keys.json']);
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

  it('signs in by account with its passphrase, or with the recovery key (which sets that account a new passphrase); lock forgets the key', async () => {
    const first = open();
    const { recoveryKey } = await first.setup(ADMIN, 'Sok Dara', PASS);
    const original = Buffer.from(first.dataKey().key);
    const held = first.dataKey().key;
    first.setUser({ id: ADMIN, displayName: 'Sok Dara', teams: ['HIT'], role: 'administrator' });
    first.lock();
    expect(held.every((b) => b === 0)).toBe(true);
    expect(() => first.dataKey()).toThrow(expect.objectContaining({ code: 'locked' }));
    // Who was signed in is forgotten with the key.
    expect(first.signedIn).toBeUndefined();
    expect(first.status()).toMatchObject({ state: 'locked', user: null });

    const second = open();
    expect(second.status().state).toBe('locked');
    // The right passphrase for an account that has no slot opens nothing.
    expect((await failure(() => second.unlock(OFFICER, PASS))).code).toBe('unlock-failed');
    clock += retryDelayMs(1);
    await second.unlock(ADMIN, PASS);
    expect(second.dataKey().key.equals(original)).toBe(true);

    const third = open();
    // As typed from paper: lower case, spaces for dashes, O for 0.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(normalizeRecoveryKey(typed)).toBe(recoveryKey);
    // The recovery key is for an account that signs in on this PC.
    expect((await failure(() => third.unlockWithRecovery(OFFICER, typed, 'a brand new passphrase for us'))).code).toBe(
      'unlock-failed',
    );
    clock += retryDelayMs(1);
    await third.unlockWithRecovery(ADMIN, typed, 'a brand new passphrase for us');
    expect(third.dataKey().key.equals(original)).toBe(true);
    // The slot keeps its name.
    expect(third.status().accounts).toEqual([{ id: ADMIN, displayName: 'Sok Dara' }]);
    expect((await failure(() => open().unlock(ADMIN, PASS))).code).toBe('unlock-failed');
    await open().unlock(ADMIN, 'a brand new passphrase for us');
  });

  it('changes an account’s own passphrase only with its current one; the recovery key keeps working', async () => {
    const session = open();
    const { recoveryKey } = await session.setup(ADMIN, 'Sok Dara', PASS);
    const key = Buffer.from(session.dataKey().key);
    expect(
      (await failure(() => session.changePassphrase(ADMIN, 'not the passphrase', 'the next passphrase of ours'))).code,
    ).toBe('unlock-failed');
    clock += 1000;
    const oldWrap = wrapOf(`account:${ADMIN}`);
    await session.changePassphrase(ADMIN, PASS, 'the next passphrase of ours');
    expect(session.unlocked).toBe(true);
    expect((await failure(() => open().unlock(ADMIN, PASS))).code).toBe('unlock-failed');
    // No copy of the key file keeps the key wrapped by the old passphrase.
    for (const name of readdirSync(join(dir, 'backups', 'keys'))) {
      expect(readFileSync(join(dir, 'backups', 'keys', name), 'utf8')).not.toContain(oldWrap);
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
    expect(open().status().accounts).toEqual([
      { id: ADMIN, displayName: 'Sok Dara' },
      { id: OFFICER, displayName: 'Chan Vanna' },
    ]);
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
    for (const name of readdirSync(join(dir, 'backups', 'keys'))) {
      expect(readFileSync(join(dir, 'backups', 'keys', name), 'utf8')).not.toContain(oldWrap);
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

  it('a folder set up before accounts: its PC passphrase signs in as LEGACY_ACCOUNT, and adoptLegacySlot makes it an account’s slot', async () => {
    // The key file as the release before accounts wrote it: one `passphrase` slot and the recovery key.
    const key = randomBytes(32);
    const keyId = randomBytes(16).toString('hex');
    const recoveryKey = newRecoveryKey();
    const now = new Date(clock);
    writeKeyFile(dir, {
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
    clock += retryDelayMs(1);
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

  it('a wrong passphrase is refused with a clear wait that doubles with each failure', async () => {
    await open().setup(ADMIN, 'Sok Dara', PASS);
    const session = open();
    const first = await failure(() => session.unlock(ADMIN, 'wrong passphrase one'));
    expect(first).toMatchObject({ code: 'unlock-failed', params: { seconds: '1' } });
    // Before the wait is over, even the right passphrase is not tried.
    expect(await failure(() => session.unlock(ADMIN, PASS))).toMatchObject({
      code: 'unlock-wait',
      params: { seconds: '1' },
    });
    expect(session.status()).toMatchObject({ state: 'locked', waitSeconds: 1 });
    const waits: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      clock += retryDelayMs(i + 1);
      // Wrong guesses count the same whichever account they name.
      const account = i % 2 === 0 ? ADMIN : OFFICER;
      waits.push((await failure(() => session.unlock(account, `wrong ${i}`))).params.seconds ?? '');
    }
    expect(waits).toEqual(['2', '4', '8', '16']);
    expect(retryDelayMs(20)).toBe(300_000);
    clock += 16_000;
    await session.unlock(ADMIN, PASS);
    expect(session.unlocked).toBe(true);
    expect(session.status()).toMatchObject({ waitSeconds: 0 });
    // Parallel guesses are taken one at a time, so they cannot skip the wait.
    session.lock();
    const guesses = await Promise.allSettled(['a1', 'a2', 'a3'].map((p) => session.unlock(ADMIN, `wrong ${p}`)));
    expect(guesses.map((g) => (g.status === 'rejected' ? (g.reason as AppFailure).code : 'ok'))).toEqual([
      'unlock-failed',
      'unlock-wait',
      'unlock-wait',
    ]);
  });

  it('a damaged key file is reported by name and never replaced', async () => {
    writeFileSync(join(dir, 'keys.json'), '{"format":');
    const session = open();
    expect(() => session.status()).toThrow(
      expect.objectContaining({ code: 'keys-unreadable', params: expect.objectContaining({ file: 'keys.json' }) }),
    );
    await expect(session.setup(ADMIN, 'Sok Dara', PASS)).rejects.toMatchObject({ code: 'keys-unreadable' });
    await expect(session.unlock(ADMIN, PASS)).rejects.toMatchObject({ code: 'keys-unreadable' });
    expect(readFileSync(join(dir, 'keys.json'), 'utf8')).toBe('{"format":');
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('records the auto-lock minutes beside the keys, only while unlocked', async () => {
    const session = open();
    await session.setup(ADMIN, 'Sok Dara', PASS);
    expect(session.setAutoLock(3)).toMatchObject({ autoLockMinutes: 3 });
    expect(open().status().autoLockMinutes).toBe(3);
    session.lock();
    expect(() => session.setAutoLock(5)).toThrow(expect.objectContaining({ code: 'locked' }));
  });

  it('keeps an auto-lock setting saved while a passphrase change was working', async () => {
    const session = open();
    await session.setup(ADMIN, 'Sok Dara', PASS);
    const changing = session.changePassphrase(ADMIN, PASS, 'a brand new passphrase for 2026');
    // The change has read the key file and is deriving keys when the setting is saved.
    await new Promise((resolve) => setImmediate(resolve));
    session.setAutoLock(30);
    await changing;
    expect(session.status().autoLockMinutes).toBe(30);
    session.lock();
    await session.unlock(ADMIN, 'a brand new passphrase for 2026');
    expect(session.unlocked).toBe(true);
  });

  it('keeps an auto-lock setting saved while a second account’s slot was being made', async () => {
    const session = open();
    await session.setup(ADMIN, 'Sok Dara', PASS);
    const adding = session.setSlot(OFFICER, 'Chan Vanna', 'the monsoon came early to Kampot that year');
    await new Promise((resolve) => setImmediate(resolve));
    session.setAutoLock(30);
    await adding;
    expect(open().status()).toMatchObject({ autoLockMinutes: 30, accounts: [{ id: ADMIN }, { id: OFFICER }] });
  });
});
