import { describe, expect, it } from 'vitest';
import type { AppFailure } from '../../shared/ipc/result';
import { normalizeRecoveryKey } from './recovery-key';
import { PC_FREE_FAILURES } from './attempts';
import { retryDelayMs } from './session';
import { ADMIN, failure, OFFICER, PASS, sessionFixture } from './session-test-kit';

const OTHER = 'the monsoon came early to Kampot that year';

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

  it('a wrong passphrase holds that account with a wait that doubles; another officer signs in at once', async () => {
    const first = open();
    await first.setup(ADMIN, 'Sok Dara', PASS);
    await first.setSlot(OFFICER, 'Chan Vanna', OTHER);
    first.lock();
    const session = open();
    const wrong = await failure(() => session.unlock(ADMIN, 'wrong passphrase one'));
    // Named as the passphrase: no recovery key was typed (a recovery key refused says so in its own words).
    expect(wrong).toMatchObject({
      code: 'unlock-failed',
      params: { seconds: '1', reason: 'passphrase', scope: 'account' },
    });
    // Before the wait is over, even the right passphrase is not tried.
    expect(await failure(() => session.unlock(ADMIN, PASS))).toMatchObject({
      code: 'unlock-wait',
      params: { seconds: '1', scope: 'account' },
    });
    // The sign-in screen learns which account waits; the PC as a whole does not.
    expect(session.status()).toMatchObject({
      state: 'locked',
      waitSeconds: 0,
      accounts: expect.arrayContaining([
        { id: ADMIN, displayName: 'Sok Dara', waitSeconds: 1 },
        { id: OFFICER, displayName: 'Chan Vanna' },
      ]),
    });
    await session.unlock(OFFICER, OTHER);
    expect(session.unlocked).toBe(true);
    session.lock();
    const waits: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      kit.clock += retryDelayMs(i + 1);
      waits.push((await failure(() => session.unlock(ADMIN, `wrong ${i}`))).params.seconds ?? '');
    }
    expect(waits).toEqual(['2', '4', '8']);
    expect(retryDelayMs(20)).toBe(300_000);
    kit.clock += 8_000;
    await session.unlock(ADMIN, PASS);
    expect(session.status().waitSeconds).toBe(0);
    expect(session.status().accounts.map((a) => a.waitSeconds)).toEqual([undefined, undefined]);
    // Parallel guesses are taken one at a time, so they cannot skip the wait.
    session.lock();
    const guesses = await Promise.allSettled(['a1', 'a2', 'a3'].map((p) => session.unlock(ADMIN, `wrong ${p}`)));
    expect(guesses.map((g) => (g.status === 'rejected' ? (g.reason as AppFailure).code : 'ok'))).toEqual([
      'unlock-failed',
      'unlock-wait',
      'unlock-wait',
    ]);
  });

  it(`past ${PC_FREE_FAILURES} wrong attempts in a row on the PC, whichever accounts they name, every account waits`, async () => {
    const first = open();
    await first.setup(ADMIN, 'Sok Dara', PASS);
    await first.setSlot(OFFICER, 'Chan Vanna', OTHER);
    first.lock();
    const session = open();
    for (let i = 0; i < PC_FREE_FAILURES; i += 1) {
      kit.clock += retryDelayMs(i);
      await failure(() => session.unlock(ADMIN, `wrong ${i}`));
    }
    // Five in a row hold the account that was guessed at, not the others.
    expect(session.status().waitSeconds).toBe(0);
    kit.clock += retryDelayMs(PC_FREE_FAILURES);
    // One more, on any account: the PC waits too, and doubles from here.
    expect(await failure(() => session.unlock(ADMIN, 'wrong again'))).toMatchObject({ code: 'unlock-failed' });
    expect(session.status().waitSeconds).toBe(1);
    expect(await failure(() => session.unlock(OFFICER, OTHER))).toMatchObject({
      code: 'unlock-wait',
      params: { seconds: '1', scope: 'pc' },
    });
    // The recovery key is the PC's: guessing it counts on the PC the same way.
    kit.clock += 1_000;
    expect(
      await failure(() => session.unlockWithRecovery(OFFICER, 'AAAA-BBBB-CCCC-DDDD', 'a brand new passphrase for us')),
    ).toMatchObject({ code: 'unlock-failed', params: { seconds: '2', reason: 'recovery-key', scope: 'pc' } });
    kit.clock += 2_000;
    // The right passphrase of another account: signed in, and the PC's run of wrong ones starts afresh.
    await session.unlock(OFFICER, OTHER);
    session.lock();
    expect(session.status().waitSeconds).toBe(0);
    // The account guessed at still waits out its own doubled wait (32 s, 3 s of which have passed).
    expect(session.status().accounts.find((a) => a.id === ADMIN)?.waitSeconds).toBe(29);
  });
});
