import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../shared/schemas/draft';
import { recordOf, summaryOf } from '../../../shared/testing/records';
import { RouterProvider } from '../../lib/router';
import { sent, serve } from '../../test/fake-api';
import { stubModalDialogs } from '../../test/modal-dialogs';
import { renderSignedIn, signedIn } from '../../test/session';
import { CasePage } from './case-page';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

beforeAll(stubModalDialogs);

const record = recordOf(summaryOf('OVA'));
const draft: Draft = {
  key: `edit:${record.id}`,
  savedAt: '2025-05-02T03:00:00.000Z',
  values: { district: 'Half typed' },
};

function renderPage(closed?: { by: string; at: string }, user = signedIn('administrator')) {
  let kept: Draft | null = draft;
  serve({
    'years:get': ({ year }) => ({ year, spending: {}, log: [], ...(closed ? { closed } : {}) }),
    'cases:get': () => record,
    'drafts:get': () => kept,
    'drafts:save': ({ key, values }) => (kept = { key, values, savedAt: draft.savedAt }),
    'drafts:discard': () => {
      kept = null;
      return null;
    },
  });
  renderSignedIn(
    <RouterProvider initial={{ name: 'edit', id: record.id }}>
      <CasePage id={record.id} />
    </RouterProvider>,
    user,
  );
}

describe('CasePage: destroying asks first, with the safe choice focused', () => {
  it('discarding a draft asks; Keep (focused) or Escape keeps it, Discard removes it', async () => {
    renderPage();
    const user = userEvent.setup();
    const discard = await screen.findByRole('button', { name: 'Discard draft' });
    await user.click(discard);
    const dialog = screen.getByRole('dialog', { name: 'Discard the draft?' });
    const keep = within(dialog).getByRole('button', { name: 'Keep the draft' });
    expect(document.activeElement).toBe(keep);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent('drafts:discard')).toEqual([]);
    // Focus is back on the button that asked, not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Discard draft' })));

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Discard draft' }));
    await waitFor(() => expect(sent('drafts:discard')).toEqual([{ key: draft.key }]));
    // The page asks main again (draft and summary) and draws the form afresh: slow on a busy machine.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Discard draft' })).toBeNull());
    // The button used is gone: focus is on the page's title, not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: /^Summary OVA-/ })));
  });

  it('a change typed just before discarding is not written back after the discard', async () => {
    renderPage();
    let kept: Draft | null = draft;
    serve({
      'drafts:get': () => kept,
      'drafts:save': ({ key, values }) => (kept = { key, values, savedAt: draft.savedAt }),
      // Main answers the discard slowly (a busy PC): the change's autosave falls due meanwhile.
      'drafts:discard': async () => {
        kept = null;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        return null;
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^District/), ' more');
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Discard draft' }));
    // The page reads the draft again once the discard is answered, and draws the form afresh.
    await waitFor(() => expect(sent('drafts:get')).toHaveLength(2));
    expect(await screen.findByLabelText(/^District/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Discard draft' })).toBeNull();
    expect(screen.queryByText('Draft kept')).toBeNull();
    expect(kept).toBeNull();
  });

  it('moving a summary to the bin focuses Cancel, so Enter moves nothing', async () => {
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Move to bin' }));
    const dialog = screen.getByRole('dialog');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent('cases:delete')).toEqual([]);
  });

  it('a summary of a closed year opens read-only, saying who closed the year', async () => {
    // Noon on 10 January where the test runs: the screen gives the PC's own date, in any time zone.
    renderPage({ by: 'Lim Bopha', at: new Date(2026, 0, 10, 12).toISOString() });
    const year = record.summary.dateReported.slice(0, 4);
    expect(
      await screen.findByText(new RegExp(`^This summary belongs to ${year}, which Lim Bopha closed on 10/01/2026`)),
    ).toBeTruthy();
    // Inside the disabled fieldset: the browser neither focuses nor edits it.
    expect(screen.getByLabelText(/^District/).matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move to bin' })).toBeNull();
  });
});

describe('CasePage: another team’s summary', () => {
  it('opens read-only for an officer of another team, saying who changes it, with nothing to save or bin', async () => {
    renderPage(undefined, signedIn('officer', ['HIT']));
    expect(
      await screen.findByText('You can read and print this OVA summary; only officers of OVA can change it.'),
    ).toBeTruthy();
    // It shows the summary as saved, not a draft kept from before (nothing here can be saved).
    expect((screen.getByLabelText(/^District/) as HTMLInputElement).value).toBe(record.summary.district);
    expect(screen.getByLabelText(/^District/).matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Discard draft' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move to bin' })).toBeNull();
  });

  it('stays editable for an officer of its own team', async () => {
    renderPage(undefined, signedIn('officer', ['OVA']));
    expect(await screen.findByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.getByLabelText(/^District/).matches(':disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'Move to bin' })).toBeTruthy();
  });
});

describe('CasePage: Undo and the confirmation', () => {
  it('moving a summary to the bin offers Undo, which takes it out of the bin again', async () => {
    renderPage();
    let current = record;
    serve({
      'cases:get': () => current,
      'cases:delete': () => (current = { ...record, revision: 2, deletedAt: '2025-05-02T04:00:00.000Z' }),
      'cases:restore': () => (current = { ...record, revision: 3 }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Move to bin' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Move to bin' }));
    const undo = await screen.findByRole('button', { name: `Undo: take ${record.caseCode} out of the bin` });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(await screen.findByText(/^This summary is in the bin/)).toBeTruthy();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(sent('cases:restore')).toEqual([{ id: record.id, expectedRevision: 2 }]));
    expect(await screen.findByRole('button', { name: 'Move to bin' })).toBeTruthy();
    expect(screen.queryByText(/^This summary is in the bin/)).toBeNull();
    // The Undo button has gone: focus is on what says the summary is back, not lost to the page.
    const back = screen.getByText(`Summary ${record.caseCode} is back from the bin.`);
    await waitFor(() => expect(document.activeElement).toBe(back));
  });

  it('after a save, focus is on the confirmation with the code it was given', async () => {
    serve({ 'years:get': ({ year }) => ({ year, spending: {}, log: [] }) });
    renderSignedIn(
      <RouterProvider initial={{ name: 'edit', id: record.id }}>
        <CasePage id={record.id} saved={record} />
      </RouterProvider>,
    );
    const status = await screen.findByText(`Saved as ${record.caseCode}.`);
    await waitFor(() => expect(document.activeElement).toBe(status));
  });

  it('a later save that is refused takes the confirmation away, so it never stands beside the problem', async () => {
    serve({ 'years:get': ({ year }) => ({ year, spending: {}, log: [] }) });
    renderSignedIn(
      <RouterProvider initial={{ name: 'edit', id: record.id }}>
        <CasePage id={record.id} saved={record} />
      </RouterProvider>,
    );
    await screen.findByText(`Saved as ${record.caseCode}.`);
    const user = userEvent.setup();
    const date = screen.getByLabelText(/^Date reported/);
    await user.clear(date);
    await user.type(date, '32/01/2025');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'There is a problem' })).toBeTruthy();
    expect(screen.queryByText(`Saved as ${record.caseCode}.`)).toBeNull();
  });
});
