import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import { I18nProvider } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { ExportPanel } from './export-panel';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const year = new Date().getFullYear() - 1;
const JOB = '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';
let finished = false;

beforeEach(() => {
  serve({
    'cases:years': () => [year],
    'settings:get': () => ({ ...DEFAULT_SETTINGS, suppressBelow: 7 }),
    'settings:update': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    'exports:create': ({ format }) => ({ fileName: `cpu-${format}.json`, mediaType: 'application/json', base64: '' }),
    'exports:yearFile': () => ({ job: JOB, fileName: 'cpu-data-2025-protected.cpudata' }),
    // Main reports how far the export has come: half way until the test lets it finish.
    'jobs:progress': () =>
      finished
        ? { job: JOB, kind: 'export', state: 'done', done: 10, total: 10 }
        : { job: JOB, kind: 'export', state: 'running', done: 5, total: 10 },
  });
  finished = false;
  // The download itself is the browser's: only the request to main is tested here.
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
});

function renderPanel() {
  render(
    <I18nProvider language="en">
      <ExportPanel />
    </I18nProvider>,
  );
}

describe('ExportPanel: safe by default', () => {
  it('protects the yearly data file unless the officer deliberately chooses plain, and then warns who can read it', async () => {
    renderPanel();
    const user = userEvent.setup();
    const protect = screen.getByLabelText('Protect the file with a passphrase (for carrying on a USB stick)');
    expect((protect as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('note')).toBeNull();

    // Protected: no passphrase, no export.
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(sent('exports:yearFile')).toEqual([]);
    await user.type(screen.getByLabelText('Passphrase (at least 10 characters)'), 'river lanterns at dusk');
    await user.type(screen.getByLabelText('Passphrase again'), 'river lanterns at dusk');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    // Main writes the file (v2) and the page shows how far it has come.
    expect(await screen.findByRole('progressbar', { name: 'Writing the data file' })).toBeTruthy();
    expect(screen.getByText('5 of 10 summaries')).toBeTruthy();
    // A second press while the file is being written starts no second export.
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await user.click(button);
    expect(sent('exports:yearFile')).toHaveLength(1);
    finished = true;
    expect(await screen.findByText(/^Exported cpu-data-2025-protected\.cpudata/)).toBeTruthy();
    expect(sent('exports:yearFile')).toEqual([{ year, passphrase: 'river lanterns at dusk' }]);
    expect(sent('exports:create')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Export' }).getAttribute('aria-disabled')).toBeNull();

    await user.click(protect);
    expect(screen.getByRole('note').textContent).toContain('A plain file can be read by anyone who gets a copy');
  });

  it('warns what a case-level file holds, and protects it unless the officer chooses plain', async () => {
    renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /^Summaries as CSV/ }));
    expect(screen.getByRole('note').textContent).toContain('This file holds every summary of');
    expect(screen.getByRole('note').textContent).toContain('7-Zip opens with the passphrase');
    await user.type(screen.getByLabelText('Passphrase (at least 10 characters)'), 'river lanterns at dusk');
    await user.type(screen.getByLabelText('Passphrase again'), 'river lanterns at dusk');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/^Exported cpu-cases-csv/)).toBeTruthy();
    expect(sent('exports:create')).toEqual([{ year, format: 'cases-csv', passphrase: 'river lanterns at dusk' }]);

    // Plain only when chosen: then nothing is sent but the year and the format.
    await user.click(screen.getByLabelText('Protect the file with a passphrase (for carrying on a USB stick)'));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(sent('exports:create')).toHaveLength(2));
    expect(sent('exports:create')[1]).toEqual({ year, format: 'cases-csv' });

    await user.click(screen.getByRole('radio', { name: /^Totals only, CSV/ }));
    expect(screen.queryByRole('note')).toBeNull();

    // Plain was chosen for the CSV alone: the yearly data file starts protected again.
    await user.click(screen.getByRole('radio', { name: /^Yearly data file/ }));
    const protect = screen.getByLabelText('Protect the file with a passphrase (for carrying on a USB stick)');
    expect((protect as HTMLInputElement).checked).toBe(true);
  });

  it('a threshold out of range is refused in words, with focus on the field to put right', async () => {
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /^Totals only, CSV/ }));
    const threshold = screen.getByLabelText('Hide counts below');
    await user.clear(threshold);
    await user.type(threshold, '1');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'For “Hide counts below”, enter a whole number from 2 to 100 (Khmer digits are fine)',
    );
    expect(document.activeElement).toBe(threshold);
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(threshold.getAttribute('aria-describedby')).toBe(alert.id);
    expect(sent('exports:create')).toEqual([]);
  });

  it('starts from this PC’s threshold, the printed report’s too, and keeps the one used for the next publication', async () => {
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /^Totals only, CSV/ }));
    const threshold = screen.getByLabelText('Hide counts below');
    await waitFor(() => expect((threshold as HTMLInputElement).value).toBe('7'));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText(/^Exported cpu-totals-csv/)).toBeTruthy();
    expect(sent('exports:create')).toEqual([{ year, format: 'totals-csv', suppressBelow: 7 }]);
    // The same threshold: nothing to keep.
    expect(sent('settings:update')).toEqual([]);

    await user.clear(threshold);
    await user.type(threshold, '១០');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(sent('exports:create')).toHaveLength(2));
    expect(sent('exports:create')[1]).toEqual({ year, format: 'totals-csv', suppressBelow: 10 });
    expect(sent('settings:update')).toEqual([{ suppressBelow: 10 }]);
  });
});
