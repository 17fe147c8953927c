import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/result';
import { LIST_PAGE_MAX, type CaseRow, type ListCasesRequest } from '../../../shared/schemas/case';
import { RouterProvider, useRouter } from '../../lib/router';
import { I18nProvider } from '../../lib/i18n';
import { CasesListPage } from './cases-list-page';
import { ListStateProvider } from './list-state';
import { sent, serve } from '../../test/fake-api';
import { listLike, makeRow } from '../../test/rows';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const year = new Date().getFullYear();

function serveRows(rows: CaseRow[], narratives = new Map<string, string>()) {
  serve({ 'cases:list': listLike(() => rows, narratives) });
}

/** What the page asked main for, in order. */
function requests(): ListCasesRequest[] {
  return sent('cases:list');
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
  return within(t)
    .getAllByRole('row')
    .filter((r) => within(r).queryAllByRole('cell').length > 0);
}

function codes(t: HTMLElement) {
  return dataRows(t).map((r) => within(r).queryAllByRole('button')[0]?.textContent);
}

const rows = [
  makeRow(1, { team: 'HIT' }),
  makeRow(2, { team: 'OVA', province: '12', offences: ['physical-abuse'] }),
  makeRow(3, { team: 'OVA', status: 'closed', offences: ['physical-abuse'] }),
  makeRow(4, { team: 'FST', offences: ['trafficking'] }),
];
/** Main searches narratives, which rows do not carry. */
const narratives = new Map(
  ['ការរំលោភបំពានលើកុមារ', 'Victim supported at hospital.', 'Family support.', 'ការរំលោភ exhibits collected'].map(
    (text, i) => [rows[i]?.id ?? '', text],
  ),
);

beforeEach(() => {
  serve({ 'cases:years': () => [2024] });
});

describe('CasesListPage', () => {
  it('offers only the years the register lists, even when a damaged import stored others', async () => {
    serveRows(rows, narratives);
    serve({ 'cases:years': () => [9999, 2024, 1999] });
    renderPage();
    await table();
    const picker = screen.getByLabelText('Year');
    await waitFor(() => expect(within(picker).getByRole('option', { name: '2024' })).toBeTruthy());
    const offered = within(picker)
      .getAllByRole('option')
      .map((o) => Number(o.textContent));
    expect(offered).not.toContain(9999);
    expect(offered).not.toContain(1999);
    expect(offered).toContain(year);
  });

  it('lists the year with dates as day/month/year and province names', async () => {
    serveRows(rows, narratives);
    renderPage();
    const t = await table();
    expect(requests()[0]).toEqual({ year, sort: { key: 'dateReported', direction: 'desc' }, offset: 0, limit: 200 });
    expect(dataRows(t)).toHaveLength(4);
    const hit = dataRows(t).find((r) => r.textContent?.includes('HIT-2025-0001'));
    expect(hit?.textContent).toContain('14/03/2025');
    expect(hit?.textContent).toContain('Kampong Chhnang');
    expect(hit?.textContent).toContain('Rape / sexual intercourse with a minor under 15');
    expect(screen.getByRole('status').textContent).toBe('4 summaries');
    const yearSelect = screen.getByLabelText('Year');
    await waitFor(() =>
      expect(
        within(yearSelect)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual([String(year), '2024']),
    );
  });

  it('narrows the rows by team and by a Khmer substring of the narrative, which main searches', async () => {
    serveRows(rows, narratives);
    renderPage();
    const t = await table();
    const user = userEvent.setup();

    await user.selectOptions(screen.getByLabelText('Team'), 'OVA');
    await waitFor(() => expect(codes(t)).toEqual(['OVA-2025-0002', 'OVA-2025-0003']));
    expect(screen.getByRole('status').textContent).toBe('2 of 4 summaries');
    expect(requests().at(-1)?.filter).toEqual({ team: 'OVA' });

    await user.selectOptions(screen.getByLabelText('Team'), '');
    await user.type(screen.getByLabelText('Search'), 'រំលោភ');
    await waitFor(() => expect(dataRows(t)).toHaveLength(2));
    expect(
      dataRows(t)
        .map((r) => r.textContent)
        .join(),
    ).toMatch(/HIT-2025-0001.*FST-2025-0004|FST-2025-0004.*HIT-2025-0001/);
    expect(screen.getByRole('status').textContent).toBe('2 of 4 summaries');

    await user.selectOptions(screen.getByLabelText('Team'), 'FST');
    await waitFor(() => expect(dataRows(t)).toHaveLength(1));
    expect(screen.getByRole('status').textContent).toBe('1 of 4 summaries');

    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'no such words');
    expect(await screen.findByText('No summaries match these filters.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 of 4 summaries');
  });

  it('filters by province, status and offence, each with an "All" option', async () => {
    serveRows(rows, narratives);
    renderPage();
    const t = await table();
    const user = userEvent.setup();
    const province = screen.getByLabelText('Province');
    expect(within(province).getAllByRole('option')).toHaveLength(26);
    await user.selectOptions(province, 'Phnom Penh');
    await waitFor(() => expect(codes(t)).toEqual(['OVA-2025-0002']));
    await user.selectOptions(province, 'All');
    await user.selectOptions(screen.getByLabelText('Status'), 'Closed');
    await waitFor(() => expect(codes(t)).toEqual(['OVA-2025-0003']));
    await user.selectOptions(screen.getByLabelText('Status'), 'All');
    await user.selectOptions(screen.getByLabelText('Offence'), 'Trafficking / unlawful removal');
    await waitFor(() => expect(codes(t)).toEqual(['FST-2025-0004']));
  });

  it('sorts codes with this PC’s letters beside codes from before PC codes, by number within each', async () => {
    serveRows([
      makeRow(1, { caseCode: 'HIT-2025-KQMB-0010' }),
      makeRow(2, { caseCode: 'HIT-2025-0002' }),
      makeRow(3, { caseCode: 'HIT-2025-KQMB-0002' }),
      makeRow(4, { caseCode: 'HIT-2025-BZDT-0001' }),
    ]);
    renderPage();
    const t = await table();
    await userEvent.click(within(t).getByRole('button', { name: /Case code/ }));
    await waitFor(() =>
      expect(codes(t)).toEqual(['HIT-2025-0002', 'HIT-2025-BZDT-0001', 'HIT-2025-KQMB-0002', 'HIT-2025-KQMB-0010']),
    );
  });

  it('sorts by a column header in main and says so with aria-sort', async () => {
    serveRows([
      makeRow(2, { dateReported: '2025-01-01' }),
      makeRow(10, { dateReported: '2025-02-01' }),
      makeRow(1, { dateReported: '2025-03-01' }),
    ]);
    renderPage();
    const t = await table();
    expect(codes(t)).toEqual(['HIT-2025-0001', 'HIT-2025-0010', 'HIT-2025-0002']);
    await userEvent.click(within(t).getByRole('button', { name: /Case code/ }));
    expect(
      within(t)
        .getByRole('columnheader', { name: /Case code/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    await waitFor(() => expect(codes(t)).toEqual(['HIT-2025-0001', 'HIT-2025-0002', 'HIT-2025-0010']));
    expect(requests().at(-1)?.sort).toEqual({ key: 'caseCode', direction: 'asc' });
    await userEvent.click(within(t).getByRole('button', { name: /Case code/ }));
    expect(
      within(t)
        .getByRole('columnheader', { name: /Case code/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    await waitFor(() => expect(codes(t)).toEqual(['HIT-2025-0010', 'HIT-2025-0002', 'HIT-2025-0001']));
  });

  it('opens a summary and an investigation from the keyboard-reachable buttons of a row', async () => {
    serveRows(rows, narratives);
    renderPage();
    const t = await table();
    await userEvent.click(within(t).getByRole('button', { name: 'OVA-2025-0002' }));
    expect(JSON.parse(screen.getByTestId('route').textContent ?? '')).toEqual({ name: 'edit', id: rows[1]?.id });
  });

  it('opens the investigation view from the reference', async () => {
    serveRows(rows, narratives);
    renderPage();
    const t = await table();
    await userEvent.click(within(t).getByRole('button', { name: 'All summaries of CPU-2025-003' }));
    expect(JSON.parse(screen.getByTestId('route').textContent ?? '')).toEqual({
      name: 'investigation',
      investigationRef: 'CPU-2025-003',
    });
  });

  it('asks main only for the windows it draws of a long year, and a far row’s window when scrolled to', async () => {
    const long = Array.from({ length: 3_000 }, (_, i) =>
      makeRow(i + 1, { dateReported: `2025-01-01`, caseCode: `HIT-2025-${String(i + 1).padStart(4, '0')}` }),
    );
    serveRows(long);
    renderPage();
    const t = await table();
    expect(screen.getByRole('status').textContent).toBe('3,000 summaries');
    expect(t.getAttribute('aria-rowcount')).toBe('3001');
    const shown = dataRows(t).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(60);
    // Same date everywhere: ties keep case-code order, so the first window starts at 0001.
    expect(codes(t)[0]).toBe('HIT-2025-0001');
    expect(Math.max(...requests().map((r) => r.limit ?? 200))).toBeLessThanOrEqual(LIST_PAGE_MAX);
    expect(requests().every((r) => (r.offset ?? 0) < 200)).toBe(true);

    // Scroll to row 2,501 (40 px a row): its page is asked for, and its rows replace the placeholders.
    const scroller = t.parentElement;
    if (!scroller) throw new Error('the table has no scroll box');
    act(() => {
      scroller.scrollTop = 2_500 * 40;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(codes(t)).toContain('HIT-2025-2501'));
    expect(requests().some((r) => r.offset === 2_400 && r.limit === 200)).toBe(true);
    expect(Math.max(...requests().map((r) => r.limit ?? 200))).toBeLessThanOrEqual(LIST_PAGE_MAX);
  });

  it('never shows an answer to an earlier search once a later one has answered', async () => {
    const answer = listLike(() => rows, narratives);
    let releaseSlow: () => void = () => undefined;
    serve({
      'cases:list': async (request) => {
        if (request.filter?.search === 'OVA') await new Promise<void>((resolve) => (releaseSlow = resolve));
        return answer(request);
      },
    });
    renderPage();
    const t = await table();
    const search = screen.getByLabelText('Search');
    fireEvent.change(search, { target: { value: 'OVA' } });
    await waitFor(() => expect(requests().some((r) => r.filter?.search === 'OVA')).toBe(true));
    fireEvent.change(search, { target: { value: 'FST' } });
    await waitFor(() => expect(codes(t)).toEqual(['FST-2025-0004']));
    // The late answer arrives: it and the page's handling of it run in microtasks, all done
    // before the next macrotask, and act then renders.
    await act(async () => {
      releaseSlow();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(codes(t)).toEqual(['FST-2025-0004']);
    expect(screen.getByRole('status').textContent).toBe('1 of 4 summaries');
  });

  it('keeps the search and its count when the officer opens a summary and comes back', async () => {
    serveRows(rows, narratives);
    function Shell() {
      const [open, setOpen] = useState(true);
      return (
        <ListStateProvider>
          {open ? <CasesListPage /> : null}
          <button type="button" onClick={() => setOpen((o) => !o)}>
            toggle
          </button>
        </ListStateProvider>
      );
    }
    render(
      <I18nProvider language="en">
        <RouterProvider>
          <Shell />
        </RouterProvider>
      </I18nProvider>,
    );
    await table();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Search'), 'hospital');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 4 summaries'));
    await user.click(screen.getByRole('button', { name: 'toggle' }));
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'toggle' }));
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('hospital');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 of 4 summaries'));
    expect(codes(await table())).toEqual(['OVA-2025-0002']);
  });

  it('shows the error when the year cannot be read', async () => {
    serve({
      'cases:list': () => {
        throw new AppFailure('store-unreadable', 'bad json', { file: `cases-${year}.json`, reason: 'not JSON' });
      },
    });
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`The data file cases-${year}.json could not be opened (not JSON)`);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
