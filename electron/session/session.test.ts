import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { tempDir } from '../testing/temp-dir';
import { TEST_KDF } from '../testing/unlocked-app';
import { KeyFile, normalizeRecoveryKey } from './keyring';
import { retryDelayMs, Session } from './session';

const PASS = 'seven tall palm trees by the river';

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

  beforeEach(() => {
    dir = tempDir('session');
    clock = Date.parse('2025-04-01T08:00:00.000Z');
  });

  it('first run: a random 256-bit key, stored only wrapped, with the scrypt parameters beside each copy', async () => {
    const session = open();
    expect(session.status()).toEqual({ state: 'setup', autoLockMinutes: 10, waitSeconds: 0 });
    const { recoveryKey } = await session.setup(PASS);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(session.status().state).toBe('unlocked');
    const key = session.dataKey();
    expect(key.key).toHaveLength(32);

    const file = KeyFile.parse(JSON.parse(keysText()));
    expect(file.keys.map((k) => k.label)).toEqual(['passphrase', 'recovery']);
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
    await expect(open().setup('another long passphrase here')).rejects.toMatchObject({ code: 'already-set-up' });
  });

  it('unlocks with the passphrase or the recovery key (which sets a new passphrase); lock forgets the key', async () => {
    const first = open();
    const { recoveryKey } = await first.setup(PASS);
    const original = Buffer.from(first.dataKey().key);
    const held = first.dataKey().key;
    first.lock();
    expect(held.every((b) => b === 0)).toBe(true);
    expect(() => first.dataKey()).toThrow(expect.objectContaining({ code: 'locked' }));

    const second = open();
    expect(second.status().state).toBe('locked');
    await second.unlock(PASS);
    expect(second.dataKey().key.equals(original)).toBe(true);

    const third = open();
    // As typed from paper: lower case, spaces for dashes, O for 0.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(normalizeRecoveryKey(typed)).toBe(recoveryKey);
    await third.unlockWithRecovery(typed, 'a brand new passphrase for us');
    expect(third.dataKey().key.equals(original)).toBe(true);
    expect((await failure(() => open().unlock(PASS))).code).toBe('unlock-failed');
    await open().unlock('a brand new passphrase for us');
  });

  it('changes the passphrase only with the current one; the recovery key keeps working', async () => {
    const session = open();
    const { recoveryKey } = await session.setup(PASS);
    const key = Buffer.from(session.dataKey().key);
    expect(
      (await failure(() => session.changePassphrase('not the passphrase', 'the next passphrase of ours'))).code,
    ).toBe('unlock-failed');
    clock += 1000;
    const oldWrap = (
      KeyFile.parse(JSON.parse(keysText())).keys.find((k) => k.label === 'passphrase') as { wrappedKey: string }
    ).wrappedKey;
    await session.changePassphrase(PASS, 'the next passphrase of ours');
    expect((await failure(() => open().unlock(PASS))).code).toBe('unlock-failed');
    // No copy of the key file keeps the key wrapped by the old passphrase.
    for (const name of readdirSync(join(dir, 'backups', 'keys'))) {
      expect(readFileSync(join(dir, 'backups', 'keys', name), 'utf8')).not.toContain(oldWrap);
    }
    const later = open();
    await later.unlock('the next passphrase of ours');
    expect(later.dataKey().key.equals(key)).toBe(true);
    const recovered = open();
    await recovered.unlockWithRecovery(recoveryKey, 'yet another passphrase here');
    expect(recovered.dataKey().key.equals(key)).toBe(true);
    session.lock();
    await expect(session.changePassphrase('x', 'the next passphrase of ours')).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('a wrong passphrase is refused with a clear wait that doubles with each failure', async () => {
    await open().setup(PASS);
    const session = open();
    const first = await failure(() => session.unlock('wrong passphrase one'));
    expect(first).toMatchObject({ code: 'unlock-failed', params: { seconds: '1' } });
    // Before the wait is over, even the right passphrase is not tried.
    expect(await failure(() => session.unlock(PASS))).toMatchObject({ code: 'unlock-wait', params: { seconds: '1' } });
    expect(session.status()).toMatchObject({ state: 'locked', waitSeconds: 1 });
    const waits: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      clock += retryDelayMs(i + 1);
      waits.push((await failure(() => session.unlock(`wrong ${i}`))).params.seconds ?? '');
    }
    expect(waits).toEqual(['2', '4', '8', '16']);
    expect(retryDelayMs(20)).toBe(300_000);
    clock += 16_000;
    await session.unlock(PASS);
    expect(session.status()).toMatchObject({ state: 'unlocked', waitSeconds: 0 });
    // Parallel guesses are taken one at a time, so they cannot skip the wait.
    session.lock();
    const guesses = await Promise.allSettled(['a1', 'a2', 'a3'].map((p) => session.unlock(`wrong ${p}`)));
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
    await expect(session.setup(PASS)).rejects.toMatchObject({ code: 'keys-unreadable' });
    expect(readFileSync(join(dir, 'keys.json'), 'utf8')).toBe('{"format":');
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('records the auto-lock minutes beside the keys, only while unlocked', async () => {
    const session = open();
    await session.setup(PASS);
    expect(session.setAutoLock(3)).toMatchObject({ autoLockMinutes: 3 });
    expect(open().status().autoLockMinutes).toBe(3);
    session.lock();
    expect(() => session.setAutoLock(5)).toThrow(expect.objectContaining({ code: 'locked' }));
  });
  it('keeps an auto-lock setting saved while a passphrase change was working', async () => {
    const session = open();
    await session.setup(PASS);
    const changing = session.changePassphrase(PASS, 'a brand new passphrase for 2026');
    // The change has read the key file and is deriving keys when the setting is saved.
    await new Promise((resolve) => setImmediate(resolve));
    session.setAutoLock(30);
    await changing;
    expect(session.status().autoLockMinutes).toBe(30);
    session.lock();
    await session.unlock('a brand new passphrase for 2026');
    expect(session.unlocked).toBe(true);
  });
});
