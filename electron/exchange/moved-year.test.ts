import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/schemas/case';
import type { ImportPreview, ImportResult, TotalsReport, YearFileExport } from '../../shared/schemas/exchange';
import { sampleSummary } from '../../shared/testing/samples';
import { downloaded, finished, must, officePc, type OfficePc } from '../testing/office-pc';
import { rememberFile } from './transfers';

/** PC `from`'s yearly data file of `year`, imported on PC `to` with every new and newer summary taken. */
async function sendYear(
  from: OfficePc,
  to: OfficePc,
  year: number,
): Promise<{ preview: ImportPreview; result: ImportResult }> {
  const started = await from.call<YearFileExport>('exports:yearFile', { year });
  const { bytes } = await downloaded(from, started);
  const path = join(to.dir, started.fileName);
  writeFileSync(path, bytes);
  const chosen = await rememberFile(path, started.fileName, false);
  const { job } = await to.call<{ job: string }>('imports:previewFile', { file: chosen.file });
  const preview = must((await finished(to, job)).preview);
  const result = await to.call<ImportResult>('imports:apply', { token: preview.token, resolutions: {} });
  return { preview, result };
}

const fstSummaries = async (pc: OfficePc, year: number) =>
  (await pc.call<TotalsReport>('totals:get', { year })).comparison.current.summariesByTeam.rows.find(
    (r) => r.key === 'FST',
  )?.value;

/**
 * An FST summary of January 2025 on the officer's PC, sent with its year to the coordinator's;
 * then the officer corrects its report date: it belongs to December 2024.
 */
async function movedAfterSending(ref: string) {
  const officer = officePc('officer');
  const coordinator = officePc('coordinator');
  const fst = { ...sampleSummary('FST', ref), dateReported: '2025-01-06', offenceDate: '2025-01-02' };
  const saved = await officer.call<CaseRecord>('cases:save', { summary: fst });
  await sendYear(officer, coordinator, 2025);
  expect(await fstSummaries(coordinator, 2025)).toBe(1);
  await officer.call<CaseRecord>('cases:save', {
    id: saved.id,
    expectedRevision: saved.revision,
    summary: { ...fst, dateReported: '2024-12-30', offenceDate: '2024-12-28' },
  });
  return { officer, coordinator, id: saved.id };
}

describe('a summary whose report date moved to another year, in the yearly data files', () => {
  it('the year it left carries it, so the PC that imported that year before moves it and counts it once', async () => {
    const { officer, coordinator } = await movedAfterSending('CPU-2025-700');
    expect(await fstSummaries(officer, 2025)).toBe(0);

    // Only the 2025 file goes to the coordinator: it holds the moved summary, and says it changes 2024 and 2025.
    const { preview, result } = await sendYear(officer, coordinator, 2025);
    expect(preview.counts.newer).toBe(1);
    expect(preview.years).toEqual([2024, 2025]);
    expect(result.written).toBe(1);
    expect(await fstSummaries(coordinator, 2025)).toBe(0);
    expect(await fstSummaries(coordinator, 2024)).toBe(1);
  });

  it('moved into a year closed on the PC importing it, it alone is left out, named, and the rest of the year imports', async () => {
    const { officer, coordinator, id } = await movedAfterSending('CPU-2025-701');
    await officer.call<CaseRecord>('cases:save', { summary: sampleSummary('OVA', 'CPU-2025-702') });
    await coordinator.call('years:close', { year: 2024 });

    const { preview, result } = await sendYear(officer, coordinator, 2025);
    const moved = preview.items.find((i) => i.id === id);
    expect(moved).toMatchObject({ kind: 'refused', refusal: { path: 'dateReported', message: 'v.import.yearClosed' } });
    expect(preview.counts).toMatchObject({ new: 1, refused: 1 });
    expect(result.written).toBe(1);
    // The coordinator's copy stays where it was, as it was.
    expect(await fstSummaries(coordinator, 2025)).toBe(1);
    expect(await fstSummaries(coordinator, 2024)).toBe(0);
  });

  it('moved out of a year closed on the PC importing it, it alone is left out, named, and the rest of the file imports', async () => {
    // Entered in December 2024 and sent with 2024; the coordinator closes 2024; then the officer
    // corrects the date to January 2025 and enters one more 2025 summary.
    const officer = officePc('officer');
    const coordinator = officePc('coordinator');
    const fst = { ...sampleSummary('FST', 'CPU-2024-703'), dateReported: '2024-12-30', offenceDate: '2024-12-28' };
    const saved = await officer.call<CaseRecord>('cases:save', { summary: fst });
    await sendYear(officer, coordinator, 2024);
    await coordinator.call('years:close', { year: 2024 });
    await officer.call<CaseRecord>('cases:save', {
      id: saved.id,
      expectedRevision: saved.revision,
      summary: { ...fst, dateReported: '2025-01-06', offenceDate: '2025-01-02' },
    });
    await officer.call<CaseRecord>('cases:save', { summary: sampleSummary('OVA', 'CPU-2025-704') });

    const { preview, result } = await sendYear(officer, coordinator, 2025);
    expect(preview.items.find((i) => i.id === saved.id)).toMatchObject({
      kind: 'refused',
      caseCode: saved.caseCode,
      refusal: { path: 'dateReported', message: 'v.import.yearClosed' },
    });
    expect(preview.counts).toMatchObject({ new: 1, refused: 1 });
    expect(result.written).toBe(1);
    expect(await fstSummaries(coordinator, 2024)).toBe(1);
    expect(await fstSummaries(coordinator, 2025)).toBe(0);
  });

  it('a year carries a summary that left it whatever year its case code says, so moved there and back it is counted where it is', async () => {
    // Entered in January 2025 (a 2025 code), wrongly dated December 2024, sent with 2024.
    const officer = officePc('officer');
    const coordinator = officePc('coordinator');
    const fst = { ...sampleSummary('FST', 'CPU-2025-705'), dateReported: '2025-01-06', offenceDate: '2025-01-02' };
    const first = await officer.call<CaseRecord>('cases:save', { summary: fst });
    const early = { ...fst, dateReported: '2024-12-30', offenceDate: '2024-12-28' };
    const moved = await officer.call<CaseRecord>('cases:save', {
      id: first.id,
      expectedRevision: first.revision,
      summary: early,
    });
    await sendYear(officer, coordinator, 2024);
    expect(await fstSummaries(coordinator, 2024)).toBe(1);
    // Put back in 2025: only the 2024 file goes to the coordinator again.
    await officer.call<CaseRecord>('cases:save', { id: first.id, expectedRevision: moved.revision, summary: fst });

    const { preview } = await sendYear(officer, coordinator, 2024);
    expect(preview.counts.newer).toBe(1);
    expect(preview.years).toEqual([2024, 2025]);
    expect(await fstSummaries(coordinator, 2024)).toBe(0);
    expect(await fstSummaries(coordinator, 2025)).toBe(1);
    expect(await fstSummaries(officer, 2024)).toBe(0);
  });

  it('its file’s own year closed here refuses the whole file, whichever other year is closed too', async () => {
    const { officer, coordinator } = await movedAfterSending('CPU-2025-706');
    await coordinator.call('years:close', { year: 2025 });
    await coordinator.call('years:close', { year: 2024 });
    const started = await officer.call<YearFileExport>('exports:yearFile', { year: 2025 });
    const { bytes } = await downloaded(officer, started);
    const path = join(coordinator.dir, started.fileName);
    writeFileSync(path, bytes);
    const chosen = await rememberFile(path, started.fileName, false);
    const { job } = await coordinator.call<{ job: string }>('imports:previewFile', { file: chosen.file });
    const status = await finished(coordinator, job);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'year-closed', params: { year: '2025' } } });
  });
});
