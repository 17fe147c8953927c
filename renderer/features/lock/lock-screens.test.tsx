import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/result';
import type { SessionStatus } from '../../../shared/schemas/session';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import { I18nProvider } from '../../lib/i18n';
import { lockFromMain, sent, serve } from '../../test/fake-api';
import { signedIn, statusOf } from '../../test/session';
import { SessionGate } from './session-gate';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

/** Types a long passphrase at once, as a password manager would: each keystroke would score it again. */
async function paste(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const ADMIN = signedIn('administrator', ['OVA', 'HIT', 'FST', 'ICAC'], 'Chan Sophea');
const OFFICER = signedIn('officer', ['OVA'], 'Keo Dara');
const ACCOUNTS = [ADMIN, OFFICER].map(({ id, displayName }) => ({ id, displayName }));

const setup: SessionStatus = statusOf(null, { state: 'setup' });
const locked = (waitSeconds = 0): SessionStatus => statusOf(null, { accounts: ACCOUNTS, waitSeconds });
const inAs = (user: typeof ADMIN): SessionStatus => statusOf(user, { accounts: ACCOUNTS });

function renderGate() {
  render(
    <I18nProvider language="en">
      <SessionGate>
        <p>Case data on screen</p>
      </SessionGate>
    </I18nProvider>,
  );
}

const strength = () => screen.getByText(/^Strength: /).textContent;

describe('first run: the first administrator', () => {
  it('submitted empty, shows the messages beside the fields and sets nothing up', async () => {
    serve({ 'session:status': () => setup });
    renderGate();
    const submit = await screen.findByRole('button', { name: 'Protect the data' });
    // Every team is ticked to start with: the first administrator usually works for all of them.
    for (const team of ['OVA', 'HIT', 'FST', 'ICAC'])
      expect((screen.getByRole('checkbox', { name: new RegExp(`^${team}:`) }) as HTMLInputElement).checked).toBe(true);
    for (const box of screen.getAllByRole('checkbox')) await userEvent.click(box);
    await userEvent.click(submit);
    expect(await screen.findByText('This field is required')).toBeTruthy();
    expect(screen.getByText('Choose at least one team')).toBeTruthy();
    expect(screen.getByText('Use at least 12 characters (a few words make a good passphrase)')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(sent('session:setup')).toEqual([]);
    expect(screen.queryByText('Case data on screen')).toBeNull();
  });

  it('shows the strength as the officer types, and refuses a passphrase the meter finds easy to guess', async () => {
    serve({ 'session:status': () => setup });
    renderGate();
    const passphrase = await screen.findByLabelText('Passphrase');
    expect(screen.queryByText(/^Strength: /)).toBeNull();
    await userEvent.type(passphrase, 'password');
    await waitFor(() => expect(strength()).toBe('Strength: Too easy to guess'));
    await userEvent.clear(passphrase);
    await paste(passphrase, 'abcdefgh12345678');
    await waitFor(() => expect(strength()).not.toMatch(/Hard to guess|Strong/));
    await userEvent.type(screen.getByLabelText('Name'), 'Chan Sophea');
    await paste(screen.getByLabelText('Passphrase again'), 'abcdefgh12345678');
    await userEvent.click(screen.getByRole('button', { name: 'Protect the data' }));
    expect(await screen.findByText(/^Still too easy to guess/)).toBeTruthy();
    expect(sent('session:setup')).toEqual([]);

    await userEvent.clear(passphrase);
    await paste(passphrase, 'seven tall palm trees by the river');
    await waitFor(() => expect(strength()).toBe('Strength: Strong'));
    // The meter is read with the field.
    const meter = screen.getByText('Strength: Strong').closest('.strength');
    expect(passphrase.getAttribute('aria-describedby')).toContain(meter?.id);
  });

  it('sends the name and teams, shows the recovery key once and opens the app only once it is kept', async () => {
    serve({
      'session:status': () => setup,
      'session:setup': () => ({ recoveryKey: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH', status: inAs(ADMIN) }),
      'settings:get': () => DEFAULT_SETTINGS,
      'session:recoveryKeyKept': () => inAs(ADMIN),
    });
    renderGate();
    await userEvent.type(await screen.findByLabelText('Name'), 'Chan Sophea');
    await userEvent.click(screen.getByRole('checkbox', { name: /^ICAC:/ }));
    await paste(screen.getByLabelText('Passphrase'), 'seven tall palm trees by the river');
    await paste(screen.getByLabelText('Passphrase again'), 'seven tall palm trees by the river');
    await userEvent.click(screen.getByRole('button', { name: 'Protect the data' }));
    expect((await screen.findByRole('status', { name: 'Recovery key' })).textContent).toBe(
      'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH',
    );
    // The form that led here is gone: focus starts at the sheet's title, not on the page.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(sent('session:setup')).toEqual([
      { displayName: 'Chan Sophea', teams: ['OVA', 'HIT', 'FST'], passphrase: 'seven tall palm trees by the river' },
    ]);
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByLabelText(/I have printed or written down/));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Case data on screen')).toBeTruthy();
    expect(sent('session:recoveryKeyKept')).toEqual([{}]);
  });

  it('a Continue main cannot note (the disk is full) says why and keeps the key on screen', async () => {
    serve({
      'session:status': () => setup,
      'session:setup': () => ({ recoveryKey: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH', status: inAs(ADMIN) }),
      'settings:get': () => DEFAULT_SETTINGS,
      'session:recoveryKeyKept': () => {
        throw new AppFailure('disk-full', 'The disk is full.');
      },
    });
    renderGate();
    await userEvent.type(await screen.findByLabelText('Name'), 'Chan Sophea');
    await paste(screen.getByLabelText('Passphrase'), 'seven tall palm trees by the river');
    await paste(screen.getByLabelText('Passphrase again'), 'seven tall palm trees by the river');
    await userEvent.click(screen.getByRole('button', { name: 'Protect the data' }));
    await userEvent.click(await screen.findByLabelText(/I have printed or written down/));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain('disk is full');
    expect(screen.getByRole('status', { name: 'Recovery key' }).textContent).toBe(
      'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH',
    );
    expect(screen.queryByText('Case data on screen')).toBeNull();
  });
});

describe('signing in', () => {
  it('asks who is working, by name, and sends that account with the passphrase', async () => {
    serve({ 'session:status': () => locked(), 'session:unlock': () => inAs(OFFICER) });
    renderGate();
    const who = await screen.findByRole('group', { name: 'Who is working?' });
    expect(
      within(who)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Chan Sophea', 'Keo Dara']);
    await paste(screen.getByLabelText('Passphrase'), 'my own passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Choose one from the list')).toBeTruthy();
    expect(sent('session:unlock')).toEqual([]);

    await userEvent.click(within(who).getByRole('radio', { name: 'Keo Dara' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Case data on screen')).toBeTruthy();
    expect(sent('session:unlock')).toEqual([{ accountId: OFFICER.id, passphrase: 'my own passphrase' }]);
  });

  it('opens on the first choice, and on the passphrase once the account is chosen; a refusal puts focus back there', async () => {
    serve({
      'session:status': () => locked(),
      'session:unlock': () => {
        throw new AppFailure('unlock-failed', 'wrong', { seconds: '0' });
      },
    });
    renderGate();
    const first = await screen.findByRole('radio', { name: 'Chan Sophea' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    await userEvent.click(screen.getByRole('radio', { name: 'Keo Dara' }));
    await userEvent.type(screen.getByLabelText('Passphrase'), 'not the passphrase{Enter}');
    await screen.findByRole('alert');
    // Sign in was disabled while main checked: focus is back on the passphrase, selected for retyping.
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'not the passphrase'.length]);
  });

  it('after the lock, the same officer comes back to the passphrase field', async () => {
    serve({ 'session:status': () => inAs(OFFICER) });
    renderGate();
    expect(await screen.findByText('Case data on screen')).toBeTruthy();
    serve({ 'session:status': () => locked() });
    act(() => lockFromMain());
    const field = await screen.findByLabelText('Passphrase');
    await waitFor(() => expect(document.activeElement).toBe(field));
  });

  it('a wait main still holds (after a reload) is shown at once and keeps Sign in disabled', async () => {
    serve({ 'session:status': () => locked(5) });
    renderGate();
    expect((await screen.findByRole('status')).textContent).toMatch(/Wait [45] seconds before the next attempt/);
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('an account main still holds (after a reload) waits when chosen; the others do not', async () => {
    serve({
      'session:status': () =>
        statusOf(null, { accounts: ACCOUNTS.map((a) => (a.id === OFFICER.id ? { ...a, waitSeconds: 5 } : a)) }),
    });
    renderGate();
    const signIn = () => screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    await userEvent.click(await screen.findByRole('radio', { name: 'Keo Dara' }));
    expect(screen.getByRole('status').textContent).toMatch(/Wait [45] seconds before the next attempt/);
    expect(signIn().disabled).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: 'Chan Sophea' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(signIn().disabled).toBe(false);
  });

  it('a wrong passphrase shows the wait at once and disables Sign in; a disabled account says so', async () => {
    let attempts = 0;
    serve({
      'session:status': () => locked(),
      'session:unlock': ({ accountId }) => {
        if (accountId === ADMIN.id) throw new AppFailure('account-disabled', 'disabled');
        attempts += 1;
        if (attempts === 1)
          throw new AppFailure('unlock-failed', 'wrong', { seconds: '2', reason: 'passphrase', scope: 'account' });
        return inAs(OFFICER);
      },
    });
    renderGate();
    await userEvent.click(await screen.findByRole('radio', { name: 'Chan Sophea' }));
    await paste(screen.getByLabelText('Passphrase'), 'whatever it was');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This account is disabled on this PC, so it cannot sign in. An administrator can enable it again.',
    );

    await userEvent.click(screen.getByRole('radio', { name: 'Keo Dara' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That passphrase is not right. Wait 2 seconds, then try again.',
    );
    expect(screen.getByRole('status').textContent).toMatch(/Wait [12] seconds? before the next attempt/);
    // Another officer steps up: the wrong passphrase and its wait were not theirs.
    const signIn = () => screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    await userEvent.click(screen.getByRole('radio', { name: 'Chan Sophea' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(signIn().disabled).toBe(false);
    // Back to the officer who mistyped: their wait is still counted down.
    await userEvent.click(screen.getByRole('radio', { name: 'Keo Dara' }));
    expect(screen.getByRole('status').textContent).toMatch(/before the next attempt/);
    expect(signIn().disabled).toBe(true);
    await waitFor(() => expect(signIn().disabled).toBe(false));
    await userEvent.click(signIn());
    expect(await screen.findByText('Case data on screen')).toBeTruthy();
  });

  it('a lock from main drops what was shown and chooses the same officer again', async () => {
    serve({ 'session:status': () => inAs(OFFICER), 'session:unlock': () => inAs(OFFICER) });
    renderGate();
    expect(await screen.findByText('Case data on screen')).toBeTruthy();
    serve({ 'session:status': () => locked() });
    act(() => lockFromMain());
    expect(await screen.findByText('The app locked itself. Sign in to continue.')).toBeTruthy();
    expect(screen.queryByText('Case data on screen')).toBeNull();
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Keo Dara' }) as HTMLInputElement).checked).toBe(true),
    );
  });

  it('with the recovery key: the account, the key and a new passphrase twice', async () => {
    serve({ 'session:status': () => locked(), 'session:unlockWithRecovery': () => inAs(OFFICER) });
    renderGate();
    await userEvent.click(await screen.findByRole('radio', { name: 'Keo Dara' }));
    await userEvent.click(screen.getByRole('button', { name: 'I forgot my passphrase: use the recovery key' }));
    // The officer chosen before stays chosen.
    expect((screen.getByRole('radio', { name: 'Keo Dara' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.type(screen.getByLabelText('Recovery key'), 'abcde fghjk mnpqr stvwx yz012 34567 89abc defgh');
    await paste(screen.getByLabelText('New passphrase'), 'a river boat at dawn on the mekong');
    await paste(screen.getByLabelText('New passphrase again'), 'a river boat at dawn on the mekong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in and set the new passphrase' }));
    expect(await screen.findByText('Case data on screen')).toBeTruthy();
    expect(sent('session:unlockWithRecovery')).toEqual([
      {
        accountId: OFFICER.id,
        recoveryKey: 'abcde fghjk mnpqr stvwx yz012 34567 89abc defgh',
        newPassphrase: 'a river boat at dawn on the mekong',
      },
    ]);
  });
});
