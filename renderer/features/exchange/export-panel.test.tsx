import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { ExportPanel } from './export-panel';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const year = new Date().getFullYear() - 1;

beforeEach(() => {
  serve({
    'cases:years': () => [year],
    'exports:create': ({ format }) => ({ fileName: `cpu-${format}.json`, mediaType: 'application/json', base64: '' }),
  });
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
    expect(sent('exports:create')).toEqual([]);
    await user.type(screen.getByLabelText('Passphrase (at least 10 characters)'), 'river lanterns at dusk');
    await user.type(screen.getByLabelText('Passphrase again'), 'river lanterns at dusk');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() =>
      expect(sent('exports:create')).toEqual([{ year, format: 'year-json', passphrase: 'river lanterns at dusk' }]),
    );

    await user.click(protect);
    expect(screen.getByRole('note').textContent).toContain('A plain file can be read by anyone who gets a copy');
  });

  it('warns what a case-level file holds before it is exported', async () => {
    renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /^Summaries as CSV/ }));
    expect(screen.getByRole('note').textContent).toContain('This file is not protected: it holds every summary of');
    await user.click(screen.getByRole('radio', { name: /^Totals only, CSV/ }));
    expect(screen.queryByRole('note')).toBeNull();
  });
});
