import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Team } from '../../../shared/domain/teams';
import type { Language } from '../../../shared/i18n/translate';
import type { Result } from '../../../shared/ipc/result';
import type { CaseInput, CaseRecord } from '../../../shared/schemas/case';
import { I18nProvider } from '../../lib/i18n';
import { RouterProvider } from '../../lib/router';
import { serve } from '../../test/fake-api';
import { CaseForm } from './case-form';
import { emptyValues } from './team-defaults';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

beforeEach(() => serve({ 'drafts:save': ({ key, values }) => ({ key, values, savedAt: new Date().toISOString() }) }));

type OnSave = (summary: CaseInput) => Promise<Result<CaseRecord>>;

/** A new summary form of `team` on its own, as the case page draws it; `onSave` stands for main. */
export function renderCaseForm({
  team = 'HIT',
  language = 'en',
  saved,
  onSave = vi.fn<OnSave>(),
}: { team?: Team; language?: Language; saved?: Record<string, unknown>; onSave?: OnSave } = {}) {
  render(
    <I18nProvider language={language}>
      <RouterProvider>
        <CaseForm
          team={team}
          label={`New ${team} summary`}
          saved={saved ?? emptyValues(team)}
          draftKey={`new:${team}`}
          onSave={onSave}
          onSaved={vi.fn()}
        />
      </RouterProvider>
    </I18nProvider>,
  );
  return onSave;
}

/** Fills the common part of a HIT summary validly, with an offence date of 10/03/2025. */
async function fillCommon(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Investigation reference'), 'CPU-2025-014');
  await user.type(screen.getByLabelText('Date reported'), '14/03/2025');
  await user.type(screen.getByLabelText(/^Date of the offence/), '10/03/2025');
  await user.click(screen.getByRole('checkbox', { name: 'Physical abuse' }));
}

describe('every error at once, in a summary at the top', () => {
  it('a victim aged 25 and an arrest before the offence are both listed on the first Save, each linking to its field', async () => {
    const onSave = renderCaseForm();
    const user = userEvent.setup();
    await fillCommon(user);
    const victim = screen.getByRole('group', { name: 'Victim 1' });
    await user.type(within(victim).getByLabelText('Age (years)'), '25');
    await user.selectOptions(within(victim).getByLabelText('Sex'), 'female');
    await user.selectOptions(within(victim).getByLabelText('Harm'), 'injured');
    await user.click(screen.getByRole('button', { name: 'Add suspect' }));
    const suspect = screen.getByRole('group', { name: 'Suspect 1' });
    await user.selectOptions(within(suspect).getByLabelText('Sex'), 'male');
    await user.selectOptions(within(suspect).getByLabelText('Relationship to the victim'), 'father');
    await user.click(within(suspect).getByLabelText('Arrested'));
    await user.type(within(suspect).getByLabelText(/^Arrest date/), '01/03/2025');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual([
      'Victim 1, Age (years): Enter the child’s age in years, 0 to 17 (Khmer digits are fine)',
      'Suspect 1, Arrest date: The arrest cannot be before the offence',
    ]);
    // Each message stands beside its field too.
    expect(within(suspect).getByText('The arrest cannot be before the offence')).toBeTruthy();

    await user.click(within(summary).getByRole('link', { name: /^Suspect 1, Arrest date/ }));
    expect(document.activeElement).toBe(within(suspect).getByLabelText(/^Arrest date/));
    expect(onSave).not.toHaveBeenCalled();

    // Corrected, each leaves the summary as it is fixed.
    await user.clear(within(victim).getByLabelText('Age (years)'));
    await user.type(within(victim).getByLabelText('Age (years)'), '15');
    await waitFor(() => expect(within(summary).getAllByRole('link')).toHaveLength(1));
  });

  it('a group that needs a row links to its Add button', async () => {
    renderCaseForm({ team: 'OVA' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove Service 1' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await user.click(within(summary).getByRole('link', { name: 'Services given: Add at least one service given' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add service' }));
  });

  it('a save main refuses (a closed year) says why at the top, with focus on it, and never "Draft kept"', async () => {
    const onSave = vi.fn(async (): Promise<Result<CaseRecord>> => ({
      ok: false,
      error: { code: 'year-closed', message: 'closed', params: { year: '2025' } },
    }));
    renderCaseForm({ onSave });
    const user = userEvent.setup();
    await fillCommon(user);
    const victim = screen.getByRole('group', { name: 'Victim 1' });
    await user.type(within(victim).getByLabelText('Age (years)'), '9');
    await user.selectOptions(within(victim).getByLabelText('Sex'), 'female');
    await user.selectOptions(within(victim).getByLabelText('Harm'), 'injured');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toMatch(/2025/);
    expect(within(summary).queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('Not saved: see the message at the top of the form.')).toBeTruthy();
    expect(screen.queryByText('Draft kept')).toBeNull();
    // What was typed is all still there.
    expect((screen.getByLabelText('Investigation reference') as HTMLInputElement).value).toBe('CPU-2025-014');
  });

  it('in Khmer the summary says so in Khmer', async () => {
    renderCaseForm({ language: 'km' });
    await userEvent.click(screen.getByRole('button', { name: 'រក្សាទុក' }));
    const summary = await screen.findByRole('alert', { name: 'មានបញ្ហា' });
    expect(within(summary).getAllByRole('link').length).toBeGreaterThan(2);
  });
});

describe('the offences: one tab stop, arrow keys between the choices', () => {
  it('Tab enters the list once, arrows move, Space ticks, Tab leaves for Status', async () => {
    renderCaseForm();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(/^District/));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /^Rape/ }));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Child homicide' }));
    await user.keyboard(' ');
    await user.keyboard('{End}{ArrowDown}');
    // From the last choice the arrow comes round to the first.
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /^Rape/ }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Status'));
    // Shift+Tab comes back to the choice last focused, which holds the group's one tab stop.
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /^Rape/ }));
    expect(screen.getByRole('checkbox', { name: 'Child homicide' })).toHaveProperty('checked', true);
    const group = screen.getByRole('group', { name: 'Offences' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .filter((box) => box.tabIndex === 0),
    ).toHaveLength(1);
  });
});

describe('removing a row offers Undo, which puts back exactly what was removed', () => {
  it('a victim removed by mistake comes back with its values, in its place', async () => {
    renderCaseForm();
    const user = userEvent.setup();
    const first = screen.getByRole('group', { name: 'Victim 1' });
    await user.type(within(first).getByLabelText('Age (years)'), '12');
    await user.click(screen.getByRole('button', { name: 'Add victim' }));
    const second = screen.getByRole('group', { name: 'Victim 2' });
    await user.type(within(second).getByLabelText('Age (years)'), '៩');
    await user.selectOptions(within(second).getByLabelText('Harm'), 'died');

    await user.click(screen.getByRole('button', { name: 'Remove Victim 1' }));
    expect(screen.queryByRole('group', { name: 'Victim 2' })).toBeNull();
    const undo = screen.getByRole('button', { name: 'Undo: put Victim 1 back' });
    expect(document.activeElement).toBe(undo);
    // Said in a status region, so a screen reader announces it.
    expect(screen.getByText('Victim 1 removed.').closest('[role="status"]')).toBeTruthy();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull());
    const back = screen.getByRole('group', { name: 'Victim 1' });
    expect((within(back).getByLabelText('Age (years)') as HTMLInputElement).value).toBe('12');
    const after = screen.getByRole('group', { name: 'Victim 2' });
    expect((within(after).getByLabelText('Age (years)') as HTMLInputElement).value).toBe('៩');
    expect((within(after).getByLabelText('Harm') as HTMLSelectElement).value).toBe('died');
  });

  it('Tab from Undo goes back to the group where the row was, not past the end of the form', async () => {
    renderCaseForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add victim' }));
    await user.type(within(screen.getByRole('group', { name: 'Victim 2' })).getByLabelText('Age (years)'), '9');
    await user.click(screen.getByRole('button', { name: 'Remove Victim 1' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo: put Victim 1 back' }));
    await user.tab();
    // The row that took the removed one's place (the former Victim 2): its first field.
    const row = screen.getByRole('group', { name: 'Victim 1' });
    expect(row.contains(document.activeElement)).toBe(true);
    expect((within(row).getByLabelText('Age (years)') as HTMLInputElement).value).toBe('9');

    // The last row removed: Escape lets the offer go and lands on the add button.
    await user.click(within(row).getByRole('button', { name: 'Remove Victim 1' }));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add victim' }));
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('rows removed one after another come back newest first, each in its place', async () => {
    renderCaseForm();
    const user = userEvent.setup();
    const ages = () =>
      screen
        .getAllByRole('group', { name: /^Victim \d+$/ })
        .map((g) => (within(g).getByLabelText('Age (years)') as HTMLInputElement).value);
    await user.type(within(screen.getByRole('group', { name: 'Victim 1' })).getByLabelText('Age (years)'), '10');
    for (const [n, age] of [
      [2, '11'],
      [3, '12'],
    ] as const) {
      await user.click(screen.getByRole('button', { name: 'Add victim' }));
      await user.type(within(screen.getByRole('group', { name: `Victim ${n}` })).getByLabelText('Age (years)'), age);
    }
    await user.click(screen.getByRole('button', { name: 'Remove Victim 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove Victim 2' }));
    expect(ages()).toEqual(['10']);

    await user.click(screen.getByRole('button', { name: 'Undo: put Victim 2 back' }));
    await waitFor(() => expect(ages()).toEqual(['10', '12']));
    // The removal before it is offered next.
    await user.click(await screen.findByRole('button', { name: 'Undo: put Victim 2 back' }));
    await waitFor(() => expect(ages()).toEqual(['10', '11', '12']));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull());
  });

  it('an exhibit comes back with its whole custody chain and examinations', async () => {
    const exhibit = {
      reference: 'EX-31',
      type: 'clothing',
      dateCollected: '11/03/2025',
      sha256: '',
      examinations: [{ type: 'dna', date: '', result: 'Profile obtained' }],
      custody: [
        { holder: 'Forensic officer 2', date: '11/03/2025', place: 'CPU lab' },
        { holder: 'Court clerk', date: '13/03/2025', place: 'Court' },
      ],
    };
    renderCaseForm({ team: 'FST', saved: { ...emptyValues('FST'), exhibits: [exhibit] } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove Exhibit 1' }));
    expect(screen.queryByDisplayValue('Court clerk')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo: put Exhibit 1 back' }));
    const row = await screen.findByRole('group', { name: 'Exhibit 1' });
    expect(within(row).getByDisplayValue('EX-31')).toBeTruthy();
    expect(within(row).getByDisplayValue('Profile obtained')).toBeTruthy();
    const custody = within(row).getByRole('group', { name: 'Custody 2' });
    expect(within(custody).getByDisplayValue('Court clerk')).toBeTruthy();
    expect(within(custody).getByDisplayValue('13/03/2025')).toBeTruthy();
  });
});

describe('the offences: a letter jumps to the next choice starting with it', () => {
  it('P goes to Physical abuse, C to Child homicide and then to the next C', async () => {
    renderCaseForm();
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(/^District/));
    await user.tab();
    await user.keyboard('p');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Physical abuse' }));
    await user.keyboard('c');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /^Child sexual exploitation/ }));
    await user.keyboard('c');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Child homicide' }));
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Child homicide' })).toHaveProperty('checked', true);
  });
});
