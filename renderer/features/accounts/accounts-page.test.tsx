import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/result';
import type { Account } from '../../../shared/schemas/accounts';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import { sent, serve } from '../../test/fake-api';
import { stubModalDialogs } from '../../test/modal-dialogs';
import { ADMIN, renderSignedIn, statusOf } from '../../test/session';
import { AccountsPage } from './accounts-page';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

/** Types a long passphrase at once, as a password manager would: each keystroke would score it again. */
async function paste(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const account = (n: number, over: Partial<Account>): Account => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  displayName: `Officer ${n}`,
  teams: ['OVA'],
  role: 'officer',
  disabled: false,
  createdAt: '2025-03-01T08:00:00.000Z',
  createdBy: ADMIN.displayName,
  ...over,
});

let accounts: Account[];

beforeAll(stubModalDialogs);

beforeEach(() => {
  accounts = [
    account(10, { ...ADMIN, disabled: false }),
    account(11, { displayName: 'Keo Dara', teams: ['OVA', 'FST'] }),
    account(12, { displayName: 'Lim Bopha', teams: ['HIT'], role: 'coordinator', disabled: true }),
  ];
  serve({
    'accounts:list': () => accounts,
    'accounts:add': (request) => {
      const added = account(20, { displayName: request.displayName, teams: request.teams, role: request.role });
      accounts = [...accounts, added];
      return added;
    },
    'accounts:disable': ({ id }) => {
      accounts = accounts.map((a) => (a.id === id ? { ...a, disabled: true } : a));
      const found = accounts.find((a) => a.id === id);
      if (!found) throw new AppFailure('not-found', 'no such account');
      return found;
    },
  });
});

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name} `) });

describe('the Accounts screen', () => {
  it('lists every account with its teams, role and whether it can sign in', async () => {
    renderSignedIn(<AccountsPage />);
    const table = await screen.findByRole('table', { name: 'Accounts' });
    const cells = (name: string) =>
      within(row(name))
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => c.textContent);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(cells('Keo Dara')).toEqual(['OVA, FST', 'Officer', 'Can sign in']);
    expect(cells('Lim Bopha')).toEqual(['HIT', 'Coordinator', 'Disabled']);
    // A disabled account is enabled again (with a new passphrase); the administrator cannot disable themselves.
    expect(within(row('Lim Bopha')).getByRole('button', { name: 'Enable Lim Bopha' })).toBeTruthy();
    expect(within(row(ADMIN.displayName)).queryByRole('button', { name: /^Disable/ })).toBeNull();
  });

  it('adds an account: submitted empty it says what is missing and adds nothing, then adds the officer', async () => {
    renderSignedIn(<AccountsPage />);
    const form = within(await screen.findByRole('form', { name: 'Add an account' }));
    await userEvent.click(form.getByRole('button', { name: 'Add the account' }));
    expect(await form.findByText('This field is required')).toBeTruthy();
    expect(form.getByText('Choose at least one team')).toBeTruthy();
    expect(form.getByText('Use at least 12 characters (a few words make a good passphrase)')).toBeTruthy();
    expect(document.activeElement).toBe(form.getByLabelText('Name'));
    expect(sent('accounts:add')).toEqual([]);

    await userEvent.type(form.getByLabelText('Name'), 'Sok Pisey');
    await userEvent.click(form.getByRole('checkbox', { name: /^OVA:/ }));
    await userEvent.selectOptions(form.getByLabelText('Role'), 'Officer');
    await paste(form.getByLabelText('First passphrase'), 'green mangoes in the dry season');
    await waitFor(() => expect(form.getByText(/^Strength: /).textContent).toMatch(/Hard to guess|Strong/));
    await paste(form.getByLabelText('Passphrase again'), 'green mangoes in the dry season');
    await userEvent.click(form.getByRole('button', { name: 'Add the account' }));

    // Focus goes to what says so, not lost when the emptied form's button was pressed.
    const said = await screen.findByText('Sok Pisey was added as Officer.');
    await waitFor(() => expect(document.activeElement).toBe(said));
    expect(sent('accounts:add')).toEqual([
      { displayName: 'Sok Pisey', teams: ['OVA'], role: 'officer', passphrase: 'green mangoes in the dry season' },
    ]);
    expect(await screen.findByRole('row', { name: /^Sok Pisey / })).toBeTruthy();
    // The form is empty again for the next one.
    expect((form.getByLabelText('Name') as HTMLInputElement).value).toBe('');
    // The next attempt starts afresh: what the last one was told goes.
    await userEvent.click(form.getByRole('button', { name: 'Add the account' }));
    expect(await form.findByText('Choose at least one team')).toBeTruthy();
    expect(screen.queryByText('Sok Pisey was added as Officer.')).toBeNull();
  });

  it('says which account already has the name when main refuses it, and keeps what was typed', async () => {
    serve({
      'accounts:add': () => {
        throw new AppFailure('conflict', 'Another account on this PC is already called Keo Dara.', {
          reason: 'name-taken',
          name: 'Keo Dara',
        });
      },
    });
    renderSignedIn(<AccountsPage />);
    const form = within(await screen.findByRole('form', { name: 'Add an account' }));
    await userEvent.type(form.getByLabelText('Name'), 'keo dara');
    await userEvent.click(form.getByRole('checkbox', { name: /^OVA:/ }));
    await paste(form.getByLabelText('First passphrase'), 'green mangoes in the dry season');
    await paste(form.getByLabelText('Passphrase again'), 'green mangoes in the dry season');
    await userEvent.click(form.getByRole('button', { name: 'Add the account' }));

    expect(
      await screen.findByText(
        'Another account on this PC is already called Keo Dara. Give each officer a name that sets them apart at sign-in, for example with their rank or family name.',
      ),
    ).toBeTruthy();
    expect((form.getByLabelText('Name') as HTMLInputElement).value).toBe('keo dara');
    // Put right but refused by the form this time (no team): the refusal of the name is no longer shown.
    await userEvent.clear(form.getByLabelText('Name'));
    await userEvent.type(form.getByLabelText('Name'), 'Keo Dara (HIT)');
    await userEvent.click(form.getByRole('checkbox', { name: /^OVA:/ }));
    await userEvent.click(form.getByRole('button', { name: 'Add the account' }));
    expect(await form.findByText('Choose at least one team')).toBeTruthy();
    expect(screen.queryByText(/is already called Keo Dara/)).toBeNull();
  });

  it('says why the only administrator cannot become an officer, and what to do, with focus on it', async () => {
    serve({
      'accounts:update': () => {
        throw new AppFailure('conflict', 'This is the last administrator who can sign in.', {
          reason: 'last-administrator',
        });
      },
    });
    renderSignedIn(<AccountsPage />);
    await userEvent.click(
      within(await screen.findByRole('row', { name: /^Keo Dara / })).getByRole('button', { name: 'Edit Keo Dara' }),
    );
    const dialog = within(screen.getByRole('dialog', { name: 'Edit Keo Dara' }));
    await userEvent.selectOptions(dialog.getByLabelText('Role'), 'officer');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    const alert = await dialog.findByRole('alert');
    expect(alert.textContent).toContain(
      'Make another account an administrator first (Edit, Role), then change this one.',
    );
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('disables an account only after the administrator confirms', async () => {
    renderSignedIn(<AccountsPage />);
    await screen.findByRole('table', { name: 'Accounts' });
    await userEvent.click(within(row('Keo Dara')).getByRole('button', { name: 'Disable Keo Dara' }));
    const dialog = screen.getByRole('dialog', { name: 'Disable Keo Dara?' });
    expect(dialog.textContent).toContain('Keo Dara will no longer be able to sign in on this PC.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent('accounts:disable')).toEqual([]);
    expect(within(row('Keo Dara')).getByRole('cell', { name: 'Can sign in' })).toBeTruthy();

    await userEvent.click(within(row('Keo Dara')).getByRole('button', { name: 'Disable Keo Dara' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Disable Keo Dara?' })).getByRole('button', { name: 'Disable' }),
    );
    const said = await screen.findByText('Keo Dara is disabled and can no longer sign in.');
    // Disable has become Enable: focus goes to what was done, not to the page.
    await waitFor(() => expect(document.activeElement).toBe(said));
    expect(sent('accounts:disable')).toEqual([{ id: accounts[1]?.id }]);
    await waitFor(() => expect(within(row('Keo Dara')).getByRole('cell', { name: 'Disabled' })).toBeTruthy());
    expect(within(row('Keo Dara')).getByRole('button', { name: 'Enable Keo Dara' })).toBeTruthy();
  });

  it('edits name, teams and role from the keyboard alone; Cancel leaves without a change', async () => {
    serve({
      'accounts:update': ({ id, ...change }) => {
        accounts = accounts.map((a) => (a.id === id ? { ...a, ...change } : a));
        const found = accounts.find((a) => a.id === id);
        if (!found) throw new AppFailure('not-found', 'no such account');
        return found;
      },
    });
    renderSignedIn(<AccountsPage />);
    const edit = within(await screen.findByRole('row', { name: /^Keo Dara / })).getByRole('button', {
      name: 'Edit Keo Dara',
    });
    edit.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Edit Keo Dara' });
    within(dialog).getByRole('button', { name: 'Cancel' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(dialog.isConnected).toBe(false);
    expect(document.activeElement).toBe(edit);
    expect(sent('accounts:update')).toEqual([]);

    await userEvent.keyboard('{Enter}');
    const again = within(screen.getByRole('dialog', { name: 'Edit Keo Dara' }));
    const name = again.getByLabelText('Name');
    name.focus();
    await userEvent.keyboard('{Control>}a{/Control}Keo Dara Sok');
    await userEvent.tab(); // the teams: OVA is ticked, FST too
    await userEvent.tab();
    await userEvent.keyboard(' '); // HIT ticked
    await userEvent.tab();
    await userEvent.keyboard(' '); // FST unticked
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(again.getByLabelText('Role'));
    // A native list: the arrow keys choose in a browser (jsdom does not model them).
    await userEvent.selectOptions(again.getByLabelText('Role'), 'Coordinator');
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(again.getByRole('button', { name: 'Save' }));
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('The changes to Keo Dara Sok were saved.')).toBeTruthy();
    expect(sent('accounts:update')).toEqual([
      { id: accounts[1]?.id, displayName: 'Keo Dara Sok', teams: ['OVA', 'HIT'], role: 'coordinator' },
    ]);
    expect(await screen.findByRole('row', { name: /^Keo Dara Sok OVA, HIT Coordinator/ })).toBeTruthy();
  });

  it('says why main refused a change to the accounts', async () => {
    serve({
      'accounts:disable': () => {
        throw new AppFailure('conflict', 'This is the last administrator who can sign in.');
      },
    });
    renderSignedIn(<AccountsPage />);
    await screen.findByRole('table', { name: 'Accounts' });
    await userEvent.click(within(row('Keo Dara')).getByRole('button', { name: 'Disable Keo Dara' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Disable Keo Dara?' })).getByRole('button', { name: 'Disable' }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'one administrator must always be able to sign in',
    );
  });

  it('issues a new recovery key after a warning and shows it once', async () => {
    serve({
      'accounts:reissueRecoveryKey': () => ({ recoveryKey: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH' }),
      'settings:get': () => ({ ...DEFAULT_SETTINGS, pcName: 'OVA office 2' }),
      'session:recoveryKeyKept': () => statusOf(ADMIN),
    });
    const { session } = renderSignedIn(<AccountsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Issue a new recovery key' }));
    const dialog = screen.getByRole('dialog', { name: 'Issue a new recovery key?' });
    expect(dialog.textContent).toContain('The current recovery key stops working at once');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Issue a new recovery key' }));
    expect((await screen.findByRole('status', { name: 'Recovery key' })).textContent).toBe(
      'ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH',
    );
    // The sheet to print names the PC it opens.
    expect(await screen.findByText(/^PC: OVA office 2 · Issued /)).toBeTruthy();
    await userEvent.click(screen.getByLabelText(/I have printed or written down/));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('table', { name: 'Accounts' })).toBeTruthy();
    expect(screen.queryByText('ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFGH')).toBeNull();
    // Main notes that it is kept, and the session follows (no reminder to issue another).
    // Shown and not yet kept, the key was one never confirmed (a reminder if the sheet were left).
    expect(session.setStatus).toHaveBeenCalledWith({ ...statusOf(ADMIN), recoveryKeyUnconfirmed: expect.any(String) });
    expect(sent('session:recoveryKeyKept')).toEqual([{}]);
    expect(session.setStatus).toHaveBeenLastCalledWith(statusOf(ADMIN));
  });

  it('changes the data key after a warning, then shows the new recovery key once', async () => {
    serve({
      'accounts:rotateKey': () => ({ recoveryKey: 'KLMNP-QRSTV-WXYZ0-12345-6789A-BCDEF-GHJKL-MNPQR' }),
      'settings:get': () => ({ ...DEFAULT_SETTINGS, pcName: 'OVA office 2' }),
    });
    renderSignedIn(<AccountsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Change the data key' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the data key?' });
    expect(dialog.textContent).toContain('Every officer keeps their passphrase.');
    expect(dialog.textContent).toContain('The current recovery key stops working');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent('accounts:rotateKey')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Change the data key' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Change the data key' }));
    expect((await screen.findByRole('status', { name: 'Recovery key' })).textContent).toBe(
      'KLMNP-QRSTV-WXYZ0-12345-6789A-BCDEF-GHJKL-MNPQR',
    );
    expect(sent('accounts:rotateKey')).toEqual([{}]);
  });
});
