import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/i18n/translate';
import type { ImportItem, ImportPreview, JobStatus } from '../../../shared/schemas/exchange';
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

const JOB = '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';
const FILE = '5d2c8a41-7b3e-4f69-9a0d-1e6b2c4f8a73';
/** Main's answers to `jobs:progress`: half way until the test lets the check finish. */
let state: 'running' | 'done' | 'cancelled' = 'running';
const uploads: { address: string; body: unknown }[] = [];

/** Main's answer to `jobs:progress` now, with `shown` as the preview once the check is done. */
const progress = (shown: ImportPreview) => ({
  job: JOB,
  kind: 'import' as const,
  state,
  done: state === 'done' ? 3 : 1,
  total: 3,
  ...(state === 'done' ? { preview: shown } : {}),
});

beforeEach(() => {
  state = 'running';
  uploads.length = 0;
  serve({
    'app:info': () => ({ version: '0.1.0', host: 'browser-shell' }),
    'imports:previewFile': () => ({ job: JOB }),
    'jobs:progress': () => progress(preview),
    'jobs:cancel': () => ({ job: JOB, kind: 'import', state: 'running', done: 1, total: 3 }),
    'imports:apply': () => ({ written: 1, years: [2025] }),
    'imports:cancel': () => null,
  });
  // The browser shell's upload route: the file streamed as the request's body.
  vi.stubGlobal('fetch', (address: string, init: RequestInit) => {
    uploads.push({ address, body: init.body });
    const value = { file: FILE, fileName: 'cpu-data-2025.jsonl', protected: false };
    return Promise.resolve({ json: () => Promise.resolve({ ok: true, value }) });
  });
});

afterEach(() => vi.unstubAllGlobals());

function renderPanel(language: Language) {
  render(
    <I18nProvider language={language}>
      <ImportPanel />
    </I18nProvider>,
  );
  return userEvent.setup();
}

/** In the browser shell: the file field's file goes to main as an upload, then main checks it as a job. */
async function chooseFile(language: Language) {
  const user = renderPanel(language);
  const file = new File(['{"format":"cpu-case-register/year-data"}'], 'cpu-data-2025.jsonl');
  await user.upload(await screen.findByLabelText(language === 'en' ? 'Choose a yearly data file' : /ជ្រើសរើស/), file);
  expect(uploads).toEqual([{ address: '/__shell/upload?name=cpu-data-2025.jsonl', body: file }]);
  await waitFor(() => expect(sent('imports:previewFile')).toEqual([{ file: FILE }]));
  expect(
    await screen.findByRole('progressbar', { name: language === 'en' ? 'Reading and checking the file' : /ត្រួតពិនិត្យ/ }),
  ).toBeTruthy();
  state = 'done';
  return user;
}

/** The desktop app, where main's dialog chooses `fileName` and the import's job answers `status`. */
function chosenInDesktop(fileName: string, status: Pick<JobStatus, 'state' | 'error'>) {
  serve({
    'app:info': () => ({ version: '0.1.0', host: 'electron' }),
    'imports:chooseFile': () => ({ file: FILE, fileName, protected: fileName.endsWith('.cpudata') }),
    'jobs:progress': () => ({ job: JOB, kind: 'import', done: 0, total: 0, ...status }),
  });
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
    // The progress bar it replaced is gone: focus is on the preview's title, where reading starts.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What this file would change' }));
    await user.click(screen.getByRole('button', { name: 'Import 1 summary' }));
    await waitFor(() => expect(sent('imports:apply')).toEqual([{ token: TOKEN, resolutions: {} }]));
    const done = await screen.findByText('Imported 1 summary into 2025.');
    await waitFor(() => expect(document.activeElement).toBe(done));
  });

  it('names the summaries it updates, and in plain view those it moves into or out of this PC’s bin', async () => {
    const updating: ImportPreview = {
      ...preview,
      counts: { ...preview.counts, newer: 2 },
      items: [
        ...preview.items,
        item(4, { kind: 'newer', caseCode: 'OVA-2025-0004', team: 'OVA', bin: 'into' }),
        item(5, { kind: 'newer', caseCode: 'HIT-2025-0005' }),
      ],
    };
    serve({ 'jobs:progress': () => progress(updating) });
    await chooseFile('en');
    expect(
      await screen.findByText('OVA-2025-0004 moves to the bin on this PC (it was moved to the bin on the other PC)'),
    ).toBeTruthy();
    const updated = screen.getByText('Summaries that will be updated (2)').closest('details') as HTMLElement;
    expect(
      within(updated)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['OVA-2025-0004', 'HIT-2025-0005']);
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
    // In the officer's digits (Latin, the default), as the date beside it.
    expect(second?.textContent).toContain('សូមប្រើឆ្នាំពី 2000 ដល់ឆ្នាំក្រោយ');
    expect(sent('imports:apply')).toEqual([]);
  });

  it('in the desktop app, opens the file with main’s dialog, asks a protected file’s passphrase, and a cancel writes nothing', async () => {
    serve({
      'app:info': () => ({ version: '0.1.0', host: 'electron' }),
      'imports:chooseFile': () => ({ file: FILE, fileName: 'cpu-data-2025-protected.cpudata', protected: true }),
    });
    const user = renderPanel('en');
    await user.click(await screen.findByRole('button', { name: 'Choose a data file…' }));
    expect(await screen.findByText('Chosen: cpu-data-2025-protected.cpudata')).toBeTruthy();
    // Nothing is read before the passphrase is given.
    expect(sent('imports:previewFile')).toEqual([]);
    await user.type(screen.getByLabelText('Passphrase of this file'), 'river lanterns at dusk');
    await user.click(screen.getByRole('button', { name: 'Open the file' }));
    expect(await screen.findByRole('progressbar', { name: 'Reading and checking the file' })).toBeTruthy();
    expect(screen.getByText('1 of 3 summaries')).toBeTruthy();
    expect(sent('imports:previewFile')).toEqual([{ file: FILE, passphrase: 'river lanterns at dusk' }]);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(sent('jobs:cancel')).toEqual([{ job: JOB }]);
    state = 'cancelled';
    const cancelled = await screen.findByText('Cancelled. Nothing was written.');
    await waitFor(() => expect(document.activeElement).toBe(cancelled));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText('What this file would change')).toBeNull();
    expect(sent('imports:apply')).toEqual([]);
    expect(uploads).toEqual([]);
  });

  it('a wrong passphrase puts focus back in its field, selected for retyping', async () => {
    chosenInDesktop('cpu-data-2025-protected.cpudata', {
      state: 'failed',
      error: { code: 'wrong-passphrase', message: 'The passphrase does not open this file.' },
    });
    const user = renderPanel('en');
    await user.click(await screen.findByRole('button', { name: 'Choose a data file…' }));
    const field = (await screen.findByLabelText('Passphrase of this file')) as HTMLInputElement;
    await user.type(field, 'not the one{Enter}');
    await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Passphrase of this file')));
    const again = screen.getByLabelText('Passphrase of this file') as HTMLInputElement;
    expect([again.selectionStart, again.selectionEnd]).toEqual([0, 'not the one'.length]);
  });

  it('names a summary’s broken field as the form labels it, not by its path', async () => {
    chosenInDesktop('cpu-data-2025.jsonl', {
      state: 'failed',
      error: {
        code: 'file-record-invalid',
        message: 'Summary HIT-2025-0060 breaks the rules at summary.suspects.1.arrestDate.',
        params: {
          record: 'HIT-2025-0060',
          field: 'summary.suspects.1.arrestDate',
          detail: 'v.arrestDate.beforeOffence',
        },
      },
    });
    const user = renderPanel('en');
    await user.click(await screen.findByRole('button', { name: 'Choose a data file…' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Summary HIT-2025-0060 in this file breaks the rules at Suspect 2 › Arrest date: The arrest cannot be before the offence.',
    );
  });

  it('while a protected file is being opened, says so rather than “0 of 0 summaries”', async () => {
    chosenInDesktop('cpu-data-2025-protected.cpudata', { state: 'running' });
    const user = renderPanel('en');
    await user.click(await screen.findByRole('button', { name: 'Choose a data file…' }));
    await user.type(await screen.findByLabelText('Passphrase of this file'), 'river lanterns at dusk');
    await user.click(screen.getByRole('button', { name: 'Open the file' }));
    const bar = await screen.findByRole('progressbar', { name: 'Reading and checking the file' });
    // No value: the bar moves without claiming how far (there is no count yet).
    expect(bar.hasAttribute('value')).toBe(false);
    expect(screen.getByText('Opening the file (a protected file’s passphrase takes a moment)…')).toBeTruthy();
    expect(screen.queryByText('0 of 0 summaries')).toBeNull();
  });
});
