import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure, type AppError } from '../../../shared/ipc/result';
import type { BackupEntry, BackupList } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { I18nProvider } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { stubModalDialogs } from '../../test/modal-dialogs';
import { BackupsPanel } from './backups-panel';
import { SessionContext, type SessionControls } from '../../lib/session';
import { ADMIN, sessionOf } from '../../test/session';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const entry = (
  sequence: number,
  reason: BackupEntry['reason'],
  summaries: number | null,
  problem: string | null = null,
): BackupEntry => ({
  sequence,
  at: `2025-03-0${sequence}T08:15:00.000Z`,
  reason,
  summaries,
  problem,
});

const listed: BackupList = {
  problem: null,
  backups: [entry(3, 'lock', 12), entry(2, 'daily', 9, 'the backup failed its check (damaged)'), entry(1, 'quit', 7)],
};

beforeAll(stubModalDialogs);

beforeEach(() => {
  serve({
    'backups:list': () => listed,
    'backups:restore': () => ({
      sequence: 1,
      at: listed.backups[2]?.at ?? '',
      summaries: 7,
      keptAs: 'backups/replaced/cases-before-restore-000004.db',
      logCarried: 3,
    }),
  });
});

const dataRows = () =>
  within(screen.getByRole('table', { name: 'Backups of the case database' }))
    .getAllByRole('row')
    .slice(1);

/** The panel in English, once its list has come. */
async function openPanel() {
  render(
    <I18nProvider language="en">
      <BackupsPanel />
    </I18nProvider>,
  );
  await screen.findByText('The database in use opens normally.');
}

describe('the backups panel', () => {
  it('lists the database backups newest first with number, reason, summaries and check; a failed one cannot be restored', async () => {
    render(
      <I18nProvider language="en">
        <BackupsPanel />
      </I18nProvider>,
    );
    expect(await screen.findByText('The database in use opens normally.')).toBeTruthy();
    const rows = dataRows();
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['3', '2', '1']);
    expect(rows[0]?.textContent).toContain('The app locked');
    expect(rows[0]?.textContent).toContain('12');
    expect(rows[0]?.textContent).toContain('Passed');
    expect(rows[1]?.textContent).toContain('Daily copy');
    expect(rows[1]?.textContent).toContain('Cannot be restored: the backup failed its check (damaged)');
    expect(
      (within(rows[1] as HTMLElement).getByRole('button', { name: /^Restore backup 2 from / }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    expect(rows[2]?.textContent).toContain('The app quit');
  });

  it('says when the database in use does not open, and when there is no backup yet', async () => {
    serve({ 'backups:list': () => ({ problem: 'database disk image is malformed', backups: [] }) });
    render(
      <I18nProvider language="en">
        <BackupsPanel />
      </I18nProvider>,
    );
    expect(await screen.findByText('The database in use does not open: database disk image is malformed')).toBeTruthy();
    expect(screen.getByText(/^No backups yet\./)).toBeTruthy();
  });

  it('restores only after the officer confirms, says where the replaced database is kept, and lists again', async () => {
    await openPanel();
    await userEvent.click(screen.getByRole('button', { name: /^Restore backup 1 from / }));
    const dialog = screen.getByRole('dialog', { name: 'Restore backup 1?' });
    expect(dialog.textContent).toContain(
      'if it can still be read, it is backed up first (listed on this screen as “Before a restore”',
    );
    expect(dialog.textContent).toContain('always kept as it is in the folder backups/replaced');
    expect(dialog.textContent).toContain('the access log keeps every entry written since');
    // The safe choice has focus: Enter pressed by habit restores nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent('backups:restore')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: /^Restore backup 1 from / }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore' }));
    expect(sent('backups:restore')).toContainEqual({ sequence: 1 });
    const status = await screen.findByText(/^Restored backup 1 from .* \(7 summaries\)\./);
    expect(status.textContent).toContain('kept as backups/replaced/cases-before-restore-000004.db');
    expect(status.textContent).toContain('The access log keeps the 3 entries written since the backup.');
    // Focus is on what happened (the Restore button pressed was disabled while it ran), not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(status.closest('[tabindex="-1"]')));
    await waitFor(() => expect(sent('backups:list')).toHaveLength(2));
  });

  it('offers to undo a restore by restoring the backup taken of the database it replaced, after a confirmation', async () => {
    let restores = 0;
    serve({
      'backups:list': () => ({
        ...listed,
        backups: [
          ...(restores > 1 ? [entry(5, 'before-restore', 7)] : []),
          ...(restores > 0 ? [entry(4, 'before-restore', 12)] : []),
          ...listed.backups,
        ],
      }),
      'backups:restore': ({ sequence }) => {
        restores += 1;
        const backup = sequence === 4 ? entry(4, 'before-restore', 12) : entry(1, 'quit', 7);
        return {
          sequence,
          at: backup.at,
          summaries: backup.summaries ?? 0,
          keptAs: `backups/replaced/cases-before-restore-00000${4 + restores}.db`,
          undoWith: 3 + restores,
          logCarried: 0,
        };
      },
    });
    await openPanel();
    await userEvent.click(screen.getByRole('button', { name: /^Restore backup 1 from / }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore' }));
    const status = await screen.findByText(/^Restored backup 1 from /);
    await waitFor(() =>
      expect(status.textContent).toContain(
        'Backup 4 (“Before a restore”) holds the database that was in use: restore it to undo this restore.',
      ),
    );
    expect(dataRows()[0]?.textContent).toContain('Before a restore');

    await userEvent.click(screen.getByRole('button', { name: 'Undo this restore: restore backup 4' }));
    const dialog = screen.getByRole('dialog', { name: 'Restore backup 4?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(sent('backups:restore')).toEqual([{ sequence: 1 }, { sequence: 4 }]);
    expect(await screen.findByText(/^Restored backup 4 from .* \(12 summaries\)\./)).toBeTruthy();
    // Undoing the undo is a restore like any other: it can be undone in turn.
    expect(await screen.findByRole('button', { name: 'Undo this restore: restore backup 5' })).toBeTruthy();
  });

  it('shows a refused restore as an error, in Khmer too', async () => {
    serve({
      'backups:restore': () => {
        throw new AppFailure('backup-unusable', 'no');
      },
    });
    render(
      <I18nProvider language="km">
        <BackupsPanel />
      </I18nProvider>,
    );
    await screen.findByText('មូលដ្ឋានទិន្នន័យដែលកំពុងប្រើបើកបានធម្មតា។');
    await userEvent.click(screen.getByRole('button', { name: /^ស្ដារឡើងវិញ ច្បាប់បម្រុងទុកលេខ 3 ពី / }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'ស្ដារឡើងវិញ' }));
    expect((await screen.findByRole('alert')).textContent).toContain('មិនអាចបើកច្បាប់បម្រុងទុកនេះ');
  });
});

describe('the restore offer beside a database error', () => {
  const damaged: AppError = {
    code: 'row-unreadable',
    message: 'The stored HIT-2025-KQMB-0001 failed its integrity check.',
    params: { caseCode: 'HIT-2025-KQMB-0001', backupSequence: '5', backupAt: '2025-03-05T08:15:00.000Z' },
  };

  it('names the backup by number and date, and restores it after confirmation', async () => {
    const refresh = vi.fn();
    const session: SessionControls = { ...sessionOf(ADMIN), refresh };
    render(
      <I18nProvider language="en">
        <SessionContext.Provider value={session}>
          <ErrorBanner error={damaged} />
        </SessionContext.Provider>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'A stored record (HIT-2025-KQMB-0001) failed its integrity check',
    );
    await userEvent.click(screen.getByRole('button', { name: /^Restore backup 5, from / }));
    expect(sent('backups:restore')).toEqual([]);
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Restore backup 5?' })).getByRole('button', { name: 'Restore' }),
    );
    expect(sent('backups:restore')).toContainEqual({ sequence: 5 });
    await waitFor(() => expect(refresh).toHaveBeenCalled());
  });

  it('is not offered for other errors or without a good backup', () => {
    render(
      <I18nProvider language="en">
        <ErrorBanner
          error={{ code: 'store-unreadable', message: 'x', params: { file: 'cases.db', reason: 'damaged' } }}
        />
        <ErrorBanner
          error={{
            code: 'disk-full',
            message: 'x',
            params: { backupSequence: '2', backupAt: '2025-03-05T08:15:00.000Z' },
          }}
        />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
