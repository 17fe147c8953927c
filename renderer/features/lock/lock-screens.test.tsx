import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '../../../shared/schemas/session';
import { I18nProvider } from '../../lib/i18n';
import { SessionGate } from './session-gate';

const fake = vi.hoisted(() => ({
  status: vi.fn(),
  setup: vi.fn(),
  unlock: vi.fn(),
  lock: vi.fn(),
  lockListeners: [] as (() => void)[],
}));
vi.mock('../../lib/api', () => ({
  api: { session: { status: fake.status, setup: fake.setup, unlock: fake.unlock, lock: fake.lock } },
  onLocked: (listener: () => void) => {
    fake.lockListeners.push(listener);
    return () => undefined;
  },
}));

const status = (state: SessionStatus['state'], waitSeconds = 0): SessionStatus => ({ state, autoLockMinutes: 10, waitSeconds });

function renderGate() {
  render(
    <I18nProvider language="en">
      <SessionGate>
        <p>Case data on screen</p>
      </SessionGate>
    </I18nProvider>,
  );
}

describe('the session gate', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    fake.lockListeners.length = 0;
  });

  it('first run: an empty or weak passphrase shows the rules next to the field and nothing is set up', async () => {
    fake.status.mockResolvedValue({ ok: true, value: status('setup') });
    renderGate();
    const submit = await screen.findByRole('button', { name: 'Protect the data' });
    await userEvent.click(submit);
    expect(await screen.findByText('Use at least 12 characters (a few words make a good passphrase)')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Passphrase'));
    await userEvent.type(screen.getByLabelText('Passphrase'), 'aaaaaaaaaaaaaaa');
    await userEvent.click(submit);
    expect(await screen.findByText('Use at least 6 different characters')).toBeTruthy();
    expect(fake.setup).not.toHaveBeenCalled();
    expect(screen.queryByText('Case data on screen')).toBeNull();
  });

  it('shows the recovery key once and opens the app only after the officer confirms keeping it', async () => {
    fake.status.mockResolvedValue({ ok: true, value: status('setup') });
    fake.setup.mockResolvedValue({ ok: true, value: { recoveryKey: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH', status: status('unlocked') } });
    renderGate();
    await userEvent.type(await screen.findByLabelText('Passphrase'), 'seven tall palm trees');
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'seven tall palm trees');
    await userEvent.click(screen.getByRole('button', { name: 'Protect the data' }));
    expect((await screen.findByRole('status', { name: 'Recovery key' })).textContent).toBe('ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH');
    expect(fake.setup).toHaveBeenCalledWith({ passphrase: 'seven tall palm trees' });
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByLabelText(/I have printed or written down/));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Case data on screen')).toBeTruthy();
  });

  it('a wrong passphrase shows the wait and disables Unlock; a lock from main drops what was shown', async () => {
    fake.status.mockResolvedValue({ ok: true, value: status('locked') });
    fake.unlock.mockResolvedValueOnce({ ok: false, error: { code: 'unlock-failed', message: 'wrong', params: { seconds: '2' } } });
    fake.unlock.mockResolvedValueOnce({ ok: true, value: status('unlocked') });
    renderGate();
    await userEvent.type(await screen.findByLabelText('Passphrase'), 'not it');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That passphrase or recovery key is not right. Wait 2 seconds, then try again.');
    expect(screen.getByRole('status').textContent).toMatch(/Wait [12] seconds before the next attempt/);
    const unlock = () => screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement;
    expect(unlock().disabled).toBe(true);
    await waitFor(() => expect(unlock().disabled).toBe(false), { timeout: 4000 });
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Case data on screen')).toBeTruthy();

    act(() => fake.lockListeners.forEach((listener) => listener()));
    expect(await screen.findByText('The app locked itself. Unlock it to continue.')).toBeTruthy();
    expect(screen.queryByText('Case data on screen')).toBeNull();
  });
});
