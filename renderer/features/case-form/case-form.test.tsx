import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../shared/schemas/case';
import { RouterProvider } from '../../lib/router';
import { I18nProvider } from '../../lib/i18n';
import { CaseForm } from './case-form';
import { sent, serve } from '../../test/fake-api';
import { recordOf, summaryOf } from '../../../shared/testing/records';
import { emptyValues, toFormValues } from './team-defaults';
import { sampleSummary } from '../../../shared/testing/samples';
import { PROVINCES } from '../../../shared/domain/provinces';
import type { Team } from '../../../shared/domain/teams';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

beforeEach(() => serve({ 'drafts:save': ({ key, values }) => ({ key, values, savedAt: new Date().toISOString() }) }));

function renderForm(
  onSave = vi.fn(),
  saved: Record<string, unknown> = emptyValues('HIT'),
  team: Team = 'HIT',
  digits: 'latin' | 'khmer' = 'latin',
) {
  render(
    <I18nProvider language="en" digits={digits}>
      <RouterProvider>
        <CaseForm
          team={team}
          label={`New ${team} summary`}
          saved={saved}
          draftKey={`new:${team}`}
          onSave={onSave}
          onSaved={vi.fn()}
        />
      </RouterProvider>
    </I18nProvider>,
  );
  return onSave;
}

describe('HIT case form', () => {
  it('submitted empty, shows a message beside each missing field, focuses the error summary, and saves nothing', async () => {
    const onSave = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const ref = screen.getByLabelText('Investigation reference');
    expect(ref.getAttribute('aria-invalid')).toBe('true');
    // Each message is read with its field; only the summary is announced, once, not one alert per field.
    expect(screen.getAllByRole('alert')).toEqual([summary]);
    const described = (field: HTMLElement) =>
      (field.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' ');
    expect(described(ref)).toContain('Enter the investigation reference');
    expect(described(screen.getByLabelText('Date reported'))).toContain('Enter a date');
    expect(described(screen.getAllByRole('checkbox')[0] as HTMLElement)).toContain('Choose at least one offence');
    expect(screen.getByText('Enter the child’s age in years, 0 to 17 (Khmer digits are fine)')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('accepts Khmer digits and day/month/year, and hands main the parsed summary', async () => {
    const onSave = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'internal' as const, message: 'stop here' },
    }));
    renderForm(onSave);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Investigation reference'), 'cpu-2025-014');
    await user.type(screen.getByLabelText('Date reported'), '១៤/០៣/២០២៥');
    await user.click(screen.getByRole('checkbox', { name: 'Child homicide' }));
    const victim = screen.getByRole('group', { name: 'Victim 1' });
    await user.type(within(victim).getByLabelText('Age (years)'), '១២');
    await user.selectOptions(within(victim).getByLabelText('Sex'), 'female');
    await user.selectOptions(within(victim).getByLabelText('Harm'), 'died');
    await user.click(screen.getByRole('checkbox', { name: 'This is a child homicide' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const summary = (onSave.mock.calls[0] as unknown as [CaseRecord['summary']])[0];
    expect(summary).toMatchObject({
      team: 'HIT',
      investigationRef: 'CPU-2025-014',
      dateReported: '2025-03-14',
      offences: ['child-homicide'],
      homicide: true,
      victims: [{ age: 12, sex: 'female', outcome: 'died' }],
    });
  });

  it('with Khmer digits chosen, a saved summary shows its numbers and dates in Khmer digits and saves back unchanged', async () => {
    const record = recordOf(summaryOf('HIT'));
    const onSave = vi.fn(async () => ({ ok: true as const, value: record }));
    renderForm(onSave, toFormValues(record.summary, 'khmer'), 'HIT', 'khmer');
    const victim = screen.getByRole('group', { name: 'Victim ១' });
    expect((within(victim).getByLabelText('Age (years)') as HTMLInputElement).value).toBe('១២');
    expect((screen.getByLabelText('Date reported') as HTMLInputElement).value).toBe('១៤/០៣/២០២៥');
    const suspect = screen.getByRole('group', { name: 'Suspect ១' });
    expect((within(suspect).getByLabelText(/^Age/) as HTMLInputElement).value).toBe('៤១');
    // Codes keep their own digits.
    expect((screen.getByLabelText('Investigation reference') as HTMLInputElement).value).toBe('CPU-2025-014');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect((onSave.mock.calls[0] as unknown as [CaseRecord['summary']])[0]).toEqual(record.summary);
    // After the save the form shows the stored summary again, still in Khmer digits.
    await waitFor(() => expect((screen.getByLabelText('Date reported') as HTMLInputElement).value).toBe('១៤/០៣/២០២៥'));
    const victimAfter = screen.getByRole('group', { name: 'Victim ១' });
    expect((within(victimAfter).getByLabelText('Age (years)') as HTMLInputElement).value).toBe('១២');
  });

  it('a repeat group at its bound adds no row and says why (not found only at Save)', async () => {
    const full = {
      ...emptyValues('ICAC'),
      partnerAgencies: Array.from({ length: 50 }, (_, i) => ({ value: `Agency ${i}` })),
    };
    renderForm(vi.fn(), full, 'ICAC');
    const add = screen.getByRole('button', { name: 'Add partner agency' });
    expect(add.getAttribute('aria-disabled')).toBe('true');
    expect(add.getAttribute('aria-describedby')).toBeTruthy();
    await userEvent.click(add);
    expect(screen.getAllByRole('group', { name: /^Partner agency \d+$/ })).toHaveLength(50);
    expect(screen.getByText('One summary records at most 50 of these: remove a row to add another.')).toBeTruthy();
    // One row fewer, and the button adds again.
    await userEvent.click(screen.getByRole('button', { name: 'Remove Partner agency 50' }));
    expect(add.getAttribute('aria-disabled')).toBeNull();
    await userEvent.click(add);
    expect(screen.getAllByRole('group', { name: /^Partner agency \d+$/ })).toHaveLength(50);
  });

  it('lists the provinces by name, as the list’s filter does, not by their codes', () => {
    renderForm();
    const names = within(screen.getByLabelText(/^Province/))
      .getAllByRole('option')
      .map((o) => o.textContent ?? '')
      .filter((name) => PROVINCES.some((p) => p.name_en === name));
    expect(names).toHaveLength(PROVINCES.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names.indexOf('Preah Sihanouk')).toBeLessThan(names.indexOf('Siem Reap'));
  });

  it('a new ICAC form starts its counts at zero in Khmer digits when they are chosen', () => {
    renderForm(vi.fn(), emptyValues('ICAC', 'khmer'), 'ICAC', 'khmer');
    expect((screen.getByLabelText(/^Devices seized/) as HTMLInputElement).value).toBe('០');
  });

  it('a pasted narrative past its limit is kept whole, counted, and refused with a message, never cut', async () => {
    const onSave = renderForm();
    const user = userEvent.setup();
    const narrative = screen.getByLabelText(/^Summary/);
    await user.click(narrative);
    await user.paste('word '.repeat(700).trim());
    expect(screen.getByText('3,499 of 4,000 characters')).toBeTruthy();
    await user.paste(' more words '.repeat(215));
    expect((narrative as HTMLTextAreaElement).value).toHaveLength(3499 + 12 * 215);
    expect(screen.getByText('6,078 of 4,000 characters: 2,078 too many. Shorten it to save.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Use at most 4,000 characters')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a change typed just before Save is not kept as a draft after the save discarded it', async () => {
    const record = recordOf(summaryOf('HIT'));
    let draftsAtSave = -1;
    let draftsBeforeAnswer = -1;
    const onSave = vi.fn(async () => {
      // Counted from the save, not from the typing: on a slow machine the autosave, due 0.6 s
      // after the last key, may go out before Save is clicked, and that draft the save discards.
      draftsAtSave = sent('drafts:save').length;
      // Main answers slowly (a busy PC): the change's autosave falls due meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      draftsBeforeAnswer = sent('drafts:save').length;
      return { ok: true as const, value: record };
    });
    renderForm(onSave, toFormValues(record.summary));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^District/), ' centre');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    await waitFor(() => expect(draftsBeforeAnswer).not.toBe(-1));
    expect(draftsBeforeAnswer).toBe(draftsAtSave);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false));
    expect(sent('drafts:save')).toHaveLength(draftsAtSave);
    expect(screen.queryByText('Draft kept')).toBeNull();
  });
});

describe('the draft once the summary is saved', () => {
  it('the form going away after the save (the page opens the saved summary) writes no draft back', async () => {
    const record = recordOf(summaryOf('HIT'));
    let unmount: () => void = () => undefined;
    // As the app does: the saved summary opens on a page of its own, and this form goes at once.
    const onSaved = vi.fn(() => unmount());
    ({ unmount } = render(
      <I18nProvider language="en">
        <RouterProvider>
          <CaseForm
            team="HIT"
            label="Edit HIT summary"
            saved={toFormValues(record.summary)}
            draftKey={`edit:${record.id}`}
            onSave={() => Promise.resolve({ ok: true as const, value: record })}
            onSaved={onSaved}
          />
        </RouterProvider>
      </I18nProvider>,
    ));
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^District/), ' centre');
    expect(await screen.findByText('Draft kept')).toBeTruthy();
    const kept = sent('drafts:save').length;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    // Main discarded the draft with the save; nothing puts it back, now or a moment later.
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(sent('drafts:save')).toHaveLength(kept);
  });
});

describe('FST case form', () => {
  it('lists an exhibit left without its type in the error summary, focused, and saves nothing', async () => {
    const summary = sampleSummary('FST');
    const values = toFormValues(summary);
    const [exhibit] = values.exhibits as Record<string, unknown>[];
    values.exhibits = [{ ...exhibit, type: '' }];
    const onSave = renderForm(vi.fn(), values, 'FST');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const box = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(
      within(box)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Exhibit 1, Type: Choose one from the list']);
    expect(onSave).not.toHaveBeenCalled();
  });
});
