import { describe, expect, it } from 'vitest';
import { ADMIN, OFFICER, PASS, sessionFixture } from './session-test-kit';

describe('Session: the auto-lock setting', () => {
  const { open } = sessionFixture();

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
    expect(open().status()).toMatchObject({ autoLockMinutes: 30, accounts: [{ id: OFFICER }, { id: ADMIN }] });
  });
});
