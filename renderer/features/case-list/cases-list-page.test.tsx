import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serve } from '../../test/fake-api';
import { makeRow } from '../../test/rows';
import { codes, dataRows, narratives, renderPage, requests, rows, serveRows, table, year } from '../../test/cases-list';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

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
    // All, the 25 provinces, and "Province not recorded".
    expect(within(province).getAllByRole('option')).toHaveLength(27);
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
});
