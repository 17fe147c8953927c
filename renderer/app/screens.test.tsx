import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { Role } from '../../shared/schemas/accounts';
import type { SessionStatus } from '../../shared/schemas/session';
import { DEFAULT_SETTINGS } from '../../shared/schemas/settings';
import { originOf, RouterProvider, type Route } from '../lib/router';
import { sent, serve } from '../test/fake-api';
import { renderSignedIn, signedIn } from '../test/session';
import { Screens } from './screens';

vi.mock('../lib/api', () => import('../test/fake-api'));

const CASE_ID = '00000000-0000-4000-8000-000000000077';

function renderAs(
  role: Role,
  initial: Route = { name: 'security' },
  teams: ('OVA' | 'HIT')[] = ['OVA'],
  status: Partial<SessionStatus> = {},
) {
  serve({ 'backups:list': () => ({ problem: null, backups: [] }), 'settings:get': () => DEFAULT_SETTINGS });
  return renderSignedIn(
    <RouterProvider initial={initial}>
      <Screens settings={DEFAULT_SETTINGS} onSettings={() => undefined} />
    </RouterProvider>,
    signedIn(role, teams, `Test ${role}`),
    'en',
    status,
  );
}

const navNames = () =>
  within(screen.getByRole('navigation'))
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label') ?? b.textContent);

describe('navigation by role', () => {
  it('an officer reaches their teams’ summaries and their passphrase only', () => {
    renderAs('officer');
    expect(navNames()).toEqual(['Case summaries', 'New OVA summary', 'Bin', 'My passphrase', 'Sign out']);
    expect(screen.queryByRole('region', { name: 'Automatic lock' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Bin' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Backups of the case database' })).toBeNull();
  });

  it('a coordinator also reaches totals, data files and the access log', () => {
    renderAs('coordinator', { name: 'security' }, ['OVA', 'HIT']);
    expect(navNames()).toEqual([
      'Case summaries',
      'New OVA summary',
      'New HIT summary',
      'Bin',
      'Totals',
      'Data files',
      'My passphrase',
      'Access log',
      'Sign out',
    ]);
  });

  it('an administrator reaches everything, with automatic lock and backups', async () => {
    renderAs('administrator');
    expect(navNames()).toEqual([
      'Case summaries',
      'New OVA summary',
      'Bin',
      'Totals',
      'Data files',
      'Security and backups',
      'Accounts',
      'Access log',
      'Sign out',
    ]);
    expect(screen.getByRole('region', { name: 'Automatic lock' })).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Backups of the case database' })).toBeTruthy();
  });

  it('an administrator sets how many days the bin keeps a summary; other roles are not offered it', async () => {
    renderAs('administrator');
    serve({ 'settings:update': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }) });
    const bin = await screen.findByRole('region', { name: 'Bin' });
    const days = within(bin).getByLabelText('Purge summaries from the bin after this many days');
    expect((days as HTMLInputElement).value).toBe('90');
    const user = userEvent.setup();
    await user.clear(days);
    await user.type(days, '0');
    await user.click(within(bin).getByRole('button', { name: 'Save' }));
    expect((await within(bin).findByRole('alert')).textContent).toBe('Enter a whole number of days from 1 to 3,650');
    expect(sent('settings:update')).toEqual([]);
    await user.clear(days);
    // Khmer digits, as an officer may type them.
    await user.type(days, '៣០');
    await user.click(within(bin).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent('settings:update')).toEqual([{ binRetentionDays: 30 }]));
    expect((await within(bin).findByRole('status')).textContent).toBe('Summaries now stay in the bin for 30 days.');
    // A newer value refused: the earlier "now stay … 30 days" goes, so the screen never says both.
    await user.clear(days);
    await user.type(days, '0');
    await user.click(within(bin).getByRole('button', { name: 'Save' }));
    await within(bin).findByRole('alert');
    expect(within(bin).queryByRole('status')).toBeNull();
  });

  it('shows who is signed in, with their role and teams', () => {
    renderAs('coordinator', { name: 'security' }, ['OVA', 'HIT']);
    const header = screen.getByRole('banner');
    expect(header.textContent).toContain('Signed in:Test coordinator');
    expect(header.textContent).toContain('Coordinator · OVA, HIT');
  });

  it('a screen the role cannot reach says so instead of asking main', () => {
    renderAs('officer', { name: 'totals' });
    expect(screen.getByRole('alert').textContent).toContain('Your account cannot open this screen');
  });

  it('a summary main refuses to an officer says why, in words', async () => {
    serve({
      'drafts:get': () => null,
      'cases:get': () => {
        throw new AppFailure('forbidden', 'outside', { reason: 'other-investigation', team: 'HIT' });
      },
    });
    renderAs('officer', { name: 'edit', id: CASE_ID });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This HIT summary belongs to another team’s investigation that your teams do not work on, so your account cannot open it.',
    );
  });
});

describe('moving between screens', () => {
  it('the first screen after sign-in, and each screen chosen from the menu, puts focus on its heading', async () => {
    renderAs('administrator');
    const first = await screen.findByRole('heading', { name: 'Security and backups' });
    // The first screen after sign-in has it too: the sign-in form it replaced took focus with it.
    await waitFor(() => expect(document.activeElement).toBe(first));
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Security and backups' }));
    const heading = () => screen.getByRole('heading', { name: 'Security and backups' });
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    expect(heading().getAttribute('tabindex')).toBe('-1');
  });

  it('a summary opened from the totals remembers them as the way back, through its investigation and saves', () => {
    const totals: Route = { name: 'totals', year: 2024 };
    const edit: Route = { name: 'edit', id: CASE_ID };
    const fromTotals = originOf(totals, undefined, edit);
    expect(fromTotals).toBe(totals);
    const investigation = originOf(edit, fromTotals, { name: 'investigation', investigationRef: 'CPU-2025-1' });
    expect(investigation).toBe(totals);
    expect(originOf({ name: 'investigation', investigationRef: 'CPU-2025-1' }, totals, edit)).toBe(totals);
    // Choosing another screen ends it.
    expect(originOf(edit, totals, { name: 'list' })).toBeUndefined();
    expect(originOf({ name: 'list' }, undefined, edit)).toEqual({ name: 'list' });
  });
});

describe('a recovery key never confirmed as kept', () => {
  // Issued at midday UTC: the same day on this PC in any time zone of the unit's.
  const ISSUED = '2026-11-30T12:00:00.000Z';
  const reminder = () =>
    screen.queryByRole('region', { name: 'The recovery key issued 30/11/2026 was never confirmed as kept' });

  it('administrators are told above the screen, and say it is kept or go to issue a new one', async () => {
    const { session } = renderAs('administrator', { name: 'security' }, ['OVA'], { recoveryKeyUnconfirmed: ISSUED });
    serve({ 'accounts:list': () => [] });
    // It names the key by the date its sheet was printed with, so the one in the safe can be checked.
    expect(reminder()?.textContent).toContain('its sheet says “Issued 30/11/2026”');
    const user = userEvent.setup();
    const kept = { ...session.status, recoveryKeyUnconfirmed: null };
    serve({ 'session:recoveryKeyKept': () => kept });
    await user.click(screen.getByRole('button', { name: 'It is printed or written down and kept safe' }));
    await waitFor(() => expect(session.setStatus).toHaveBeenCalledWith(kept));
    expect(sent('session:recoveryKeyKept')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Issue a new one on Accounts' }));
    expect(await screen.findByRole('button', { name: 'Issue a new recovery key' })).toBeTruthy();
    // Where the key is issued (and a new one's sheet shown), the reminder is not drawn over it.
    expect(reminder()).toBeNull();
  });

  it('is not shown to officers, who cannot issue one', () => {
    renderAs('officer', { name: 'security' }, ['OVA'], { recoveryKeyUnconfirmed: ISSUED });
    expect(reminder()).toBeNull();
  });

  it('is not shown once confirmed', () => {
    renderAs('administrator', { name: 'security' }, ['OVA'], { recoveryKeyUnconfirmed: null });
    expect(reminder()).toBeNull();
  });
});

describe('changing one’s own passphrase', () => {
  it('refuses the passphrase in use as the new one, in words beside it, and asks main nothing', async () => {
    renderAs('officer');
    const user = userEvent.setup();
    const same = 'the passphrase an administrator gave me';
    await user.type(screen.getByLabelText('Current passphrase'), same);
    await user.type(screen.getByLabelText('New passphrase', { exact: true }), same);
    await user.type(screen.getByLabelText('New passphrase again'), same);
    await user.click(screen.getByRole('button', { name: 'Change the passphrase' }));
    expect(await screen.findByText('Choose a new passphrase, not the one in use now')).toBeTruthy();
    expect(sent('session:changePassphrase')).toEqual([]);
  });

  it('says a space at an end of a new passphrase is part of it, read with the field', async () => {
    renderAs('officer');
    const user = userEvent.setup();
    const field = screen.getByLabelText('New passphrase', { exact: true });
    await user.type(field, 'four quiet lanterns at dusk ');
    const warning = screen.getByText(/^It starts or ends with a space\./);
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(warning.id);
    await user.type(field, '{Backspace}');
    expect(screen.queryByText(/^It starts or ends with a space\./)).toBeNull();
  });
});
