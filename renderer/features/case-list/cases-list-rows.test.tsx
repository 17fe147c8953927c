import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/result';
import { LIST_PAGE_MAX } from '../../../shared/schemas/case';
import { RouterProvider } from '../../lib/router';
import { I18nProvider } from '../../lib/i18n';
import { CasesListPage } from './cases-list-page';
import { ListStateProvider } from './list-state';
import { serve } from '../../test/fake-api';
import { listLike, makeRow } from '../../test/rows';
import { codes, dataRows, narratives, renderPage, requests, rows, serveRows, table, year } from '../../test/cases-list';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

beforeEach(() => {
  serve({ 'cases:years': () => [2024] });
});

describe('CasesListPage: opening rows, long years and searches in flight', () => {
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
