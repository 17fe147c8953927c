import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/i18n/translate';
import type { ImportItem, ImportPreview } from '../../../shared/schemas/exchange';
import { I18nProvider } from '../../lib/i18n';
import { sent, serve } from '../../test/fake-api';
import { ImportPanel } from './import-panel';

vi.mock('../../lib/api', () => import('../../test/fake-api'));

const TOKEN = '00000000-0000-4000-8000-00000000000a';

const item = (n: number, changes: Partial<ImportItem>): ImportItem => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  caseCode: `HIT-2025-000${n}`,
  investigationRef: 'CPU-2025-014',
  team: 'HIT',
  dateReported: '2025-03-14',
  kind: 'new',
  conflicts: [],
  ...changes,
});

/** A file with one summary to import (kept apart: its code is taken here) and two the rules refuse. */
const preview: ImportPreview = {
  token: TOKEN,
  source: {
    pcId: '00000000-0000-4000-8000-0000000000ff',
    pcName: 'Takhmao office',
    exportedAt: '2025-12-01T08:00:00.000Z',
    appVersion: '0.1.0',
    year: 2025,
  },
  counts: { new: 1, identical: 0, newer: 0, older: 0, conflict: 0, purge: 0, purged: 0, refused: 2 },
  items: [
    item(1, { caseCode: 'FST-2025-0089', team: 'FST', codeInUse: true, keptAs: 'FST-2025-0089-B' }),
    item(2, { team: 'FST', kind: 'refused', refusal: { path: 'caseCode', message: 'v.import.codeTeam' } }),
    item(3, {
      caseCode: 'HIT-9999-0003',
      dateReported: '9999-01-05',
      kind: 'refused',
      refusal: { path: 'summary.dateReported', message: 'v.date.year' },
    }),
  ],
  years: [2025],
};

beforeEach(() => {
  serve({
    'imports:preview': () => preview,
    'imports:apply': () => ({ written: 1, years: [2025] }),
    'imports:cancel': () => null,
  });
});

async function chooseFile(language: Language) {
  render(
    <I18nProvider language={language}>
      <ImportPanel />
    </I18nProvider>,
  );
  const user = userEvent.setup();
  const content = '{"format":"cpu-case-register/year-data"}';
  // jsdom's File has no text(); the browser's does.
  const file = Object.assign(new File([content], 'cpu-data-2025.json', { type: 'application/json' }), {
    text: () => Promise.resolve(content),
  });
  await user.upload(screen.getByLabelText(language === 'en' ? 'Choose a yearly data file' : /ជ្រើសរើស/), file);
  return user;
}

describe('ImportPanel preview', () => {
  it('names each refused summary and why, the years it writes and the codes kept apart, and writes only on confirm', async () => {
    const user = await chooseFile('en');
    const refused = await screen.findByRole('region', {
      name: 'Not imported: these summaries break the register’s rules',
    });
    expect(
      within(refused)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'HIT-2025-0002 (FST, CPU-2025-014, reported 14/03/2025): Its case code names another team than the summary’s',
      'HIT-9999-0003 (HIT, CPU-2025-014, reported 05/01/9999): Use a year from 2000 to next year: the register lists no other years',
    ]);
    expect(screen.getByText('Summaries would be written into: 2025.')).toBeTruthy();
    expect(screen.getByText('FST-2025-0089 is kept here as FST-2025-0089-B')).toBeTruthy();
    const counts = screen.getByRole('row', { name: /Refused/ });
    expect(within(counts).getByText('2')).toBeTruthy();

    // Nothing is written until the officer confirms.
    expect(sent('imports:apply')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Import 1 summary' }));
    await waitFor(() => expect(sent('imports:apply')).toEqual([{ token: TOKEN, resolutions: {} }]));
    expect(await screen.findByText('Imported 1 summary into 2025.')).toBeTruthy();
  });

  it('says why in Khmer too', async () => {
    await chooseFile('km');
    const refused = await screen.findByRole('region', {
      name: 'មិននាំចូល៖ សេចក្ដីសង្ខេបទាំងនេះមិនគោរពតាមច្បាប់នៃបញ្ជីករណី',
    });
    const [first, second] = within(refused).getAllByRole('listitem');
    expect(first?.textContent).toContain('HIT-2025-0002');
    expect(first?.textContent).toContain('លេខកូដករណីរបស់វាដាក់ឈ្មោះក្រុមផ្សេង');
    expect(second?.textContent).toContain('HIT-9999-0003');
    expect(second?.textContent).toContain('សូមប្រើឆ្នាំពី ២០០០ ដល់ឆ្នាំក្រោយ');
    expect(sent('imports:apply')).toEqual([]);
  });
});
