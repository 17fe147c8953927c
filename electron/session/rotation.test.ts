import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/schemas/accounts';
import type { CaseRecord } from '../../shared/schemas/case';
import type { SessionStatus } from '../../shared/schemas/session';
import { sampleSummary } from '../../shared/testing/samples';
import type { Dispatch } from '../ipc/dispatcher';
import { bundleChild, startChild } from '../testing/child-process';
import { call, refusal } from '../testing/dispatch-calls';
import { sharedTempDir, tempDir } from '../testing/temp-dir';
import { quitApp } from '../testing/test-vault';
import { TEST_KDF, TEST_PASSPHRASE, unlockedDispatch, unlockedExistingDispatch } from '../testing/unlocked-app';
import { createHandlers } from '../app/handlers';
import { createDispatcher } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import { KEYS_FILE } from './key-file';

const OFFICER_PASSPHRASE = 'the monsoon came early to Kampot that year';

/** A folder with a summary, its history, a draft, a closed year, a second account and access-log entries. */
async function seeded(dir: string) {
  const { dispatch, recoveryKey } = unlockedDispatch(dir);
  const saved = await call<CaseRecord>(dispatch, 'cases:save', { summary: sampleSummary('OVA') });
  await call(dispatch, 'cases:save', {
    id: saved.id,
    expectedRevision: 1,
    summary: { ...saved.summary, district: 'Kien Svay' },
  });
  await call(dispatch, 'drafts:save', { key: 'new:HIT', values: { district: 'half typed' } });
  await call(dispatch, 'years:close', { year: 2019 });
  const officer = await call<Account>(dispatch, 'accounts:add', {
    displayName: 'Officer Chenda',
    teams: ['OVA'],
    role: 'officer',
    passphrase: OFFICER_PASSPHRASE,
  });
  return { dispatch, saved, officer, recoveryKey: await recoveryKey };
}

const keyIdOf = (dir: string) => (JSON.parse(readFileSync(join(dir, KEYS_FILE), 'utf8')) as { keyId: string }).keyId;

async function signInAs(dispatch: Dispatch, accountId: string, passphrase: string) {
  return dispatch('session:unlock', { accountId, passphrase });
}

describe('rotating the data key', () => {
  it('re-seals everything under a new key that every account still opens, and retires the old key file and recovery key', async () => {
    const dir = tempDir('rotate');
    const { dispatch, saved, officer, recoveryKey } = await seeded(dir);
    const before = keyIdOf(dir);
    const oldKeys = join(tempDir('old-keys'), KEYS_FILE);
    copyFileSync(join(dir, KEYS_FILE), oldKeys);

    const { recoveryKey: newRecovery } = await call<{ recoveryKey: string }>(dispatch, 'accounts:rotateKey', {});
    expect(keyIdOf(dir)).not.toBe(before);
    expect(newRecovery).not.toBe(recoveryKey);
    expect(await call<CaseRecord>(dispatch, 'cases:get', { id: saved.id })).toMatchObject({ revision: 2 });
    await quitApp();

    // After a restart: both accounts sign in with the passphrases they had; everything reads.
    const restarted = unlockedExistingDispatch(dir);
    expect((await call<CaseRecord>(restarted, 'cases:get', { id: saved.id })).summary).toMatchObject({
      district: 'Kien Svay',
    });
    expect(await call(restarted, 'drafts:get', { key: 'new:HIT' })).toMatchObject({
      values: { district: 'half typed' },
    });
    expect(await call(restarted, 'years:get', { year: 2019 })).toMatchObject({ closed: { by: 'Test Administrator' } });
    expect(await call(restarted, 'audit:verify', {})).toMatchObject({ firstBroken: null });
    await call(restarted, 'session:lock', {});
    expect((await signInAs(restarted, officer.id, OFFICER_PASSPHRASE)).ok).toBe(true);
    await call(restarted, 'session:lock', {});

    // The old recovery key no longer opens anything; the new one does.
    const { accounts } = await call<SessionStatus>(restarted, 'session:status', {});
    const admin = accounts.find((a) => a.displayName === 'Test Administrator')?.id ?? '';
    const stale = await refusal(restarted, 'session:unlockWithRecovery', {
      accountId: admin,
      recoveryKey,
      newPassphrase: 'a brand new passphrase for 2027',
    });
    expect(stale.code).toBe('unlock-failed');
    await quitApp();

    // A copy of the key file from before the rotation, with the old passphrase, opens nothing.
    copyFileSync(oldKeys, join(dir, KEYS_FILE));
    const withOldFile = unlockedExistingDispatch(dir);
    await expect(withOldFile('cases:years', {})).rejects.toThrow(
      /store-unreadable: The case database was encrypted with a different key/,
    );
  }, 120_000);

  describe('killed at any moment', () => {
    const dir = sharedTempDir('rotate-kill');
    const scripts = sharedTempDir('rotate-child');

    it('always leaves the passphrases opening every summary, under the old key or the new', async () => {
      const { dispatch, saved } = await seeded(dir());
      // Enough rows that re-sealing takes a while, so kills land before, during and after it.
      for (let n = 0; n < 300; n += 1) await call(dispatch, 'cases:save', { summary: sampleSummary('HIT') });
      await quitApp();
      const script = await bundleChild('rotate-child', scripts());

      const rotate = async (killAfterMs?: number) => {
        const before = keyIdOf(dir());
        const child = startChild(script, [dir()]);
        await child.line('ROTATING');
        const started = performance.now();
        if (killAfterMs === undefined) await child.line('DONE');
        else {
          await new Promise((resolve) => setTimeout(resolve, killAfterMs));
          child.process.kill('SIGKILL');
        }
        await child.exited;
        const took = performance.now() - started;

        const reopened = unlockedExistingDispatch(dir());
        const record = await call<CaseRecord>(reopened, 'cases:get', { id: saved.id });
        expect(record.summary).toMatchObject({ district: 'Kien Svay' });
        expect(await call(reopened, 'cases:list', { year: 2025 })).toMatchObject({ total: 301 });
        expect(await call(reopened, 'audit:verify', {})).toMatchObject({ firstBroken: null });
        await call(reopened, 'session:lock', {});
        await quitApp();
        return { rotated: keyIdOf(dir()) !== before, took };
      };

      // One whole rotation measures how long it takes here; then ten kills spread over it and a little after.
      const whole = await rotate();
      expect(whole.rotated).toBe(true);
      const outcomes = { old: 0, rotated: 0 };
      for (let run = 0; run < 10; run += 1) {
        const { rotated } = await rotate(Math.round((whole.took * 1.2 * run) / 9));
        outcomes[rotated ? 'rotated' : 'old'] += 1;
      }
      // Killed at once after it said ROTATING, a rotation cannot have finished: some runs keep the old key.
      expect(outcomes.old).toBeGreaterThan(0);
      console.info(
        `a rotation took ${Math.round(whole.took)} ms; killed 10 times across it: ${outcomes.old} left the old key, ${outcomes.rotated} the new`,
      );
    }, 240_000);
  });

  describe('changing one’s own passphrase, killed at any moment', () => {
    const dir = sharedTempDir('change-kill');
    const scripts = sharedTempDir('change-child');

    it('always leaves the old or the new passphrase opening every summary', async () => {
      const { saved } = await seeded(dir());
      await quitApp();
      const script = await bundleChild('rotate-child', scripts());
      const passphrases = [TEST_PASSPHRASE, 'the second passphrase of this test', 'the third passphrase of this test'];
      let current = 0;

      /**
       * Which passphrase signs in now: the one before the change or the one after. A wrong one
       * makes the next attempt wait (as an officer's would), so the wait is honoured between the two.
       */
      const opener = async (): Promise<number> => {
        for (const i of [(current + 1) % passphrases.length, current]) {
          const host = createDispatcher(
            createHandlers(confStorage(dir()), { version: 'test', host: 'browser-shell' }, undefined, {
              kdf: TEST_KDF,
            }),
          );
          try {
            const { accounts } = await call<SessionStatus>(host, 'session:status', {});
            const admin = accounts.find((a) => a.displayName === 'Test Administrator')?.id ?? '';
            const unlocked = await host('session:unlock', { accountId: admin, passphrase: passphrases[i] });
            if (!unlocked.ok) {
              expect(unlocked.error.code).toBe('unlock-failed');
              await new Promise((resolve) =>
                setTimeout(resolve, Number(unlocked.error.params?.seconds ?? 0) * 1000 + 50),
              );
              continue;
            }
            const record = await call<CaseRecord>(host, 'cases:get', { id: saved.id });
            expect(record.summary).toMatchObject({ district: 'Kien Svay' });
            await call(host, 'session:lock', {});
            return i;
          } finally {
            await quitApp();
          }
        }
        throw new Error('neither the old nor the new passphrase opens the data');
      };

      const change = async (killAfterMs?: number) => {
        const next = (current + 1) % passphrases.length;
        const child = startChild(script, [dir(), 'change', passphrases[current] ?? '', passphrases[next] ?? '']);
        await child.line('ROTATING');
        const started = performance.now();
        if (killAfterMs === undefined) await child.line('DONE');
        else {
          await new Promise((resolve) => setTimeout(resolve, killAfterMs));
          child.process.kill('SIGKILL');
        }
        await child.exited;
        const took = performance.now() - started;
        current = await opener();
        return took;
      };

      const whole = await change();
      expect(current).toBe(1);
      const outcomes = { old: 0, changed: 0 };
      for (let run = 0; run < 8; run += 1) {
        const before = current;
        await change(Math.round((whole * 1.2 * run) / 7));
        outcomes[current === before ? 'old' : 'changed'] += 1;
      }
      console.info(`a passphrase change killed 8 times: ${outcomes.old} kept the old, ${outcomes.changed} the new`);
    }, 240_000);
  });
});
