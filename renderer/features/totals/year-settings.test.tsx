import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../shared/schemas/case';
import type { YearSettings } from '../../../shared/schemas/year-settings';
import { RouterProvider } from '../../lib/router';
import { I18nProvider } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { buildRecords, openSettings, reportFor } from '../../test/report';
import { TotalsPage } from './totals-page';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const records: CaseRecord[] = buildRecords();
const AT = '2022-02-15T09:30:00.000Z';
let settings: YearSettings;

/** A stand-in for main: the year's settings change as main would change them, and the totals follow. */
beforeEach(() => {
  settings = openSettings(2021);
  serve({
    'cases:years': () => [2021],
    'settings:get': () => DEFAULT_SETTINGS,
    'totals:get': () => reportFor(records, settings),
    'years:setSpending': ({ spending }) => {
      settings = { ...settings, spending, log: [...settings.log, { at: AT, by: 'Sokha', action: 'spending' }] };
      return settings;
    },
    'years:close': () => {
      settings = {
        ...settings,
        closed: { at: AT, by: 'Dara' },
        log: [...settings.log, { at: AT, by: 'Dara', action: 'closed' }],
      };
      return settings;
    },
    'years:reopen': ({ reason }) => {
      settings = {
        year: settings.year,
        spending: settings.spending,
        log: [...settings.log, { at: AT, by: 'Dara', action: 'reopened', reason }],
      };
      return settings;
    },
  });
});

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

function renderPage() {
  render(
    <I18nProvider language="en">
      <RouterProvider>
        <TotalsPage initialYear={2021} />
      </RouterProvider>
    </I18nProvider>,
  );
}

const yearPart = async () =>
  (await screen.findByRole('heading', { name: 'Closing the year', level: 3 })).closest('section') as HTMLElement;
const spendingCard = () =>
  screen.getByRole('heading', { name: 'Spending by team (USD)' }).closest('section') as HTMLElement;

describe('Spending per team', () => {
  it('saves whole dollars, typed in Latin or Khmer digits, and shows them in the report', async () => {
    renderPage();
    const user = userEvent.setup();
    await yearPart();
    await user.type(screen.getByLabelText('OVA: Office of Victim Assistance (USD)'), '២៥០០០០');
    await user.type(screen.getByLabelText('HIT: Homicide / major-crimes Investigation Team (USD)'), '480000');
    await user.type(screen.getByLabelText('ICAC: Internet Crimes Against Children (USD)'), ' 220000 ');
    await user.click(screen.getByRole('button', { name: 'Save spending' }));

    await waitFor(() =>
      expect(sent('years:setSpending')).toContainEqual({
        year: 2021,
        spending: { OVA: 250000, HIT: 480000, ICAC: 220000 },
      }),
    );
    expect(await screen.findByText('Spending for 2021 saved.')).toBeTruthy();
    // FST was left empty: not known, so not USD 0, and the total is of the three teams entered.
    await waitFor(() =>
      expect(
        within(spendingCard()).getByRole('rowheader', { name: 'Total of the teams entered' }).closest('tr')
          ?.textContent,
      ).toBe('Total of the teams enteredUSD 950,000'),
    );
    expect(
      within(spendingCard()).getByRole('rowheader', { name: 'FST: Forensic Services Team' }).closest('tr')?.textContent,
    ).toBe('FST: Forensic Services Teamnot entered');
    const chart = within(spendingCard()).getByRole('img', { name: /^Spending by team/ }).textContent;
    expect(chart).toContain('USD 480,000');
    expect(chart).not.toContain('FST');
    expect(screen.queryByText('No spending entered for this year')).toBeNull();
    expect(screen.getByText('Spending not entered for some teams')).toBeTruthy();
    expect(screen.getByText(/^Involved: FST: Forensic Services Team$/)).toBeTruthy();
    expect((await yearPart()).textContent).toContain('15/02/2022');
    expect((await yearPart()).textContent).toContain('spending changed by Sokha');
  });

  it('refuses what is not a whole number, next to the field, and saves nothing', async () => {
    renderPage();
    const user = userEvent.setup();
    await yearPart();
    const fst = screen.getByLabelText('FST: Forensic Services Team (USD)');
    await user.type(fst, '12.5k');
    await user.click(screen.getByRole('button', { name: 'Save spending' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter whole US dollars, from 0 to 999,999,999 (Khmer digits are fine)',
    );
    // Above the bound: the message says where it lies, not only "0 or more".
    await user.clear(fst);
    await user.type(fst, '1,000,000,000');
    await user.click(screen.getByRole('button', { name: 'Save spending' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Enter whole US dollars, from 0 to 999,999,999 (Khmer digits are fine)',
      ),
    );
    expect(fst.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(fst);
    expect(sent('years:setSpending')).toEqual([]);
  });
});

describe('Closing and reopening the year', () => {
  it('closes only after the officer confirms, then shows the year as closed', async () => {
    renderPage();
    const user = userEvent.setup();
    const part = await yearPart();
    expect(part.textContent).toContain('2021 is open: its summaries can be changed.');
    const close = within(part).getByRole('button', { name: 'Close 2021' });

    await user.click(close);
    let dialog = screen.getByRole('dialog', { name: 'Close 2021?' });
    expect(dialog.textContent).toContain('The data-quality check still finds 5 kinds of problem.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(close);

    await user.click(close);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent('years:close')).toEqual([]);

    await user.click(close);
    dialog = screen.getByRole('dialog', { name: 'Close 2021?' });
    await user.click(within(dialog).getByRole('button', { name: 'Close 2021' }));
    await waitFor(() => expect(sent('years:close')).toEqual([{ year: 2021 }]));
    expect(
      await screen.findByText(
        '2021 is closed since 15/02/2022 ' +
          time(AT) +
          ' (by Dara). Its summaries cannot be changed until the year is reopened.',
      ),
    ).toBeTruthy();
    expect((await yearPart()).textContent).toContain('closed by Dara');
    expect(screen.getByLabelText('OVA: Office of Victim Assistance (USD)').matches(':disabled')).toBe(true);
    expect(screen.getByText('The year is closed: reopen it to change the spending.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save spending' })).toBeNull();
  });

  it('reopens only with a reason, which goes in the log', async () => {
    settings = { ...settings, closed: { at: AT, by: 'Dara' }, log: [{ at: AT, by: 'Dara', action: 'closed' }] };
    renderPage();
    const user = userEvent.setup();
    const part = await yearPart();
    const reopen = within(part).getByRole('button', { name: 'Reopen 2021' });

    await user.click(reopen);
    expect((await within(part).findByRole('alert')).textContent).toBe('This field is required');
    const reason = within(part).getByLabelText('Reason for reopening (recorded in the log)');
    expect(document.activeElement).toBe(reason);
    await user.type(reason, '   ');
    await user.click(reopen);
    expect(sent('years:reopen')).toEqual([]);

    await user.type(reason, 'Court verdict for CPU-2021-0044 arrived after the report');
    await user.click(reopen);
    await waitFor(() =>
      expect(sent('years:reopen')).toContainEqual({
        year: 2021,
        reason: 'Court verdict for CPU-2021-0044 arrived after the report',
      }),
    );
    expect(await within(part).findByText('2021 is open again.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/2021 is closed since/)).toBeNull());
    const log = within(part)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(log).toHaveLength(2);
    expect(log[1]).toContain('reopened by Dara. Reason: Court verdict for CPU-2021-0044 arrived after the report');
  });
});

/** The local time of an instant as the screen writes it (the test machine's time zone). */
function time(instant: string) {
  const d = new Date(instant);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
