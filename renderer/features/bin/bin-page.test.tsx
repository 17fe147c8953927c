import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/result';
import { recordOf, summaryOf } from '../../../shared/testing/records';
import { RouterProvider } from '../../lib/router';
import { I18nProvider } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { stubModalDialogs } from '../../test/modal-dialogs';
import { listLike, makeRow } from '../../test/rows';
import { renderSignedIn, signedIn } from '../../test/session';
import { BinPage } from './bin-page';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const year = new Date().getFullYear();
const binned = makeRow(7, { team: 'OVA', revision: 3, deletedAt: '2025-04-01T09:30:00.000Z' });

beforeAll(stubModalDialogs);

beforeEach(() => {
  // One summary in the bin beside one still listed, which the bin must not show.
  let onFile = [binned, makeRow(8, { team: 'HIT' })];
  serve({
    'cases:years': () => [],
    'cases:list': listLike(() => onFile),
    'cases:restore': () => {
      onFile = onFile.map((row) => (row === binned ? makeRow(7, { team: 'OVA', revision: 4 }) : row));
      return recordOf(summaryOf('OVA'), { id: binned.id, caseCode: binned.caseCode, revision: 4 });
    },
  });
});

function renderPage(initialYear?: number) {
  render(
    <I18nProvider language="en">
      <RouterProvider>
        <BinPage initialYear={initialYear} />
      </RouterProvider>
    </I18nProvider>,
  );
}

describe('BinPage', () => {
  it('opens on the year the cases list was on', async () => {
    renderPage(2024);
    await screen.findByRole('table', { name: 'Bin' });
    expect(sent('cases:list')).toContainEqual(expect.objectContaining({ year: 2024, bin: true }));
    expect(sent('cases:list')).not.toContainEqual(expect.objectContaining({ year }));
  });

  it('lists the year’s bin and restores only after the officer confirms', async () => {
    renderPage();
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Bin' });
    expect(sent('cases:list')).toContainEqual(expect.objectContaining({ year, bin: true, offset: 0, limit: 200 }));
    expect(within(table).getByText('OVA-2025-0007')).toBeTruthy();
    expect(within(table).queryByText('HIT-2025-0008')).toBeNull();

    await user.click(within(table).getByRole('button', { name: 'Restore' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore OVA-2025-0007?' });
    const confirm = within(dialog).getByRole('button', { name: 'Restore' });
    expect(document.activeElement).toBe(confirm);
    expect(sent('cases:restore')).toEqual([]);

    await user.click(confirm);
    await waitFor(() => expect(sent('cases:restore')).toContainEqual({ id: binned.id, expectedRevision: 3 }));
    expect(await screen.findByText('Summary OVA-2025-0007 restored.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Summary OVA-2025-0007 restored.');
    expect(await screen.findByText('The bin is empty for this year.')).toBeTruthy();
    expect(sent('cases:list')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('restores nothing when the officer cancels or presses Escape', async () => {
    renderPage();
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Bin' });
    const restore = within(table).getByRole('button', { name: 'Restore' });

    await user.click(restore);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(restore);

    await user.click(restore);
    // jsdom does not turn Escape into the dialog's cancel event; a browser does.
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent('cases:restore')).toEqual([]);
    expect(screen.getByText('OVA-2025-0007')).toBeTruthy();
  });

  it('shows why a restore failed', async () => {
    serve({
      'cases:restore': () => {
        throw new AppFailure('conflict', 'revision 4 on file');
      },
    });
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Someone saved this summary after you opened it.');
  });

  it('offers Restore only on its own teams’ summaries: a coordinator of HIT sees who restores an OVA one', async () => {
    renderSignedIn(
      <RouterProvider>
        <BinPage />
      </RouterProvider>,
      signedIn('coordinator', ['HIT']),
    );
    const table = await screen.findByRole('table', { name: 'Bin' });
    expect(within(table).getByText('OVA-2025-0007')).toBeTruthy();
    expect(within(table).queryByRole('button', { name: 'Restore' })).toBeNull();
    expect(within(table).getByText('Restored by OVA officers')).toBeTruthy();
  });
});
