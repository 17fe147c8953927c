import { describe, expect, it } from 'vitest';
import { generateSummaries } from '../../shared/testing/generate';
import { sampleSummary } from '../../shared/testing/samples';
import { hit, repositoryFolder } from '../cases/repository-test-kit';
import { YearSettingsRepository } from '../years/year-settings-repository';
import { computeReport, TotalsReports } from './totals-reports';
import { sortedIds } from '../../shared/testing/sorted-ids';

/**
 * The annual totals report is kept sealed on lock, so the first request after the next unlock
 * answers without reading the summaries; any change to a summary or the year's settings makes
 * the stored report stale, and it is never answered then.
 */
describe('stored totals reports', () => {
  const folder = repositoryFolder();
  /** As after an unlock: a new repository, new settings and new reports on the folder. */
  const unlock = () => {
    const cases = folder.open();
    const years = new YearSettingsRepository(folder.vault);
    return { cases, years, totals: new TotalsReports(cases, years, folder.vault) };
  };
  const investigations = (totals: TotalsReports) => totals.get(2025).comparison.current.investigations.value;

  it('answers the next unlock from the stored report while nothing changed', () => {
    const first = unlock();
    first.cases.save({ summary: sampleSummary('HIT', 'CPU-2025-001') }, 'Sok Dara');
    first.cases.save({ summary: sampleSummary('HIT', 'CPU-2025-002') }, 'Sok Dara');
    expect(investigations(first.totals)).toBe(2);
    first.totals.store();

    // The summaries' facts made unreadable: only the stored report can answer.
    const db = folder.vault.db;
    const versions = db.prepare('SELECT year, version FROM year_versions').all();
    db.prepare("UPDATE summaries SET facts = x'00'").run();
    db.prepare("DELETE FROM year_caches WHERE kind = 'facts'").run();
    for (const v of versions)
      db.prepare('UPDATE year_versions SET version = ? WHERE year = ?').run(v.version ?? 0, v.year ?? 0);
    const second = unlock();
    expect(investigations(second.totals)).toBe(2);
    expect(second.totals.get(2025).quality).toEqual(first.totals.get(2025).quality);
  });

  it('computes again after a save, and after the year’s spending changed', () => {
    const first = unlock();
    first.cases.save({ summary: sampleSummary('HIT', 'CPU-2025-001') }, 'Sok Dara');
    expect(investigations(first.totals)).toBe(1);
    first.totals.store();

    const second = unlock();
    second.cases.save({ summary: { ...hit, investigationRef: 'CPU-2025-003' } }, 'Sok Dara');
    expect(investigations(unlock().totals)).toBe(2);
    // In the same unlock too: the kept report follows the save.
    expect(investigations(second.totals)).toBe(2);
    second.totals.store();

    const third = unlock();
    expect(third.totals.get(2025).comparison.current.spending.total).toBe(0);
    third.years.setSpending(2025, { HIT: 1200 }, 'Sok Dara');
    third.totals.store();
    expect(unlock().totals.get(2025).comparison.current.spending.total).toBe(1200);
  });
});

describe('totals after saves in the same unlock', () => {
  const folder = repositoryFolder();

  it('follow every save, move between years, deletion and restore as a full computation does', () => {
    const cases = folder.open();
    const years = new YearSettingsRepository(folder.vault);
    const totals = new TotalsReports(cases, years, folder.vault);
    const check = () => {
      for (const year of [2024, 2025])
        expect(sortedIds(totals.get(year))).toEqual(sortedIds(computeReport(cases, years, year)));
    };
    const saved = generateSummaries(12, 2025, 5).map((summary) => cases.save({ summary }, 'Sok Dara'));
    check();
    const [first, second, third] = saved;
    if (!first || !second || !third) throw new Error('summaries not saved');
    // Moved to the year before: both years of the report change.
    const moved = cases.save(
      {
        id: first.id,
        expectedRevision: first.revision,
        summary: { ...first.summary, dateReported: '2024-12-30', offenceDate: '2024-12-01' },
      },
      'Sok Dara',
    );
    check();
    // Onto another investigation, then into the bin and back.
    cases.save(
      {
        id: second.id,
        expectedRevision: second.revision,
        summary: { ...second.summary, investigationRef: third.summary.investigationRef },
      },
      'Sok Dara',
    );
    check();
    const deleted = cases.delete({ id: moved.id, expectedRevision: moved.revision }, 'Sok Dara');
    check();
    cases.restore({ id: deleted.id, expectedRevision: deleted.revision }, 'Sok Dara');
    check();
    years.setSpending(2025, { HIT: 1200 }, 'Sok Dara');
    check();
    expect(totals.get(2025).comparison.current.spending.total).toBe(1200);
  });
});
