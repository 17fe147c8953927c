import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../shared/ipc/result';
import type { CaseRecord } from '../../../shared/schemas/case';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import type { YearSettings } from '../../../shared/schemas/year-settings';
import { RouterProvider, useRouter } from '../../lib/router';
import { I18nProvider } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { buildRecords, openSettings, reportFor, rowsFor } from '../../test/report';
import { TotalsPage } from './totals-page';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const records: CaseRecord[] = buildRecords();
const spent: YearSettings = {
  ...openSettings(2021),
  spending: { OVA: 250_000, HIT: 480_000, FST: 170_000, ICAC: 220_000 },
};

function serveTotals(settings: YearSettings) {
  serve({ 'totals:get': ({ year }) => reportFor(records, year === settings.year ? settings : openSettings(year)) });
}

beforeAll(() => {
  // jsdom has no modal dialogs; open/close are enough for these tests.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

beforeEach(() => {
  serve({
    'cases:years': () => [2021, 2020],
    'cases:byIds': ({ ids }) => rowsFor(records, ids),
    'settings:get': () => DEFAULT_SETTINGS,
  });
  serveTotals(spent);
});

function RouteProbe() {
  const { route } = useRouter();
  return <div data-testid="route">{JSON.stringify(route)}</div>;
}

function renderPage(initialYear = 2021) {
  render(
    <I18nProvider language="en">
      <RouterProvider initial={{ name: 'totals', year: initialYear }}>
        <TotalsPage initialYear={initialYear} />
        <RouteProbe />
      </RouterProvider>
    </I18nProvider>,
  );
}

/** The page in Khmer, in the digits the officer chose. */
function renderInKhmer(digits: 'khmer' | 'latin') {
  render(
    <I18nProvider language="km" digits={digits}>
      <RouterProvider>
        <TotalsPage initialYear={2021} />
      </RouterProvider>
    </I18nProvider>,
  );
}

/** A headline tile, found by its heading. */
async function tile(name: string) {
  const heading = await screen.findByRole('heading', { name, level: 4 });
  return heading.closest('section') as HTMLElement;
}

const section = (name: string) => screen.getByRole('heading', { name, level: 3 }).closest('section') as HTMLElement;

/** Text around each digit of the other kind on the page, case codes (identifiers) left out. */
function digitsIn(kind: 'latin' | 'khmer'): string[] {
  const text = (document.body.textContent ?? '').replace(/\b[A-Z]{3,4}-\d{4}-[A-Z0-9-]+/g, '');
  return text.match(kind === 'latin' ? /.{0,15}[0-9].{0,15}/g : /.{0,15}[០-៩].{0,15}/g) ?? [];
}

describe('TotalsPage', () => {
  it('shows the headline figures beside last year’s, with their formulas worked out', async () => {
    renderPage();
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    const investigations = await tile('Investigations');
    expect(sent('totals:get')).toContainEqual({ year: 2021 });
    expect(screen.getByRole('heading', { name: 'Totals for 2021', level: 2 })).toBeTruthy();
    expect(
      within(investigations).getByRole('button', { name: 'Investigations 2021: 313. Show the summaries' }).textContent,
    ).toBe('313');
    expect(investigations.textContent).toContain('2020: 274 · Change: +14.2%');
    expect(investigations.textContent).toContain('Change = (313 − 274) ÷ 274 = +14.2%');
    expect(investigations.textContent).toContain('each counted once, however many teams’ summaries carry it');

    const rate = await tile('Suspects arrested per 100 investigations (the “arrest rate”)');
    expect(rate.textContent).toContain('85.6%');
    expect(rate.textContent).toContain('It can pass 100: one investigation may arrest several suspects');
    expect(rate.textContent).toContain('Arrest rate = suspects arrested ÷ investigations = 268 ÷ 313 = 85.6%');
    expect(rate.textContent).toContain('2020: 86.9%');

    expect((await tile('Suspects arrested')).textContent).toContain('2020: 238 · Change: +12.6%');
    expect((await tile('Child homicides')).textContent).toContain('Child homicides72020: 6 · Change: +16.7%');
    expect((await tile('Suspicious deaths')).textContent).toContain('2020: 5 · Change: +20.0%');
    expect((await tile('Provinces with investigations (capital included)')).textContent).toContain('21of 25');
  });

  it('draws the tables as SVG charts with their values written out', async () => {
    renderPage();
    await tile('Investigations');
    const charts = section('Investigations');
    const byProvince = within(charts).getByRole('img', { name: /^Investigations by province/ });
    expect(byProvince.tagName.toLowerCase()).toBe('svg');
    expect(byProvince.querySelectorAll('.chart-row')).toHaveLength(26);
    expect(byProvince.querySelector('desc')?.textContent).toContain('Phnom Penh: 5');
    expect(byProvince.querySelector('desc')?.textContent).toContain('Province not recorded: 1');
    expect(byProvince.textContent).toContain('Kampong Chhnang');

    const relationships = within(charts).getByRole('img', { name: /^Suspects by relationship/ });
    const ranked = [...relationships.querySelectorAll('.chart-label')].map((l) => l.textContent);
    expect(ranked.slice(0, 2)).toEqual(['Neighbour', 'Father']);
    const ages = within(charts).getByRole('img', { name: /^Child victims by age and sex/ });
    expect(ages.textContent).toContain('Female');
    expect(ages.textContent).toContain('Age 13–14');
  });

  it('opens the summaries behind a headline figure and goes on to one of them', async () => {
    renderPage();
    const user = userEvent.setup();
    const investigations = await tile('Investigations');
    await user.click(within(investigations).getByRole('button', { name: /^Investigations 2021: 313/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Summaries behind “Investigations 2021”' });
    const ids = sent('cases:byIds')[0]?.ids;
    expect(ids).toHaveLength(313);
    expect(await within(dialog).findByText('313 summaries')).toBeTruthy();
    const table = within(dialog).getByRole('table');
    const first = within(table).getAllByRole('button', { name: /^HIT-2021-/ })[0];
    expect(first).toBeTruthy();
    const id = records.find((r) => r.caseCode === first?.textContent)?.id;
    await user.click(first as HTMLElement);
    expect(JSON.parse(screen.getByTestId('route').textContent ?? '')).toEqual({ name: 'edit', id });
  });

  it('opens a table row from the keyboard and returns to it when the list closes', async () => {
    renderPage();
    const user = userEvent.setup();
    await tile('Investigations');
    const phnomPenh = screen.getByRole('button', {
      name: 'Investigations by province: Phnom Penh: 5. Show the summaries',
    });
    phnomPenh.focus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', {
      name: 'Summaries behind “Investigations by province: Phnom Penh”',
    });
    expect(await within(dialog).findByText('5 summaries')).toBeTruthy();
    const expected = records.filter((r) => r.summary.province === '12' && r.summary.dateReported.startsWith('2021'));
    const asked = sent('cases:byIds')[0]?.ids ?? [];
    expect([...asked].sort()).toEqual(expected.map((r) => r.id).sort());
    const shown = within(dialog)
      .getAllByRole('button', { name: /^HIT-2021-/ })
      .map((b) => b.textContent);
    expect(shown.sort()).toEqual(expected.map((r) => r.caseCode).sort());

    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(phnomPenh);
  });

  it('shows zeros as plain text: there is nothing to open', async () => {
    renderPage();
    await tile('Investigations');
    const row = screen.getByRole('rowheader', { name: 'Tboung Khmum' }).closest('tr') as HTMLElement;
    expect(row.textContent).toBe('Tboung Khmum0');
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('lists what would make the totals wrong, each with the summaries behind it', async () => {
    renderPage();
    const user = userEvent.setup();
    await tile('Investigations');
    const panel = section('Data quality');
    expect(panel.textContent).toContain('4 kinds of problem found.');
    const items = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(items).toEqual([
      'Summaries without a province',
      'Summaries without a lead summary (no HIT or ICAC summary has their reference)',
      'The same reference used for different offences',
      'Arrests without a date',
    ]);
    expect(panel.textContent).toContain('Involved: CPU-2021-9001');
    expect(panel.textContent).toContain('Involved: CPU-2021-0001');

    const undated = records.find((r) => r.summary.team === 'HIT' && r.summary.investigationRef === 'CPU-2021-0001');
    await user.click(within(panel).getByRole('button', { name: 'Show the summary: Arrests without a date' }));
    expect(sent('cases:byIds')).toContainEqual({ ids: [undated?.id] });
    const dialog = await screen.findByRole('dialog', { name: 'Summaries behind “Arrests without a date”' });
    expect(await within(dialog).findByRole('button', { name: undated?.caseCode ?? '' })).toBeTruthy();
  });

  it('asks for the spending when none is entered, and says so when nothing is wrong', async () => {
    serveTotals(openSettings(2021));
    renderPage();
    await tile('Investigations');
    const panel = section('Data quality');
    expect(panel.textContent).toContain('No spending entered for this year');
    await userEvent.click(within(panel).getByRole('button', { name: 'Enter the spending' }));
    expect(document.activeElement).toBe(screen.getByLabelText('OVA: Office of Victim Assistance (USD)'));

    serve({ 'totals:get': () => ({ ...reportFor(records, spent), quality: [] }) });
    await userEvent.selectOptions(screen.getByLabelText('Year'), '2020');
    await waitFor(() => expect(section('Data quality').textContent).toContain('No problems found'));
  });

  it('writes figures in Khmer digits and provinces in Khmer when the officer chose them', async () => {
    renderInKhmer('khmer');
    // Found without English words: the Khmer catalogue will translate the headings.
    const charts = await screen.findAllByRole('img');
    expect(charts[0]?.querySelector('desc')?.textContent).toContain('ភ្នំពេញ: ៥');
    expect(screen.getAllByRole('button').some((b) => b.textContent === '៣១៣')).toBe(true);
    expect(document.body.textContent).toContain('៨៥,៦%');
    expect(document.body.textContent).not.toContain('85.6');
    // Every number follows the choice (the previous year too); case codes are identifiers and stay as they are.
    expect(digitsIn('latin')).toEqual([]);
    // So do the figures' accessible names, which title the summaries behind them ("… ២០២០"),
    // and the previous year reads "២០២០៖" with the Khmer colon.
    const names = screen
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? '')
      .join('\n');
    expect(names).toContain('២០២០');
    expect(names.match(/.{0,15}[0-9].{0,15}/g) ?? []).toEqual([]);
    expect(document.body.textContent).toContain('២០២០៖');
    expect(document.body.textContent).not.toContain('២០២០:');
  });

  it('writes every number in Latin digits in Khmer when the officer chose Latin digits', async () => {
    renderInKhmer('latin');
    await screen.findAllByRole('img');
    // "of 25" and the print option's threshold were written in Khmer digits in the catalogue.
    expect(digitsIn('khmer')).toEqual([]);
  });

  it('prints the annual report with this PC’s threshold, the one its totals exports use, and keeps another one used', async () => {
    serve({
      'settings:get': () => ({ ...DEFAULT_SETTINGS, suppressBelow: 8 }),
      'settings:update': (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
    });
    renderPage();
    const user = userEvent.setup();
    const threshold = await screen.findByLabelText('Hide counts below');
    await waitFor(() => expect((threshold as HTMLInputElement).value).toBe('8'));
    await user.clear(threshold);
    await user.type(threshold, '6');
    await user.click(screen.getByRole('button', { name: 'Print the annual report…' }));
    expect(JSON.parse(screen.getByTestId('route').textContent ?? '{}')).toMatchObject({
      name: 'print',
      doc: { kind: 'report', year: 2021, suppressBelow: 6 },
    });
    expect(sent('settings:update')).toEqual([{ suppressBelow: 6 }]);
  });

  it('shows why the totals could not be read', async () => {
    serve({
      'totals:get': () => {
        throw new AppFailure('store-unreadable', 'bad json', { file: 'cases-2021.json', reason: 'not JSON' });
      },
    });
    renderPage();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The data file cases-2021.json could not be opened (not JSON)',
    );
    expect(screen.queryByRole('heading', { name: 'Headline figures' })).toBeNull();
  });
});
