import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouterProvider } from '../../lib/router';
import { I18nProvider } from '../../lib/i18n';
import { stubModalDialogs } from '../../test/modal-dialogs';
import { listLike, makeRow } from '../../test/rows';
import { BinPage } from './bin-page';

const fake = vi.hoisted(() => ({ years: vi.fn(), list: vi.fn(), restore: vi.fn() }));
vi.mock('../../lib/api', () => ({ api: { cases: { years: fake.years, list: fake.list, restore: fake.restore } } }));

const year = new Date().getFullYear();
const binned = makeRow(7, { team: 'OVA', revision: 3, deletedAt: '2025-04-01T09:30:00.000Z' });

beforeAll(stubModalDialogs);

beforeEach(() => {
  // One summary in the bin beside one still listed, which the bin must not show.
  let onFile = [binned, makeRow(8, { team: 'HIT' })];
  fake.years.mockReset().mockResolvedValue({ ok: true, value: [] });
  fake.list.mockReset().mockImplementation(listLike(() => onFile));
  fake.restore.mockReset().mockImplementation(async () => {
    onFile = onFile.map((row) => (row === binned ? makeRow(7, { team: 'OVA', revision: 4 }) : row));
    return { ok: true, value: {} };
  });
});

function renderPage() {
  render(
    <I18nProvider language="en">
      <RouterProvider>
        <BinPage />
      </RouterProvider>
    </I18nProvider>,
  );
}

describe('BinPage', () => {
  it('lists the year’s bin and restores only after the officer confirms', async () => {
    renderPage();
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Bin' });
    expect(fake.list).toHaveBeenCalledWith(expect.objectContaining({ year, bin: true, offset: 0, limit: 200 }));
    expect(within(table).getByText('OVA-2025-0007')).toBeTruthy();
    expect(within(table).queryByText('HIT-2025-0008')).toBeNull();

    await user.click(within(table).getByRole('button', { name: 'Restore' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore OVA-2025-0007?' });
    const confirm = within(dialog).getByRole('button', { name: 'Restore' });
    expect(document.activeElement).toBe(confirm);
    expect(fake.restore).not.toHaveBeenCalled();

    await user.click(confirm);
    await waitFor(() => expect(fake.restore).toHaveBeenCalledWith({ id: binned.id, expectedRevision: 3 }));
    expect(await screen.findByText('Summary OVA-2025-0007 restored.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Summary OVA-2025-0007 restored.');
    expect(await screen.findByText('The bin is empty for this year.')).toBeTruthy();
    expect(fake.list).toHaveBeenCalledTimes(2);
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
    expect(fake.restore).not.toHaveBeenCalled();
    expect(screen.getByText('OVA-2025-0007')).toBeTruthy();
  });

  it('shows why a restore failed', async () => {
    fake.restore.mockResolvedValue({ ok: false, error: { code: 'conflict', message: 'revision 4 on file' } });
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Someone saved this summary after you opened it.');
  });
});
