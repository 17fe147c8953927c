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
import { jsonCodec } from '../electron/storage/codec';
import { BENCH_YEAR, removeTempDirs } from './lib/data';
import { unlockedCodec } from './lib/app';
import { cpuSnapshot, machine, othersShare } from './lib/machine';
import { inChild, serveChild, type ChildResult, type Job } from './lib/processes';
import { copyOfYear, seed, type Seeded } from './lib/seed';
import { measureImport, type ImportRun } from './measures/import';
import { measureListFilter } from './measures/list-filter';
import { measureOpenYears } from './measures/open-years';
import { measureSave } from './measures/save';
import { measureExports, measureTotals } from './measures/totals-export';
import { formatTable, memoryRows, tableRows, type BenchResults } from './report';
import { SIZES, TARGETS } from './targets';

const MEASURES: Record<string, (args: Job['args']) => Promise<unknown>> = {
  save: (a) => measureSave(String(a.dir), Number(a.runs)),
  totals: (a) => measureTotals(String(a.dir)),
  exports: (a) => measureExports(String(a.dir)),
  import: (a) => measureImport(String(a.dir), String(a.file)),
  'open-years': async (a) =>
    measureOpenYears(String(a.dir), a.codec === 'plain' ? { name: 'plain JSON', codec: jsonCodec } : { name: 'encrypted', codec: await unlockedCodec(String(a.dir)) }),
  'list-filter': (a) => measureListFilter(String(a.dir)),
};

const RUNS = { saveSmall: 30, saveLarge: 10, imports: 3 } as const;

const NOTES = [
  'Everything runs the real code: the IPC handlers behind the real dispatcher on a conf data folder, as the browser shell runs them, with the stores encrypted at rest (AES-256-GCM) and year files backed up after each write. Only the transport (Electron IPC or HTTP) is left out. Setting up and unlocking (the key derivation) are never timed.',
  'File floor: after each save, the year file\'s bytes (encrypted, as written) go to a temporary file, fsync, rename over a target in the same folder. True floor: that save\'s summary alone (its JSON) appended to a log, fsync.',
  '"Export JSON + CSV at most 1 s" is read as each export at most 1 s; the two together are printed too.',
  'Search: the whole term is set in one input event (as a paste or the last keystroke does) and timed inside the page with performance.now() until a MutationObserver sees the result count change; six terms, three rounds, the first (cold) search reported apart.',
  'Data: the seeded generator (shared/testing/generate.ts with `full`, generate-records.ts): all four teams, every repeat group, Khmer and English narratives, the 25 provinces and the fixed lists. Import: of the other PC\'s 30,000 summaries 40% are identical to ours, 20% newer, 5% older, 1% conflicting (every field resolved "theirs"), 34% new.',
  'p95 is nearest-rank: with fewer than 20 samples it is the slowest run.',
];

/** What this run found that the reader must know: a busy machine, a lock in front of the list. */
function runNotes(all: BenchResults, others: number | undefined, expected: Seeded['expected']): string[] {
  const notes: string[] = [];
  for (const run of all.imports) {
    const { counts } = run.value;
    const same = (Object.keys(expected) as (keyof typeof expected)[]).every((kind) => counts[kind] === expected[kind]);
    if (!same) notes.push(`The import preview classified ${JSON.stringify(counts)}, not the seeded ${JSON.stringify(expected)}.`);
  }
  if (others === undefined) notes.push('How busy other processes kept the machine could not be read (no /proc).');
  else if (others > 0.1) {
    notes.push(`Other processes used ${Math.round(others * 100)}% of the machine's CPU time during this run: the figures are slower than on an idle machine.`);
  } else notes.push(`Other processes used ${Math.round(others * 100)}% of the machine's CPU time during this run.`);
  const lock = all.list.value.lock;
  if (lock !== 'unlock done') notes.push(`The browser shell's passphrase lock: ${lock}.`);
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
  console.log(`CPU Case Register benchmark: ${host.cpu}, ${host.cores} cores${host.virtualMachine ? ' (virtual machine)' : ''}, ${host.ramGb} GB RAM, ${host.os}, Node ${host.node}`);
  process.stdout.write(`- seeding ${SIZES.large.toLocaleString('en-US')} summaries of ${BENCH_YEAR}, the other PC's file, ten years of ${SIZES.small.toLocaleString('en-US')} … `);
  const seeded = await seed(SIZES.small, SIZES.large);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
  const imports: ChildResult<ImportRun>[] = [];
  const results: Omit<BenchResults, 'list'> = {
    saveSmall: await step(`save, year of ${SIZES.small.toLocaleString('en-US')}, ${RUNS.saveSmall} saves`, { measure: 'save', args: { dir: seeded.saveSmall, runs: RUNS.saveSmall } }),
    saveLarge: await step(`save, year of ${SIZES.large.toLocaleString('en-US')}, ${RUNS.saveLarge} saves`, { measure: 'save', args: { dir: seeded.saveLarge, runs: RUNS.saveLarge } }),
    totals: await step('annual totals', { measure: 'totals', args: { dir: seeded.year } }),
    exports: await step('exports', { measure: 'exports', args: { dir: seeded.year } }),
    imports,
    openYears: await step('open ten years', { measure: 'open-years', args: { dir: seeded.tenYears, codec: 'sealed' } }),
    openYearsPlain: await step('open ten years, plain JSON', { measure: 'open-years', args: { dir: seeded.tenYearsPlain, codec: 'plain' } }),
  };
  for (let i = 0; i < RUNS.imports; i++) {
    const dir = copyOfYear(seeded, `import-${i + 1}`);
    imports.push(await step(`import and merge, run ${i + 1}`, { measure: 'import', args: { dir, file: seeded.theirsFile } }));
  }
  const all: BenchResults = { ...results, list: await step('cases list in Chromium', { measure: 'list-filter', args: { dir: seeded.year } }) };

  const others = othersShare(cpuAtStart, cpuSnapshot());
  const notes = [...NOTES, ...runNotes(all, others, seeded.expected)];
  const rows = tableRows(all, seeded);
  const memory = memoryRows(all);
  console.log(`\n${formatTable(rows)}`);
  console.log('\nPeak resident memory, each measure in its own process (Node itself at start):');
  for (const m of memory) console.log(`  ${m.measure.padEnd(34)} ${String(m.peakMb).padStart(6)} MB${Number.isNaN(m.startMb) ? '' : ` (start ${m.startMb} MB)`}`);
  console.log(`\nNotes:\n${notes.map((note) => `- ${note}`).join('\n')}`);

  const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'latest.json');
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const report = { measuredAt: new Date().toISOString(), seconds, machine: host, browser: all.list.value.browser, year: BENCH_YEAR, sizes: SIZES, targets: TARGETS, runs: RUNS, data: { yearMb: seeded.yearMb, otherPcFileMb: seeded.theirsMb, expectedImport: seeded.expected }, otherProcessesCpuShare: others, table: rows, memory, notes, raw: all };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to bench/results/latest.json in ${seconds} s.`);
}

if (process.argv[2] === '--child') {
  await serveChild(process.argv[3] ?? '', MEASURES);
} else {
  try {
    await main();
  } finally {
    removeTempDirs();
  }
}
