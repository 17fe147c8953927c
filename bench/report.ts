import type { ChildResult } from './lib/processes';
import type { Seeded } from './lib/seed';
import type { BackupResult } from './measures/backup';
import type { ExportResult, TotalsResult } from './measures/totals-export';
import type { ImportRun } from './measures/import';
import type { ListFilterResult } from './measures/list-filter';
import type { OpenAfterUnlockResult } from './measures/open-after-unlock';
import type { OpenYearsResult } from './measures/open-years';
import type { SaveResult } from './measures/save';
import { SIZES, TARGETS } from './targets';
import { dataFileRows } from './data-file-rows';
import { memoryRows } from './memory-rows';
import { atMost, judged, med, ms, n, ratio, requestsText, type Row } from './report-kit';

export type { Row } from './report-kit';
export { memoryRows, type MemoryRow } from './memory-rows';

export interface BenchResults {
  saveSmall: ChildResult<SaveResult>;
  saveLarge: ChildResult<SaveResult>;
  totals: ChildResult<TotalsResult>;
  exports: ChildResult<ExportResult>;
  imports: ChildResult<ImportRun>[];
  openYears: ChildResult<OpenYearsResult>;
  backup: ChildResult<BackupResult>;
  openAfterUnlock: ChildResult<OpenAfterUnlockResult>;
  list: ChildResult<ListFilterResult>;
}

function saveRows(r: SaveResult, small: SaveResult | undefined): Row[] {
  const size = `year of ${n(r.size)}`;
  const limit = TARGETS.saveVsCommitFloor * r.commitFloor.p95;
  const ok = r.save.p95 <= limit;
  const { requestCheck, diff, seal, nextCode } = r.parts;
  const cpu = requestCheck.median + diff.median + seal.median + nextCode.median;
  const rows: Row[] = [
    {
      measure: 'save one summary, median',
      size,
      target: '',
      measured: ms(r.save.median),
      vsFloor: ratio(r.save.median, r.commitFloor.median),
      verdict: '',
    },
    {
      measure: 'save one summary, p95',
      size,
      target: `≤ ${TARGETS.saveVsCommitFloor}× one-row commit p95 (${ms(limit)})`,
      measured: `${ms(r.save.p95)} (n=${r.save.n})`,
      vsFloor: ratio(r.save.p95, r.commitFloor.p95),
      ...judged(
        ok,
        () =>
          `at ${n(r.size)}: a save is one durable commit like the floor (${ms(r.commitFloor.median)} median) plus its own work, timed apart without I/O: ` +
          `the request's schema check (the dispatcher's, the one a new summary gets) ${ms(requestCheck.median)}, the creation history diff ${ms(diff.median)}, sealing the row ${ms(seal.median)}, ` +
          `the next case code (this year's sequences row read and unsealed) ${ms(nextCode.median)}: ${ms(cpu)} together, against a median save of ${ms(r.save.median)}. ` +
          `The rest, from a CPU profile of 2,000 saves: the commit of about 15 WAL pages where the floor writes one (the summary row with its list and facts projections and indexes, its history row, the sequences row, the access-log entry and its indexes, the year's change count; the summary row alone ${n(r.rowBytes)} bytes sealed), six more seals (list row, facts, history entry, sequences row, access-log entry and its chain head), the SQL statements, the access-log entry's check and hash, and the JSON copy of the new record.`,
      ),
    },
    {
      measure: 'engine floor: one-row transaction, durable commit, same db, median / p95',
      size,
      target: 'measured',
      measured: `${ms(r.commitFloor.median)} / ${ms(r.commitFloor.p95)}`,
      verdict: '',
    },
    {
      measure: 'disk floor: append the summary + fsync, median / p95',
      size,
      target: 'measured',
      measured: `${ms(r.appendFloor.median)} / ${ms(r.appendFloor.p95)}`,
      verdict: '',
    },
  ];
  if (small) {
    const limitSame = TARGETS.saveLargeVsSmall * small.save.p95;
    const same = r.save.p95 <= limitSame;
    rows.push({
      measure: `save p95 the same at both sizes (${n(r.size)} vs ${n(small.size)})`,
      size: `${n(small.size)} and ${n(r.size)}`,
      target: `≤ ${TARGETS.saveLargeVsSmall}× the p95 at ${n(small.size)} (${ms(limitSame)})`,
      measured: `${ms(r.save.p95)} vs ${ms(small.save.p95)} (${ratio(r.save.p95, small.save.p95)})`,
      ...judged(
        same,
        () =>
          `the next case code reads one sequences row (${ms(small.parts.nextCode.median)} at ${n(small.size)}, ` +
          `${ms(r.parts.nextCode.median)} at ${n(r.size)}); the engine floor itself is ${ms(small.commitFloor.p95)} vs ${ms(r.commitFloor.p95)} p95.`,
      ),
    });
  }
  return rows;
}

/** The table rows, each judged against its target; a miss says what bounds it. */
export function tableRows(res: BenchResults, seeded: Seeded): Row[] {
  const t = res.totals.value;
  const o = res.openYears.value;
  const u = res.openAfterUnlock.value;
  const l = res.list.value;
  const b = res.backup.value;
  const large = n(SIZES.large);
  const rows: Row[] = [
    ...saveRows(res.saveSmall.value, undefined),
    ...saveRows(res.saveLarge.value, res.saveSmall.value),
  ];

  const openUnlockOk = u.afterUnlock.median <= TARGETS.openAfterUnlockMs;
  rows.push(
    {
      measure: `open the app after unlock until the current year's list is drawn (${u.browser}; median of ${u.runs.length} fresh shells)`,
      size: `${o.years} × ${n(o.records / Math.max(1, o.years))}`,
      target: atMost(TARGETS.openAfterUnlockMs),
      measured: `${ms(u.afterUnlock.median)} (runs ${u.runs.map((r) => ms(r.afterUnlock)).join(', ')}; painted ${ms(u.afterUnlockPainted.median)})`,
      ...judged(openUnlockOk, () => {
        const mid = [...u.runs].sort((a, b2) => a.afterUnlock - b2.afterUnlock)[Math.floor((u.runs.length - 1) / 2)];
        return (
          `main process, fresh after unlock (Node, same requests): cases:years ${ms(o.firstList.years)} (opens the database and builds the services, ` +
          `which checks the newest backup), cases:list of the current year ${ms(o.firstList.list)} (${n(o.firstList.rows)} rows read and unsealed). ` +
          `In the page (median run, times after the unlock screen went): ${mid ? requestsText(mid.requests, mid.unlock) : 'n/a'}.`
        );
      }),
    },
    {
      measure: 'the same in the main process: cases:years + cases:list (current year), first after unlock',
      size: `${o.years} × ${n(o.records / Math.max(1, o.years))}`,
      target: '',
      measured: `${ms(o.firstList.years + o.firstList.list)} (${ms(o.firstList.years)} + ${ms(o.firstList.list)})`,
      verdict: '',
    },
    {
      measure: 'open ten years: a fresh repository reads and unseals every year',
      size: n(o.records),
      target: '',
      measured: `${med(o.open)}; SQL read alone ${ms(o.parts.sqlRead.median)}`,
      verdict: '',
    },
  );

  const openOk = l.openList.ms <= TARGETS.openYearListMs;
  rows.push(
    {
      measure: `open a year in the cases list (${l.browser}), first time after unlock, until rows drawn`,
      size: `${n(l.rows)} rows`,
      target: atMost(TARGETS.openYearListMs),
      measured: `${ms(l.openList.ms)} (painted ${ms(l.openList.painted)})`,
      ...judged(
        openOk,
        () =>
          `the first open reads and unseals the whole year in the main process: a fresh repository reads all ${n(t.records)} rows in ${ms(t.parts.readAll.median)} ` +
          `(the SQL read alone ${ms(t.parts.sqlRead.median)}; the rest is AES-GCM and JSON.parse per row); the same open once the year is in memory takes ` +
          `${l.openListWarm ? ms(l.openListWarm.ms) : 'n/a'} (sorting, ${n(l.rows)} rows as JSON over HTTP, the page's sort and the draw). ` +
          `Requests of the first open: ${requestsText(l.openList.requests)}. Of the second: ${l.openListWarm ? requestsText(l.openListWarm.requests) : 'n/a'}.`,
      ),
    },
    {
      measure: "the same year again, already in the main process's memory",
      size: `${n(l.rows)} rows`,
      target: '',
      measured: l.openListWarm ? `${ms(l.openListWarm.ms)} (painted ${ms(l.openListWarm.painted)})` : 'n/a',
      verdict: '',
    },
  );

  const listOk = l.search.median <= TARGETS.listFilterMs;
  rows.push(
    {
      measure: `cases list search in ${l.browser}, until the count changes`,
      size: `${n(l.rows)} rows`,
      target: atMost(TARGETS.listFilterMs),
      measured: `${med(l.search)}; first ${ms(l.firstSearch)}`,
      ...judged(
        listOk,
        () =>
          "each change asks main for the first window (main filters the year's cached search texts, the list being kept sorted), then the page draws it; not broken down further here.",
      ),
    },
    {
      measure: 'cases list search, until drawn (next frame)',
      size: `${n(l.rows)} rows`,
      target: '',
      measured: med(l.searchPainted),
      verdict: '',
    },
  );

  const warmOk = t.totalsWarm.p95 <= TARGETS.totalsMs;
  const coldOk = t.totalsCold <= TARGETS.totalsMs;
  rows.push(
    {
      measure:
        'annual totals request (totals:get: this year, last year, data quality), recomputed after a save, year in memory',
      size: n(t.records),
      target: atMost(TARGETS.totalsMs),
      measured: med(t.totalsWarm),
      ...judged(
        warmOk,
        () =>
          `in-memory passes over every summary (no I/O): computeTotals for one year ${ms(t.computeTotals.median)} (grouping by investigation ${ms(t.parts.group.median)}, which a warm request does not repeat: the grouping is kept and updated by each save); the request computes two years (compareYears) and the data-quality checks over all of them.`,
      ),
    },
    {
      measure: 'annual totals request, first after unlock (the year not yet read)',
      size: n(t.records),
      target: atMost(TARGETS.totalsMs),
      measured: ms(t.totalsCold),
      ...judged(
        coldOk,
        () =>
          `answered from the report sealed on the last lock while no summary or setting changed since (the seeded folder has one); otherwise the first request reads and unseals every year: a fresh repository reads the ${n(t.records)} rows in ${ms(t.parts.readAll.median)} ` +
          `(SQL read alone ${ms(t.parts.sqlRead.median)}), then computes as a warm request does (${ms(t.totalsWarm.median)} after a save).`,
      ),
    },
    {
      measure: "annual totals request, nothing changed (the handler's cached report)",
      size: n(t.records),
      target: '',
      measured: med(t.totalsCached),
      verdict: '',
    },
    {
      measure: 'computeTotals alone (one year)',
      size: n(t.records),
      target: '',
      measured: med(t.computeTotals),
      verdict: '',
    },
  );

  const worst = b.waits.max;
  const backupOk = worst <= TARGETS.saveDuringBackupMs;
  rows.push(
    {
      measure: 'backup of the database (SQLite online backup, stamped, checked, synced)',
      size: `${n(b.summaries)} (${b.backupMb} MB)`,
      target: 'printed',
      measured: `${ms(b.alone)} alone; ${ms(b.withSaves)} with saves (${b.withSavesOutcome})`,
      verdict: '',
    },
    {
      measure: `a save issued during the backup (one every ${b.interval} ms), worst wait`,
      size: large,
      target: atMost(TARGETS.saveDuringBackupMs),
      measured: `${ms(worst)} (median ${ms(b.waits.median)}, n=${b.waits.n}; without a backup ${ms(b.baseline.median)} median, ${ms(b.baseline.max)} worst)`,
      ...judged(
        backupOk,
        () =>
          `not broken down by the benchmark. The copy's check (quick_check and the count, ${ms(b.parts.check.median)} timed apart on the ${b.backupMb} MB copy) ` +
          `runs in a worker thread; what stays on the main thread is the online backup's steps, which hold the connection a save needs, and stamping the copy.`,
      ),
    },
  );

  rows.push(...dataFileRows(res, seeded));

  const peaks = memoryRows(res);
  const top = peaks.reduce((a, b2) => (b2.peakMb > a.peakMb ? b2 : a));
  const memOk = top.peakMb <= TARGETS.peakRssMb;
  rows.push({
    measure: 'peak resident memory of the main process, any measure',
    size: `largest: ${top.measure}`,
    target: `≤ ${n(TARGETS.peakRssMb)} MB`,
    measured: `${n(top.peakMb)} MB`,
    ...judged(
      memOk,
      () =>
        `the measures above ${n(TARGETS.peakRssMb)} MB: ${peaks
          .filter((p) => p.peakMb > TARGETS.peakRssMb)
          .map((p) => `${p.measure} ${n(p.peakMb)} MB`)
          .join(', ')} (see the memory list).`,
    ),
  });
  return rows;
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
    return [r.measure, r.size, r.target, r.measured, r.vsFloor ?? '', result];
  });
  const header = ['measure', 'size', 'target', 'measured', '× floor', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const missed = notes.map((note, i) => `(${i + 1}) MISS: ${note}`);
  return [line(header), rule, ...cells.map(line), '', ...missed].join('\n');
}
