import { describe, expect, it } from 'vitest';
import type { AppFailure } from '../../shared/ipc/result';
import { normalizeRecoveryKey } from './recovery-key';
import { retryDelayMs } from './session';
import { ADMIN, failure, OFFICER, PASS, sessionFixture } from './session-test-kit';

describe('Session: signing in', () => {
  const kit = sessionFixture();
  const { open } = kit;

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
    kit.clock += retryDelayMs(1);
    await second.unlock(ADMIN, PASS);
    expect(second.dataKey().key.equals(original)).toBe(true);

    const third = open();
    // As typed from paper: lower case, spaces for dashes, O for 0.
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(normalizeRecoveryKey(typed)).toBe(recoveryKey);
    // The recovery key is for an account that signs in on this PC.
    expect(
      await failure(() => third.unlockWithRecovery(OFFICER, typed, 'a brand new passphrase for us')),
    ).toMatchObject({
      code: 'unlock-failed',
      params: { reason: 'recovery-key' },
    });
    kit.clock += retryDelayMs(1);
    await third.unlockWithRecovery(ADMIN, typed, 'a brand new passphrase for us');
    expect(third.dataKey().key.equals(original)).toBe(true);
    // The slot keeps its name.
    expect(third.status().accounts).toEqual([{ id: ADMIN, displayName: 'Sok Dara' }]);
    expect((await failure(() => open().unlock(ADMIN, PASS))).code).toBe('unlock-failed');
    await open().unlock(ADMIN, 'a brand new passphrase for us');
  });

  it('a wrong passphrase is refused with a clear wait that doubles with each failure', async () => {
    await open().setup(ADMIN, 'Sok Dara', PASS);
    const session = open();
    const first = await failure(() => session.unlock(ADMIN, 'wrong passphrase one'));
    // Named as the passphrase: no recovery key was typed (a recovery key refused says so in its own words).
    expect(first).toMatchObject({ code: 'unlock-failed', params: { seconds: '1', reason: 'passphrase' } });
    // Before the wait is over, even the right passphrase is not tried.
    expect(await failure(() => session.unlock(ADMIN, PASS))).toMatchObject({
      code: 'unlock-wait',
      params: { seconds: '1' },
    });
    expect(session.status()).toMatchObject({ state: 'locked', waitSeconds: 1 });
    const waits: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      kit.clock += retryDelayMs(i + 1);
      // Wrong guesses count the same whichever account they name.
      const account = i % 2 === 0 ? ADMIN : OFFICER;
      waits.push((await failure(() => session.unlock(account, `wrong ${i}`))).params.seconds ?? '');
    }
    expect(waits).toEqual(['2', '4', '8', '16']);
    expect(retryDelayMs(20)).toBe(300_000);
    kit.clock += 16_000;
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
});
