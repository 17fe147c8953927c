import type { BenchResults } from './report';
import type { Seeded } from './lib/seed';
import type { Timing } from './lib/stats';
import { SIZES, TARGETS } from './targets';
import { atMost, judged, med, median, ms, n, type Row } from './report-kit';

/** The yearly data file both ways and the case-level CSV, each judged against the data-file issue's target. */
export function dataFileRows(res: BenchResults, seeded: Seeded): Row[] {
  const e = res.exports.value;
  const large = n(SIZES.large);
  const exportRow = (kind: string, t: Timing, fileMb: number, peakMb: number): Row => ({
    measure: `export yearly data file (v2, ${kind}), job to a path until done`,
    size: `${large} (${fileMb} MB)`,
    target: atMost(TARGETS.yearFileExportMs),
    measured: `${med(t)}; peak ${n(peakMb)} MB`,
    ...judged(
      t.median <= TARGETS.yearFileExportMs,
      () =>
        `reading the year in bulk alone (every summary and history row opened by AES-256-GCM, not parsed) takes ${ms(e.parts.rawYear.median)}; the rest is writing the lines, their SHA-256${kind === 'protected' ? ", the chunks' AES-256-GCM and the scrypt key derivation" : ''}.`,
    ),
  });
  const importRow = (protectedFile: boolean): Row[] => {
    const runs = res.imports.map((c) => c.value).filter((i) => i.protectedFile === protectedFile);
    if (runs.length === 0) return [];
    const kind = protectedFile ? 'protected' : 'plain';
    const total = median(runs.map((i) => i.total));
    const preview = median(runs.map((i) => i.preview));
    const apply = median(runs.map((i) => i.apply));
    const spread = runs.map((i) => `${ms(i.preview)} + ${ms(i.apply)}`).join('; ');
    return [
      {
        measure: `import and merge (v2, ${kind}): preview + apply, median`,
        size: `${large} into ${large} (${protectedFile ? seeded.theirs.protectedMb : seeded.theirs.plainMb} MB file)`,
        target: atMost(TARGETS.importMs),
        measured: `${ms(total)} (preview ${ms(preview)} + apply ${ms(apply)}; runs ${spread}); peak ${n(Math.max(...runs.map((i) => i.mainPeakMb)))} MB`,
        ...judged(
          total <= TARGETS.importMs,
          () =>
            `the preview reads and checks every line (${protectedFile ? "after the scrypt key derivation and each chunk's AES-256-GCM; " : ''}schema, SHA-256) and compares each with this PC's copy; the apply writes the new, newer and resolved summaries (each sealed three times, with its history) in one transaction: preview ${ms(preview)}, apply ${ms(apply)}.`,
        ),
      },
    ];
  };
  return [
    exportRow('plain', e.yearJson, e.yearJsonMb, e.yearFilePeakMb),
    exportRow('protected', e.yearProtected, e.yearProtectedMb, e.yearProtectedPeakMb),
    {
      measure: 'export case-level CSV (zip)',
      size: `${large} (${e.casesCsvMb} MB)`,
      target: atMost(TARGETS.casesCsvMs),
      measured: med(e.casesCsv),
      ...judged(
        e.casesCsv.median <= TARGETS.casesCsvMs,
        () =>
          `reading the year's summaries without history ${ms(e.parts.factsYear.median)}, building the tables ${ms(e.parts.tables.median)}; the rest is the CSV text and the zip.`,
      ),
    },
    ...importRow(false),
    ...importRow(true),
  ];
}
