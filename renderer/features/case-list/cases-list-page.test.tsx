import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppApi } from '../../../shared/ipc/api';
import type { CaseRow } from '../../../shared/schemas/case';
import { RouterProvider, useRouter } from '../../app/router';
import { I18nProvider } from '../../i18n/i18n';
import { CasesListPage } from './cases-list-page';
import { makeRow } from './test-rows';

const fake = vi.hoisted(() => ({
  years: vi.fn(),
  list: vi.fn(),
}));
vi.mock('../../lib/api', () => ({ api: { cases: { years: fake.years, list: fake.list } } }));

type ListResult = Awaited<ReturnType<AppApi['cases']['list']>>;
const year = new Date().getFullYear();

function serve(rows: CaseRow[]) {
  fake.list.mockImplementation(async (): Promise<ListResult> => ({ ok: true, value: { year, rows } }));
}

/** Shows where the router went, so a test can see a row's button navigate. */
function RouteProbe() {
  const { route } = useRouter();
  return <div data-testid="route">{JSON.stringify(route)}</div>;
}

function renderPage() {
  render(
    <I18nProvider language="en">
      <RouterProvider>
        <CasesListPage />
        <RouteProbe />
      </RouterProvider>
    </I18nProvider>,
  );
}

async function table() {
  return screen.findByRole('table', { name: `Summaries of ${year}` });
}

/** Data rows only: the header row holds column headers, not cells. */
function dataRows(t: HTMLElement) {
  return within(t).getAllByRole('row').filter((r) => within(r).queryAllByRole('cell').length > 0);
}

const rows = [
  makeRow(1, { team: 'HIT', narrative: 'ការរំលោភបំពានលើកុមារ' }),
  makeRow(2, { team: 'OVA', narrative: 'Victim supported at hospital.', province: '12' }),
  makeRow(3, { team: 'OVA', narrative: 'Family support.', status: 'closed' }),
  makeRow(4, { team: 'FST', narrative: 'ការរំលោភ exhibits collected', offences: ['trafficking'] }),
];

beforeEach(() => {
  fake.years.mockReset().mockResolvedValue({ ok: true, value: [2024] });
  fake.list.mockReset();
});

describe('CasesListPage', () => {
  it('lists the year with dates as day/month/year and province names', async () => {
    serve(rows);
    renderPage();
    const t = await table();
    expect(fake.list).toHaveBeenCalledWith({ year });
    expect(dataRows(t)).toHaveLength(4);
    const hit = dataRows(t).find((r) => r.textContent?.includes('HIT-2025-0001'));
    expect(hit?.textContent).toContain('14/03/2025');
    expect(hit?.textContent).toContain('Kampong Chhnang');
    expect(hit?.textContent).toContain('Rape / sexual intercourse with a minor under 15');
    expect(screen.getByRole('status').textContent).toBe('4 summaries');
    const yearSelect = screen.getByLabelText('Year');
    await waitFor(() => expect(within(yearSelect).getAllByRole('option').map((o) => o.textContent)).toEqual([String(year), '2024']));
  });

  it('narrows the rows by team and by a Khmer substring', async () => {
    serve(rows);
    renderPage();
    const t = await table();
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('Team'), 'OVA');
    await waitFor(() => expect(dataRows(t).map((r) => within(r).getAllByRole('button')[0]?.textContent)).toEqual(['OVA-2025-0002', 'OVA-2025-0003']));
    expect(screen.getByRole('status').textContent).toBe('2 of 4 summaries');

    await user.selectOptions(screen.getByLabelText('Team'), '');
    await user.type(screen.getByLabelText('Search'), 'រំលោភ');
    await waitFor(() => expect(dataRows(t)).toHaveLength(2));
    expect(dataRows(t).map((r) => r.textContent).join()).toMatch(/HIT-2025-0001.*FST-2025-0004|FST-2025-0004.*HIT-2025-0001/);

    await user.selectOptions(screen.getByLabelText('Team'), 'FST');
    await waitFor(() => expect(dataRows(t)).toHaveLength(1));

    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'no such words');
    expect(await screen.findByText('No summaries match these filters.')).toBeTruthy();
  });

  it('filters by province, status and offence, each with an "All" option', async () => {
    serve(rows);
    renderPage();
    const t = await table();
    const user = userEvent.setup();
    const province = screen.getByLabelText('Province');
    expect(within(province).getAllByRole('option')).toHaveLength(26);
    await user.selectOptions(province, 'Phnom Penh');
    await waitFor(() => expect(dataRows(t)).toHaveLength(1));
    await user.selectOptions(province, 'All');
    await user.selectOptions(screen.getByLabelText('Status'), 'Closed');
    await waitFor(() => expect(dataRows(t)).toHaveLength(1));
    await user.selectOptions(screen.getByLabelText('Status'), 'All');
    await user.selectOptions(screen.getByLabelText('Offence'), 'Trafficking / unlawful removal');
    await waitFor(() => expect(dataRows(t)[0]?.textContent).toContain('FST-2025-0004'));
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    serve([makeRow(2, { dateReported: '2025-01-01' }), makeRow(10, { dateReported: '2025-02-01' }), makeRow(1, { dateReported: '2025-03-01' })]);
    renderPage();
    const t = await table();
    const codes = () => dataRows(t).map((r) => within(r).getAllByRole('button')[0]?.textContent);
    expect(codes()).toEqual(['HIT-2025-0001', 'HIT-2025-0010', 'HIT-2025-0002']);
    await userEvent.click(within(t).getByRole('button', { name: /Case code/ }));
    expect(within(t).getByRole('columnheader', { name: /Case code/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(codes()).toEqual(['HIT-2025-0001', 'HIT-2025-0002', 'HIT-2025-0010']);
    await userEvent.click(within(t).getByRole('button', { name: /Case code/ }));
    expect(within(t).getByRole('columnheader', { name: /Case code/ }).getAttribute('aria-sort')).toBe('descending');
    expect(codes()).toEqual(['HIT-2025-0010', 'HIT-2025-0002', 'HIT-2025-0001']);
  });

  it('opens a summary and an investigation from the keyboard-reachable buttons of a row', async () => {
    serve(rows);
    renderPage();
    const t = await table();
    await userEvent.click(within(t).getByRole('button', { name: 'OVA-2025-0002' }));
    expect(JSON.parse(screen.getByTestId('route').textContent ?? '')).toEqual({ name: 'edit', id: rows[1]?.id });
  });

  it('opens the investigation view from the reference', async () => {
    serve(rows);
    renderPage();
    const t = await table();
    await userEvent.click(within(t).getByRole('button', { name: 'All summaries of CPU-2025-003' }));
    expect(JSON.parse(screen.getByTestId('route').textContent ?? '')).toEqual({ name: 'investigation', investigationRef: 'CPU-2025-003' });
  });

  it('renders only the rows in view of a long year', async () => {
    serve(Array.from({ length: 30_000 }, (_, i) => makeRow(i + 1)));
    renderPage();
    const t = await table();
    expect(t.getAttribute('aria-rowcount')).toBe('30001');
    const shown = dataRows(t).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(60);
  });

  it('shows the error when the year cannot be read', async () => {
    fake.list.mockResolvedValue({
      ok: false,
      error: { code: 'store-unreadable', message: 'bad json', params: { file: `cases-${year}.json`, reason: 'not JSON' } },
    });
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`The data file cases-${year}.json could not be opened (not JSON)`);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
