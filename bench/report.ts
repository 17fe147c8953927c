import type { ChildResult } from './lib/processes';
import type { Seeded } from './lib/seed';
import type { Timing } from './lib/stats';
import type { ExportResult, TotalsResult } from './measures/totals-export';
import type { ImportRun } from './measures/import';
import type { ListFilterResult } from './measures/list-filter';
import type { OpenYearsResult } from './measures/open-years';
import type { SaveResult } from './measures/save';
import { SIZES, TARGETS } from './targets';

export interface BenchResults {
  saveSmall: ChildResult<SaveResult>;
  saveLarge: ChildResult<SaveResult>;
  totals: ChildResult<TotalsResult>;
  exports: ChildResult<ExportResult>;
  imports: ChildResult<ImportRun>[];
  openYears: ChildResult<OpenYearsResult>;
  openYearsPlain: ChildResult<OpenYearsResult>;
  list: ChildResult<ListFilterResult>;
}

export interface Row {
  measure: string;
  size: string;
  target: string;
  measured: string;
  /** Save rows: the figure divided by the same statistic of the file floor and of the true floor. */
  vsFileFloor?: string;
  vsTrueFloor?: string;
  verdict: 'PASS' | 'MISS' | '';
  /** For a miss: what bounds the figure, in measured numbers. */
  bound?: string;
}

const n = (x: number) => x.toLocaleString('en-US');
export const ms = (x: number) => (x >= 100 ? `${n(Math.round(x))} ms` : `${x.toFixed(1)} ms`);
const ratio = (a: number, b: number) => `×${(a / b).toFixed(a / b >= 100 ? 0 : 1)}`;
const atMost = (x: number) => `≤ ${n(x)} ms`;
const verdict = (ok: boolean): Row['verdict'] => (ok ? 'PASS' : 'MISS');
const med = (t: Timing) => `${ms(t.median)} (p95 ${ms(t.p95)}, n=${t.n})`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

function saveRows(r: SaveResult): Row[] {
  const size = `year of ${n(r.size)} (${r.fileMb} MB)`;
  const limit = TARGETS.saveVsFileFloor * r.fileFloor.p95;
  const ok = r.save.p95 <= limit;
  const { serialize, backup } = r.parts;
  const parts = serialize.median + r.fileFloor.median + backup.median;
  const bound =
    `bounded by rewriting the whole ${r.fileMb} MB encrypted year file, and a backup of it, on every save. Timed apart: turning the year into ` +
    `encrypted file text takes ${ms(serialize.median)}, writing it (the file floor) ${ms(r.fileFloor.median)}, reading it back and writing the backup ` +
    `${ms(backup.median)}; together ${ms(parts)} of the median ${ms(r.save.median)}. The target allows ${ms(limit)}; only a store that appends ` +
    `one summary could approach the true floor (${ms(r.trueFloor.median)}).`;
  return [
    { measure: 'save one summary, median', size, target: '', measured: ms(r.save.median), vsFileFloor: ratio(r.save.median, r.fileFloor.median), vsTrueFloor: ratio(r.save.median, r.trueFloor.median), verdict: '' },
    {
      measure: 'save one summary, p95',
      size,
      target: `≤ ${TARGETS.saveVsFileFloor}× file floor p95 (${ms(limit)})`,
      measured: `${ms(r.save.p95)} (n=${r.save.n})`,
      vsFileFloor: ratio(r.save.p95, r.fileFloor.p95),
      vsTrueFloor: ratio(r.save.p95, r.trueFloor.p95),
      verdict: verdict(ok),
      ...(ok ? {} : { bound }),
    },
    { measure: 'file floor: write + fsync + rename, median / p95', size, target: 'measured', measured: `${ms(r.fileFloor.median)} / ${ms(r.fileFloor.p95)}`, verdict: '' },
    { measure: 'true floor: append one summary + fsync, median / p95', size, target: 'measured', measured: `${ms(r.trueFloor.median)} / ${ms(r.trueFloor.p95)}`, verdict: '' },
  ];
}

/** The table rows, each judged against its target; a miss says what bounds it. */
export function tableRows(res: BenchResults, seeded: Seeded): Row[] {
  const t = res.totals.value;
  const e = res.exports.value;
  const imports = res.imports.map((c) => c.value);
  const importMs = median(imports.map((i) => i.total));
  const o = res.openYears.value;
  const l = res.list.value;
  const large = n(SIZES.large);
  const rows: Row[] = [...saveRows(res.saveSmall.value), ...saveRows(res.saveLarge.value)];
  const totalsOk = t.computeTotals.median <= TARGETS.totalsMs;
  rows.push(
    {
      measure: 'annual totals (computeTotals)',
      size: n(t.records),
      target: atMost(TARGETS.totalsMs),
      measured: med(t.computeTotals),
      verdict: verdict(totalsOk),
      ...(totalsOk
        ? {}
        : {
            bound:
              `bounded by computeTotals' own passes over every summary in memory (no I/O): grouping by investigation takes ${ms(t.parts.group.median)}, ` +
              'the rest is counting every figure together with the ids of the summaries behind it (so each figure can open its list).',
          }),
    },
    { measure: 'totals request (this and last year + data quality)', size: n(t.records), target: '', measured: med(t.totalsRequest), verdict: '' },
  );
  const exportBounds = {
    json: `bounded by writing ${e.yearJsonMb} MB at once: the checksum over canonical JSON (keys sorted at every depth) takes ${ms(e.parts.checksum.median)}, then the file's JSON and its base64 for the answer.`,
    csv: `bounded by building ${e.casesCsvMb} MB of zipped CSV at once: the tables take ${ms(e.parts.tables.median)}, the rest is the CSV text, pure-JS deflate and base64.`,
  };
  for (const [label, timing, size, bound] of [
    ['export yearly data file (JSON)', e.yearJson, e.yearJsonMb, exportBounds.json],
    ['export case-level CSV (zip)', e.casesCsv, e.casesCsvMb, exportBounds.csv],
  ] as const) {
    const ok = timing.median <= TARGETS.exportMs;
    rows.push({ measure: label, size: `${large} (${size} MB)`, target: `${atMost(TARGETS.exportMs)} each`, measured: med(timing), verdict: verdict(ok), ...(ok ? {} : { bound }) });
  }
  rows.push({ measure: 'both exports, one after the other', size: large, target: '', measured: ms(e.yearJson.median + e.casesCsv.median), verdict: '' });
  const importOk = importMs <= TARGETS.importMs;
  const preview = median(imports.map((i) => i.preview));
  const apply = median(imports.map((i) => i.apply));
  rows.push({
    measure: 'import and merge (preview + apply)',
    size: `${large} into ${large} (${seeded.theirsMb} MB file)`,
    target: atMost(TARGETS.importMs),
    measured: `${ms(importMs)} (preview ${ms(preview)} + apply ${ms(apply)}, n=${imports.length})`,
    verdict: verdict(importOk),
    ...(importOk
      ? {}
      : {
          bound:
            `bounded by the ${seeded.theirsMb} MB file being read whole and checked before anything is written. Preview ${ms(preview)}: parsing its JSON ` +
            `${ms(median(imports.map((i) => i.parts.parse)))}, its checksum over canonical JSON ${ms(median(imports.map((i) => i.parts.checksum)))}, then every record ` +
            `against the schema and classified against ours. Apply ${ms(apply)}: each written record checked again, and the whole year file rewritten with its ` +
            `backup, as a save does (a save into ${n(res.saveLarge.value.size)} takes ${ms(res.saveLarge.value.save.median)}).`,
        }),
  });
  const openOk = o.open.median <= TARGETS.openTenYearsMs;
  const plain = res.openYearsPlain.value;
  rows.push(
    {
      measure: `open ten years after unlock (${o.codec}, as stored; unlock excluded)`,
      size: `${o.years} × ${n(o.records / Math.max(1, o.years))} = ${n(o.records)}`,
      target: atMost(TARGETS.openTenYearsMs),
      measured: med(o.open),
      verdict: verdict(openOk),
      ...(openOk
        ? {}
        : {
            bound:
              `bounded by reading every summary twice and checking each: conf opening the ten files (it reads, decrypts and parses each whole file and ` +
              `deep-compares it with a copy) ${ms(o.parts.confOpen.median)}, the repository reading each store (all of that again) ${ms(o.parts.storeRead.median)}, ` +
              `the schema check of every record ${ms(o.parts.validate.median)}. The same files unencrypted open in ${ms(plain.open.median)}.`,
          }),
    },
    { measure: 'open ten years, the same files unencrypted', size: n(plain.records), target: '', measured: med(plain.open), verdict: '' },
  );
  const listOk = l.search.median <= TARGETS.listFilterMs;
  rows.push(
    {
      measure: `cases list search in ${l.browser}, until the count changes`,
      size: `${n(l.rows)} rows`,
      target: atMost(TARGETS.listFilterMs),
      measured: `${med(l.search)}; first ${ms(l.firstSearch)}`,
      verdict: verdict(listOk),
      ...(listOk ? {} : { bound: 'bounded by filtering every row in the page on each change and React drawing the result.' }),
    },
    { measure: 'cases list search, until drawn (next frame)', size: `${n(l.rows)} rows`, target: '', measured: med(l.searchPainted), verdict: '' },
    { measure: 'open the year in the cases list (Chromium)', size: `${n(l.rows)} rows`, target: '', measured: ms(l.openList), verdict: '' },
  );
  const peaks = memoryRows(res);
  const top = peaks.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
  rows.push({ measure: 'peak memory of the main-process work', size: `largest: ${top.measure}`, target: 'printed', measured: `${n(top.peakMb)} MB`, verdict: '' });
  return rows;
}

export interface MemoryRow {
  measure: string;
  startMb: number;
  peakMb: number;
}

/** Each measure ran in its own Node process: its start and peak resident memory. */
export function memoryRows(res: BenchResults): MemoryRow[] {
  const row = (measure: string, c: ChildResult<unknown>) => ({ measure, startMb: c.startRssMb, peakMb: c.peakRssMb });
  return [
    row(`save, year of ${n(SIZES.small)}`, res.saveSmall),
    row(`save, year of ${n(SIZES.large)}`, res.saveLarge),
    row('totals', res.totals),
    row('exports', res.exports),
    ...res.imports.map((c, i) => row(`import and merge, run ${i + 1}`, c)),
    row('open ten years', res.openYears),
    row('open ten years, unencrypted', res.openYearsPlain),
    ...(res.list.value.shellPeakRssMb === undefined ? [] : [{ measure: 'browser shell serving the list', startMb: Number.NaN, peakMb: res.list.value.shellPeakRssMb }]),
  ];
}

/** A plain-text table that fits a terminal; long explanations go below it, numbered. */
export function formatTable(rows: readonly Row[]): string {
  const notes: string[] = [];
  const cells = rows.map((r) => {
    let result: string = r.verdict;
    if (r.bound) {
      notes.push(r.bound);
      result += ` (${notes.length})`;
    }
    return [r.measure, r.size, r.target, r.measured, r.vsFileFloor ?? '', r.vsTrueFloor ?? '', result];
  });
  const header = ['measure', 'size', 'target', 'measured', '× file floor', '× true floor', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const missed = notes.map((note, i) => `(${i + 1}) MISS: ${note}`);
  return [line(header), rule, ...cells.map(line), '', ...missed].join('\n');
}
