import type { ChildResult } from './lib/processes';
import type { BenchResults } from './report';
import { SIZES } from './targets';
import { n } from './report-kit';

export interface MemoryRow {
  measure: string;
  startMb: number;
  /** Peak resident memory once the app's own work was done (before the benchmark's analysis of parts). */
  peakMb: number;
  /** Peak of the whole measuring process, the analysis of parts included. */
  processPeakMb: number;
}

/** Each measure ran in its own process: its start and peak resident memory. */
export function memoryRows(res: BenchResults): MemoryRow[] {
  const row = (measure: string, c: ChildResult<{ mainPeakMb: number }>) => ({
    measure,
    startMb: c.startRssMb,
    peakMb: c.value.mainPeakMb,
    processPeakMb: c.peakRssMb,
  });
  const shell = (measure: string, peak: number | undefined) =>
    peak === undefined ? [] : [{ measure, startMb: Number.NaN, peakMb: peak, processPeakMb: peak }];
  return [
    row(`save, year of ${n(SIZES.small)}`, res.saveSmall),
    row(`save, year of ${n(SIZES.large)}`, res.saveLarge),
    row('totals', res.totals),
    row('exports (whole process, the CSV included)', res.exports),
    {
      measure: 'export yearly data file, plain',
      startMb: res.exports.startRssMb,
      peakMb: res.exports.value.yearFilePeakMb,
      processPeakMb: res.exports.peakRssMb,
    },
    {
      measure: 'export yearly data file, protected',
      startMb: res.exports.startRssMb,
      peakMb: res.exports.value.yearProtectedPeakMb,
      processPeakMb: res.exports.peakRssMb,
    },
    {
      measure: 'export case-level CSV',
      startMb: res.exports.startRssMb,
      peakMb: res.exports.value.casesCsvPeakMb,
      processPeakMb: res.exports.peakRssMb,
    },
    ...res.imports.map((c, i) =>
      row(`import and merge, ${c.value.protectedFile ? 'protected' : 'plain'}, run ${Math.floor(i / 2) + 1}`, c),
    ),
    row('open ten years', res.openYears),
    row('backup with saves', res.backup),
    ...shell('browser shell: open after unlock', res.openAfterUnlock.value.shellPeakRssMb),
    ...shell('browser shell: list of 30,000', res.list.value.shellPeakRssMb),
  ];
}
