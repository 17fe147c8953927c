/**
 * `npm run bench`: the app's speed at ten and a hundred times the unit's yearly volume,
 * measured through the real code paths, printed as a table and written to bench/results/.
 * Each measure runs in a Node process of its own (so its peak memory is its own) on data
 * seeded once, straight in the app's on-disk formats.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { BENCH_YEAR, removeTempDirs } from './lib/data';
import { cpuSnapshot, machine, othersShare } from './lib/machine';
import { inChild, serveChild, type ChildResult, type Job } from './lib/processes';
import { copyOfYear, seed, THEIRS_PASSPHRASE, type Seeded } from './lib/seed';
import { measureBackup } from './measures/backup';
import { measureImport, type ImportRun } from './measures/import';
import { measureListFilter } from './measures/list-filter';
import { measureOpenAfterUnlock } from './measures/open-after-unlock';
import { measureOpenYears } from './measures/open-years';
import { measureSave, type SaveResult } from './measures/save';
import { measureExports, measureTotals } from './measures/totals-export';
import { formatTable, memoryRows, tableRows, type BenchResults } from './report';
import { SIZES, TARGETS } from './targets';

const MEASURES: Record<string, (args: Job['args']) => Promise<unknown>> = {
  save: (a) => measureSave(String(a.dir), Number(a.runs)),
  totals: (a) => measureTotals(String(a.dir)),
  exports: (a) => measureExports(String(a.dir)),
  import: (a) =>
    measureImport(String(a.dir), String(a.file), a.passphrase === undefined ? undefined : String(a.passphrase)),
  'open-years': (a) => measureOpenYears(String(a.dir)),
  'open-after-unlock': (a) => measureOpenAfterUnlock(String(a.dir), Number(a.runs)),
  backup: (a) => measureBackup(String(a.dir)),
  'list-filter': (a) => measureListFilter(String(a.dir)),
};

/** Imports: runs of each kind (plain, protected), each into a fresh copy of our year. */
const RUNS = { saveSmall: 200, saveLarge: 200, imports: 2, openAfterUnlock: 3 } as const;

const NOTES = [
  'Everything runs the real code: the IPC handlers behind the real dispatcher on a data folder with its case database (cases.db: node:sqlite, WAL, synchronous=FULL, each row sealed with AES-256-GCM), as the browser shell runs them; only the transport (Electron IPC or HTTP) is left out, except in the Chromium measures, which go through the browser shell. Setting up, unlocking (the key derivation) and seeding are never timed.',
  "Engine floor: after each save, one row of the saved summary's sealed size inserted in its own transaction (BEGIN IMMEDIATE … COMMIT) through the same connection of the same database, so the same WAL and fsync. Disk floor: that save's summary (its JSON) appended to a log, fsync. Two warm-up saves are dropped. The WAL is checkpointed when the app has been quiet for 500 ms or after 250 commits without a pause, so neither the saves nor the floor here include a checkpoint: in use, it runs between an officer's saves.",
  'Seeding: each folder is set up, then its summaries written through the real repository (importRecords, one transaction per 3,000 summaries: every record checked and sealed as a save does), then one backup taken, so no measure starts a daily backup; the first request after unlock still checks the newest backup, as the app does.',
  'Chromium measures time in the page\'s own clock (performance.now() and a MutationObserver): from the unlock screen gone (or the year chosen) until the count and the first row of the year are in the DOM; "painted" is the frame after.',
  "Backup: BackupService.take (the app's own) once alone, then again with a save due every 25 ms while it runs; a save's wait counts from when it was due, so time the main thread was held counts too.",
  'Search: the whole term is set in one input event (as a paste or the last keystroke does) and timed inside the page with performance.now() until a MutationObserver sees the result count change; six terms, three rounds, the first (cold) search reported apart.',
  'Data: the seeded generator (shared/testing/generate.ts with `full`, generate-records.ts): all four teams, every repeat group, Khmer and English narratives, the 25 provinces and the fixed lists. Import: the other PC\'s file is version 2 written by the app\'s own writer, plain and protected (the protected preview includes its scrypt key derivation, N = 2^17); each import runs in its own process on a fresh copy of our year; of its 30,000 summaries 40% are identical to ours, 20% newer, 5% older, 1% conflicting (every field resolved "theirs"), 34% new.',
  "Memory: each measure runs in a Node process of its own; its peak resident memory (the kernel's high-water mark) is read once the app's work is done, before the benchmark times parts apart. For the Chromium measures, the browser shell's own peak.",
  'p95 is nearest-rank: with fewer than 20 samples it is the slowest run.',
];

/** What this run found that the reader must know: a busy machine, a lock in front of the list. */
function runNotes(all: BenchResults, others: number | undefined, expected: Seeded['expected']): string[] {
  const notes: string[] = [];
  for (const run of all.imports) {
    const { counts } = run.value;
    const same = (Object.keys(expected) as (keyof typeof expected)[]).every((kind) => counts[kind] === expected[kind]);
    if (!same)
      notes.push(
        `The import preview (${run.value.protectedFile ? 'protected' : 'plain'} file) classified ${JSON.stringify(counts)}, not the seeded ${JSON.stringify(expected)}.`,
      );
  }
  if (others === undefined) notes.push('How busy other processes kept the machine could not be read (no /proc).');
  else if (others > 0.1) {
    notes.push(
      `Other processes used ${Math.round(others * 100)}% of the machine's CPU time during this run: the figures are slower than on an idle machine.`,
    );
  } else notes.push(`Other processes used ${Math.round(others * 100)}% of the machine's CPU time during this run.`);
  notes.push(`The browser shell's passphrase lock: ${all.list.value.lock}.`);
  return notes;
}

async function step<T>(label: string, job: Job): Promise<ChildResult<T>> {
  const started = performance.now();
  process.stdout.write(`- ${label} … `);
  const result = await inChild<T>(job);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  const host = machine();
  const cpuAtStart = cpuSnapshot();
  console.log(
    `CPU Case Register benchmark: ${host.cpu}, ${host.cores} cores${host.virtualMachine ? ' (virtual machine)' : ''}, ${host.ramGb} GB RAM, ${host.os}, Node ${host.node}`,
  );
  process.stdout.write(
    `- seeding ${SIZES.large.toLocaleString('en-US')} summaries of ${BENCH_YEAR}, the other PC's file, ten years of ${SIZES.small.toLocaleString('en-US')} … `,
  );
  const seeded = await seed(SIZES.small, SIZES.large);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  const imports: ChildResult<ImportRun>[] = [];
  const saveSmall = await step<SaveResult>(
    `save, year of ${SIZES.small.toLocaleString('en-US')}, ${RUNS.saveSmall} saves`,
    { measure: 'save', args: { dir: seeded.saveSmall, runs: RUNS.saveSmall } },
  );
  const saveLarge = await step<SaveResult>(
    `save, year of ${SIZES.large.toLocaleString('en-US')}, ${RUNS.saveLarge} saves`,
    { measure: 'save', args: { dir: seeded.saveLarge, runs: RUNS.saveLarge } },
  );
  const all: BenchResults = {
    saveSmall,
    saveLarge,
    backup: await step('backup with saves during it', { measure: 'backup', args: { dir: seeded.saveLarge } }),
    // First on the seeded year, which is as a lock leaves it (its snapshots current); the totals
    // measure saves into it and its process ends without a lock.
    list: await step('cases list in Chromium', { measure: 'list-filter', args: { dir: seeded.year } }),
    totals: await step('annual totals', { measure: 'totals', args: { dir: seeded.year } }),
    exports: await step('exports', { measure: 'exports', args: { dir: seeded.year } }),
    imports,
    openYears: await step('open ten years (main process)', { measure: 'open-years', args: { dir: seeded.tenYears } }),
    openAfterUnlock: await step('open after unlock in Chromium', {
      measure: 'open-after-unlock',
      args: { dir: seeded.tenYears, runs: RUNS.openAfterUnlock },
    }),
  };
  for (let i = 0; i < RUNS.imports; i++) {
    for (const protectedFile of [false, true]) {
      const kind = protectedFile ? 'protected' : 'plain';
      const dir = copyOfYear(seeded, `import-${kind}-${i + 1}`);
      const args: Job['args'] = protectedFile
        ? { dir, file: seeded.theirs.protected, passphrase: THEIRS_PASSPHRASE }
        : { dir, file: seeded.theirs.plain };
      imports.push(await step(`import and merge, ${kind} file, run ${i + 1}`, { measure: 'import', args }));
    }
  }

  const others = othersShare(cpuAtStart, cpuSnapshot());
  const notes = [...NOTES, ...runNotes(all, others, seeded.expected)];
  const rows = tableRows(all, seeded);
  const memory = memoryRows(all);
  console.log(`\n${formatTable(rows)}`);
  console.log('\nPeak resident memory, each measure in its own process (Node itself at start):');
  for (const m of memory) {
    const extra = Number.isNaN(m.startMb)
      ? ''
      : ` (start ${m.startMb} MB; whole measuring process ${m.processPeakMb} MB)`;
    console.log(`  ${m.measure.padEnd(36)} ${String(m.peakMb).padStart(6)} MB${extra}`);
  }
  console.log(`\nNotes:\n${notes.map((note) => `- ${note}`).join('\n')}`);

  const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'latest.json');
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const report = {
    measuredAt: new Date().toISOString(),
    seconds,
    machine: host,
    browser: all.list.value.browser,
    year: BENCH_YEAR,
    sizes: SIZES,
    targets: TARGETS,
    runs: RUNS,
    data: {
      dbMb: seeded.dbMb,
      otherPcFileMb: { plain: seeded.theirs.plainMb, protected: seeded.theirs.protectedMb },
      expectedImport: seeded.expected,
    },
    otherProcessesCpuShare: others,
    table: rows,
    memory,
    notes,
    raw: all,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to bench/results/latest.json in ${seconds} s.`);
}

/**
 * `npm run bench -- --only save,import`: seeds as the full run does, then runs only the named
 * measures and prints what each returned, for working on one measure. Writes no results.
 */
async function only(names: string[]): Promise<void> {
  const unknown = names.filter((name) => !(name in MEASURES));
  if (unknown.length > 0)
    throw new Error(`unknown measure ${unknown.join(', ')}; known: ${Object.keys(MEASURES).join(', ')}`);
  process.stdout.write('- seeding … ');
  const started = performance.now();
  const seeded = await seed(SIZES.small, SIZES.large);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  const jobs: Record<string, Job['args'][]> = {
    save: [
      { dir: seeded.saveSmall, runs: RUNS.saveSmall },
      { dir: seeded.saveLarge, runs: RUNS.saveLarge },
    ],
    backup: [{ dir: seeded.saveLarge }],
    'list-filter': [{ dir: seeded.year }],
    totals: [{ dir: seeded.year }],
    exports: [{ dir: seeded.year }],
    'open-years': [{ dir: seeded.tenYears }],
    'open-after-unlock': [{ dir: seeded.tenYears, runs: RUNS.openAfterUnlock }],
    import: [
      { dir: copyOfYear(seeded, 'import-plain'), file: seeded.theirs.plain },
      { dir: copyOfYear(seeded, 'import-protected'), file: seeded.theirs.protected, passphrase: THEIRS_PASSPHRASE },
    ],
  };
  for (const measure of names) {
    for (const args of jobs[measure] ?? []) {
      const result = await step<unknown>(`${measure} ${JSON.stringify(args)}`, { measure, args });
      console.log(`  peak ${result.peakRssMb} MB (start ${result.startRssMb} MB)`);
      console.log(
        JSON.stringify(
          result.value,
          (_key, v: unknown) => (Array.isArray(v) && v.length > 12 ? `[${v.length} items]` : v),
          2,
        ),
      );
    }
  }
}

const onlyAt = process.argv.indexOf('--only');
if (process.argv[2] === '--child') {
  await serveChild(process.argv[3] ?? '', MEASURES);
} else if (onlyAt > 0) {
  try {
    await only((process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean));
  } finally {
    removeTempDirs();
  }
} else {
  try {
    await main();
  } finally {
    removeTempDirs();
  }
}
