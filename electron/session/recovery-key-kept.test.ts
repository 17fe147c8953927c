import { describe, expect, it } from 'vitest';
import { ADMIN, PASS, sessionFixture } from './session-test-kit';

const admin = { id: ADMIN, displayName: 'Sok Dara', teams: ['OVA' as const], role: 'administrator' as const };

describe('Session: a recovery key shown and never confirmed as kept', () => {
  const kit = sessionFixture();
  const { open, keyFile } = kit;
  const recoverySlot = () => keyFile().keys.find((k) => k.label === 'recovery');
  /** When the recovery key in use was issued: what the reminder names it by. */
  const issuedAt = () => {
    const at = recoverySlot()?.createdAt;
    expect(at).toMatch(/^\d{4}-\d\d-\d\dT/);
    return at;
  };

  it('is said after set-up until whoever saw it confirms, and still after a reload or a restart', async () => {
    const session = open();
    await session.setup(ADMIN, 'Sok Dara', PASS);
    session.setUser(admin);
    expect(session.status().recoveryKeyUnconfirmed).toBe(issuedAt());

    // The page reloaded before Continue: the app (and a restart of it) still says so once signed in.
    const restarted = open();
    expect(restarted.status().recoveryKeyUnconfirmed).toBeNull();
    await restarted.unlock(ADMIN, PASS);
    restarted.setUser(admin);
    expect(restarted.status().recoveryKeyUnconfirmed).toBe(issuedAt());

    await restarted.confirmRecoveryKey();
    expect(restarted.status().recoveryKeyUnconfirmed).toBeNull();
    expect(recoverySlot()).not.toHaveProperty('unconfirmed');
    // The key file is otherwise as it was: the recovery key still opens the data.
    const again = open();
    await again.unlockWithRecovery(ADMIN, await reissued(restarted), 'a new passphrase for Sok Dara');
    expect(again.unlocked).toBe(true);
  });

  it('a reissued key and a changed data key are each unconfirmed until confirmed', async () => {
    const session = open();
    await session.setup(ADMIN, 'Sok Dara', PASS);
    session.setUser(admin);
    await session.confirmRecoveryKey();
    await session.reissueRecoveryKey();
    expect(session.status().recoveryKeyUnconfirmed).toBe(issuedAt());
    await session.confirmRecoveryKey();
    await session.rotate(() => undefined);
    expect(session.status().recoveryKeyUnconfirmed).toBe(issuedAt());
    expect(keyFile().keys.filter((k) => k.label === 'recovery')).toHaveLength(1);
  });

  it('is refused while locked, and never said to the sign-in screen', async () => {
    const session = open();
    await session.setup(ADMIN, 'Sok Dara', PASS);
    session.lock();
    expect(session.status()).toMatchObject({ state: 'locked', recoveryKeyUnconfirmed: null });
    await expect(session.confirmRecoveryKey()).rejects.toMatchObject({ code: 'locked' });
    expect(recoverySlot()).toHaveProperty('unconfirmed', true);
  });
});

/** A new recovery key from `session` (signed in), to show the file still opens with one after a confirmation. */
async function reissued(session: { reissueRecoveryKey(): Promise<{ recoveryKey: string }> }): Promise<string> {
  return (await session.reissueRecoveryKey()).recoveryKey;
}
