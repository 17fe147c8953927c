import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/result';
import type { SessionStatus } from '../../../shared/schemas/session';
import { I18nProvider } from '../../lib/i18n';
import { lockFromMain, sent, serve } from '../../test/fake-api';
import { SessionGate } from './session-gate';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const status = (state: SessionStatus['state'], waitSeconds = 0): SessionStatus => ({
  state,
  autoLockMinutes: 10,
  waitSeconds,
});

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
  it('first run: an empty or weak passphrase shows the rules next to the field and nothing is set up', async () => {
    serve({ 'session:status': () => status('setup') });
    renderGate();
    const submit = await screen.findByRole('button', { name: 'Protect the data' });
    await userEvent.click(submit);
    expect(await screen.findByText('Use at least 12 characters (a few words make a good passphrase)')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Passphrase'));
    await userEvent.type(screen.getByLabelText('Passphrase'), 'aaaaaaaaaaaaaaa');
    await userEvent.click(submit);
    expect(await screen.findByText('Use at least 6 different characters')).toBeTruthy();
    expect(sent('session:setup')).toEqual([]);
    expect(screen.queryByText('Case data on screen')).toBeNull();
  });

  it('shows the recovery key once and opens the app only after the officer confirms keeping it', async () => {
    serve({
      'session:status': () => status('setup'),
      'session:setup': () => ({
        recoveryKey: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH',
        status: status('unlocked'),
      }),
    });
    renderGate();
    await userEvent.type(await screen.findByLabelText('Passphrase'), 'seven tall palm trees');
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'seven tall palm trees');
    await userEvent.click(screen.getByRole('button', { name: 'Protect the data' }));
    expect((await screen.findByRole('status', { name: 'Recovery key' })).textContent).toBe(
      'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH',
    );
    expect(sent('session:setup')).toContainEqual({ passphrase: 'seven tall palm trees' });
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByLabelText(/I have printed or written down/));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Case data on screen')).toBeTruthy();
  });

  it('a wait main still holds (after a reload) is shown at once and keeps Unlock disabled', async () => {
    serve({ 'session:status': () => status('locked', 5) });
    renderGate();
    expect((await screen.findByRole('status')).textContent).toMatch(/Wait [45] seconds before the next attempt/);
    expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a wrong passphrase shows the wait and disables Unlock; a lock from main drops what was shown', async () => {
    let attempts = 0;
    serve({
      'session:status': () => status('locked'),
      'session:unlock': () => {
        attempts += 1;
        if (attempts === 1) throw new AppFailure('unlock-failed', 'wrong', { seconds: '2' });
        return status('unlocked');
      },
    });
    renderGate();
    await userEvent.type(await screen.findByLabelText('Passphrase'), 'not it');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That passphrase or recovery key is not right. Wait 2 seconds, then try again.',
    );
    expect(screen.getByRole('status').textContent).toMatch(/Wait [12] seconds before the next attempt/);
    const unlock = () => screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement;
    expect(unlock().disabled).toBe(true);
    await waitFor(() => expect(unlock().disabled).toBe(false), { timeout: 4000 });
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Case data on screen')).toBeTruthy();

    act(() => lockFromMain());
    expect(await screen.findByText('The app locked itself. Unlock it to continue.')).toBeTruthy();
    expect(screen.queryByText('Case data on screen')).toBeNull();
  });
});
