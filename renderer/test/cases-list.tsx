/**
 * What the cases list page's tests share: the page rendered with a router probe, the table's rows
 * and codes as an officer reads them, and a few rows with narratives main searches.
 */
import { render, screen, within } from '@testing-library/react';
import type { CaseRow, ListCasesRequest } from '../../shared/schemas/case';
import { RouterProvider, useRouter } from '../lib/router';
import { I18nProvider } from '../lib/i18n';
import { sent, serve } from './fake-api';
import { listLike, makeRow } from './rows';
import { CasesListPage } from '../features/case-list/cases-list-page';

export const year = new Date().getFullYear();

export function serveRows(rows: CaseRow[], narratives = new Map<string, string>()) {
  serve({ 'cases:list': listLike(() => rows, narratives) });
}

/** What the page asked main for, in order. */
export function requests(): ListCasesRequest[] {
  return sent('cases:list');
}

/** Shows where the router went, so a test can see a row's button navigate. */
function RouteProbe() {
  const { route } = useRouter();
  return <div data-testid="route">{JSON.stringify(route)}</div>;
}

export function renderPage() {
  render(
    <I18nProvider language="en">
      <RouterProvider>
        <CasesListPage />
        <RouteProbe />
      </RouterProvider>
    </I18nProvider>,
  );
}

export async function table() {
  return screen.findByRole('table', { name: `Summaries of ${year}` });
}

/** Data rows only: the header row holds column headers, not cells. */
export function dataRows(t: HTMLElement) {
  return within(t)
    .getAllByRole('row')
    .filter((r) => within(r).queryAllByRole('cell').length > 0);
}

export function codes(t: HTMLElement) {
  return dataRows(t).map((r) => within(r).queryAllByRole('button')[0]?.textContent);
}

export const rows = [
  makeRow(1, { team: 'HIT' }),
  makeRow(2, { team: 'OVA', province: '12', offences: ['physical-abuse'] }),
  makeRow(3, { team: 'OVA', status: 'closed', offences: ['physical-abuse'] }),
  makeRow(4, { team: 'FST', offences: ['trafficking'] }),
];
/** Main searches narratives, which rows do not carry. */
export const narratives = new Map(
  ['ការរំលោភបំពានលើកុមារ', 'Victim supported at hospital.', 'Family support.', 'ការរំលោភ exhibits collected'].map(
    (text, i) => [rows[i]?.id ?? '', text],
  ),
);
