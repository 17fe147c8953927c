import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditCheck, AuditEntry, AuditPage } from '../../../shared/schemas/accounts';
import type { ExportFile } from '../../../shared/schemas/exchange';
import { sent, serve } from '../../test/fake-api';
import { ADMIN, renderSignedIn, signedIn } from '../../test/session';
import { AccessLogPage, LOG_PAGE } from './access-log-page';

vi.mock('../../lib/api', () => import('../../test/fake-api'));
vi.mock('../../lib/download', () => ({ downloadFile: vi.fn() }));

const COORDINATOR = signedIn('coordinator', ['HIT'], 'Lim Bopha');
const OFFICER_ID = '00000000-0000-4000-8000-000000000011';
const ZERO = '0'.repeat(64);

/** 250 entries, oldest first: sign-ins of the administrator and opened summaries of Keo Dara. */
const LOG: AuditEntry[] = Array.from({ length: 250 }, (_, i) => {
  const seq = i + 1;
  const officer = seq % 2 === 0;
  return {
    seq,
    at: new Date(Date.UTC(2025, 2, 1 + Math.floor(i / 10), 8, i % 60)).toISOString(),
    accountId: officer ? OFFICER_ID : ADMIN.id,
    actor: officer ? 'Keo Dara' : ADMIN.displayName,
    action: officer ? 'case-open' : 'sign-in',
    ...(officer ? { target: `OVA-2025-KQMB-${String(seq).padStart(4, '0')}` } : {}),
    previousHash: ZERO,
  };
});

const passed: AuditCheck = { checkedAt: '2025-04-01T09:00:00.000Z', entries: 250, firstBroken: null };
const broken: AuditCheck = {
  checkedAt: '2025-04-01T09:00:00.000Z',
  entries: 250,
  firstBroken: { seq: 118, at: '2025-03-12T08:57:00.000Z', action: 'case-open' },
};

let lastCheck: AuditCheck | null;

beforeEach(() => {
  lastCheck = passed;
  serve({
    'accounts:list': () => [],
    'audit:list': ({ filter, offset, limit }) => {
      const matching = LOG.filter(
        (e) =>
          (!filter.accountId || e.accountId === filter.accountId) &&
          (!filter.action || e.action === filter.action) &&
          (!filter.from || e.at.slice(0, 10) >= filter.from) &&
          (!filter.to || e.at.slice(0, 10) <= filter.to),
      ).reverse();
      return {
        total: matching.length,
        offset,
        entries: matching.slice(offset, offset + limit),
        check: lastCheck,
      } satisfies AuditPage;
    },
  });
});

const dataRows = () =>
  within(screen.getByRole('table', { name: 'Access log' }))
    .getAllByRole('row')
    .slice(1);

describe('the access log', () => {
  it('shows the newest entries first in words, a page at a time', async () => {
    renderSignedIn(<AccessLogPage />);
    expect(await screen.findByText('Entries 1–100 of 250')).toBeTruthy();
    const first = within(dataRows()[0] as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(first[0]).toBe('250');
    expect(first.slice(2, 5)).toEqual(['Keo Dara', 'Opened', 'OVA-2025-KQMB-0250']);
    expect(dataRows()).toHaveLength(LOG_PAGE);
    await userEvent.click(screen.getByRole('button', { name: 'Older entries' }));
    expect(await screen.findByText('Entries 101–200 of 250')).toBeTruthy();
    expect(sent('audit:list').at(-1)).toEqual({ filter: {}, offset: 100, limit: LOG_PAGE });
  });

  it('filters by officer, action and dates, from the first page each time', async () => {
    renderSignedIn(<AccessLogPage />, COORDINATOR);
    await screen.findByText('Entries 1–100 of 250');
    await userEvent.click(screen.getByRole('button', { name: 'Older entries' }));
    await screen.findByText('Entries 101–200 of 250');

    await userEvent.selectOptions(screen.getByLabelText('Action'), 'Signed in');
    expect(await screen.findByText('Entries 1–100 of 125')).toBeTruthy();
    expect(sent('audit:list').at(-1)).toEqual({ filter: { action: 'sign-in' }, offset: 0, limit: LOG_PAGE });
    for (const row of dataRows()) expect(within(row).getAllByRole('cell')[3]?.textContent).toBe('Signed in');

    // Days as the officer writes them elsewhere: day/month/year, Khmer digits too.
    await userEvent.type(screen.getByLabelText('From'), '20/03/2025');
    await userEvent.type(screen.getByLabelText('To'), '២១/០៣/២០២៥');
    await waitFor(() =>
      expect(sent('audit:list').at(-1)).toEqual({
        filter: { action: 'sign-in', from: '2025-03-20', to: '2025-03-21' },
        offset: 0,
        limit: LOG_PAGE,
      }),
    );
    expect(await screen.findByText('Entries 1–10 of 10')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(await screen.findByText('Entries 1–100 of 250')).toBeTruthy();
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('');

    // A day that cannot be read is said so, and the filter is left as it was.
    await userEvent.type(screen.getByLabelText('From'), '31/02/2025');
    await userEvent.tab();
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a real date as day/month/year, e.g. 14/03/2025');
    expect(sent('audit:list').at(-1)?.filter).toEqual({});
  });

  it('says when From is after To, and Clear empties a wrong day and its message too', async () => {
    renderSignedIn(<AccessLogPage />, COORDINATOR);
    await screen.findByText('Entries 1–100 of 250');
    await userEvent.type(screen.getByLabelText('From'), '21/03/2025');
    await userEvent.type(screen.getByLabelText('To'), '20/03/2025');
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“From” is after “To”: no entry can match. Swap the two days.',
    );

    // A wrong day typed over the filter's To: the list keeps the last good day, then Clear.
    await userEvent.clear(screen.getByLabelText('To'));
    await userEvent.type(screen.getByLabelText('To'), '31/02/2025');
    await userEvent.tab();
    await screen.findByText('Enter a real date as day/month/year, e.g. 14/03/2025');
    await userEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await screen.findByText('Entries 1–100 of 250');
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists who can be chosen by name and sends their account', async () => {
    serve({
      'accounts:list': () => [
        {
          id: OFFICER_ID,
          displayName: 'Keo Dara',
          teams: ['OVA'],
          role: 'officer',
          disabled: true,
          createdAt: '2025-01-01T00:00:00.000Z',
          createdBy: ADMIN.displayName,
        },
      ],
    });
    renderSignedIn(<AccessLogPage />);
    await screen.findByText('Entries 1–100 of 250');
    // A disabled account is still in the log: administrators can choose it.
    await userEvent.selectOptions(screen.getByLabelText('Officer'), 'Keo Dara');
    expect(await screen.findByText('Entries 1–100 of 125')).toBeTruthy();
    expect(sent('audit:list').at(-1)?.filter).toEqual({ accountId: OFFICER_ID });
  });

  it('checks the chain on demand and says what it found', async () => {
    serve({ 'audit:verify': () => broken });
    renderSignedIn(<AccessLogPage />, COORDINATOR);
    await screen.findByText('Entries 1–100 of 250');
    await userEvent.click(screen.getByRole('button', { name: 'Check the chain now' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The check found a break in the access log.');
    expect(alert.textContent).toMatch(/entry 118 \(12\/03\/2025.*, Opened\) does not follow from the entry before it/);

    serve({ 'audit:verify': () => passed });
    await userEvent.click(screen.getByRole('button', { name: 'Check the chain now' }));
    expect((await screen.findByText(/^Checked 250 entries at/)).textContent).toContain(
      'each follows from the one before it',
    );
  });

  it('shows administrators a banner when the last check found a break; coordinators are not alarmed by it', async () => {
    lastCheck = broken;
    const admin = renderSignedIn(<AccessLogPage />);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('The last check of the access log found a break.');
    expect(banner.textContent).toContain('entry 118');
    expect(banner.textContent).toContain('Opened');
    admin.unmount();

    renderSignedIn(<AccessLogPage />, COORDINATOR);
    await screen.findByText('Entries 1–100 of 250');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('exports what the filter shows', async () => {
    const file: ExportFile = { fileName: 'access-log.csv', mediaType: 'text/csv', base64: 'YQ==' };
    serve({ 'audit:export': () => file });
    const { downloadFile } = await import('../../lib/download');
    renderSignedIn(<AccessLogPage />, COORDINATOR);
    await screen.findByText('Entries 1–100 of 250');
    await userEvent.selectOptions(screen.getByLabelText('Action'), 'Opened');
    await userEvent.click(screen.getByRole('button', { name: 'Export the log (CSV)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledWith(file));
    expect(sent('audit:export')).toEqual([{ action: 'case-open' }]);
  });
});
