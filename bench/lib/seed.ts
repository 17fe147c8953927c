import { closeSync, cpSync, fsyncSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CaseRecord } from '../../shared/schemas/case';
import { generateRecords } from '../../shared/testing/generate-records';
import { CaseRepository } from '../../electron/cases/case-repository';
import { storable } from '../../electron/cases/case-checks';
import { writeFileAtomically, yearFileBytes } from '../../electron/exchange/data-file-stream';
import { closeCaseDb, DB_FILE } from '../../electron/storage/case-db';
import { TotalsReports } from '../../electron/totals/totals-reports';
import { YearSettingsRepository } from '../../electron/years/year-settings-repository';
import { openApp } from './app';
import { BENCH_YEAR, CURRENT_YEAR, tempDir } from './data';
import { overlapping, type Overlap } from './overlap';
import { mb } from './stats';

export interface Seeded {
  /** One year of `large` summaries: totals, exports, backup, the list in Chromium. */
  year: string;
  /** A year of `small` and a copy of the large one, for saving into. */
  saveSmall: string;
  saveLarge: string;
  /**
   * The other PC's yearly data file as that PC sends it (version 2, written by the app's own
   * writer), plain and protected, and how it overlaps ours.
   */
  theirs: { plain: string; protected: string; plainMb: number; protectedMb: number };
  expected: Overlap['expected'];
  /** Ten years of `small` summaries each, the newest the current year (the list opens on it). */
  tenYears: string;
  /** Size of the large year's database (cases.db, rows sealed, history included). */
  dbMb: number;
}

const SEED_CHUNK = 3_000;

/** The protected file's passphrase (the key derived with the app's own scrypt cost, N = 2^17). */
export const THEIRS_PASSPHRASE = 'bench: a passphrase for the other PC';

/**
 * A data folder as the app leaves it: set up with the benchmark's passphrase, the summaries
 * written through the real repository (`importRecords`, one transaction per 3,000 summaries, each row
 * checked and sealed as a save seals it), each year's list and facts read and their snapshots
 * kept (as a lock after using them does), then one backup taken, as the app takes one daily
 * (so no measure starts a daily backup of its own). The connection is closed at the end, so
 * a measuring process can take the folder's exclusive lock.
 */
async function seedFolder(dir: string, years: Iterable<readonly CaseRecord[]>): Promise<void> {
  const app = await openApp(dir);
  const repository = new CaseRepository(app.vault());
  let written = 0;
  const started = performance.now();
  for (const records of years) {
    const t = performance.now();
    // A year of 30,000 in one transaction takes three times as long as in ten (the seeding is not measured).
    for (let i = 0; i < records.length; i += SEED_CHUNK) repository.importRecords(records.slice(i, i + SEED_CHUNK));
    written += records.length;
    if (process.env.BENCH_VERBOSE)
      console.log(`  [seed] importRecords ${records.length}: ${Math.round(performance.now() - t)} ms`);
  }
  // As an officer's earlier session leaves the folder: each year's list opened and the totals
  // seen, then locked, which keeps their snapshots (BENCH_NO_SNAPSHOTS=1 measures a folder never
  // opened in this version: every year read row by row on first use).
  if (process.env.BENCH_NO_SNAPSHOTS !== '1') {
    for (const year of repository.years()) repository.rows(year);
    repository.allFacts();
    repository.storeSnapshots();
    // The totals of the last full year were seen (the report is sealed on lock, as the app does).
    const totals = new TotalsReports(repository, new YearSettingsRepository(app.vault()), app.vault());
    totals.get(BENCH_YEAR);
    totals.store();
  }
  const t = performance.now();
  await app.backups().take('manual');
  if (process.env.BENCH_VERBOSE)
    console.log(
      `  [seed] ${written} written in ${Math.round(t - started)} ms (generation included), backup ${Math.round(performance.now() - t)} ms`,
    );
  closeCaseDb(dir);
}

/**
 * Writes every data folder the measures need. Records are generated once and dropped as soon
 * as they are stored. Nothing here is timed.
 */
export async function seed(small: number, large: number): Promise<Seeded> {
  const root = tempDir('data');
  const folder = (name: string) => {
    const dir = join(root, name);
    mkdirSync(dir);
    return dir;
  };
  const year = folder('year');
  const saveSmall = folder('save-small');
  const tenYears = folder('ten-years');
  const theirsFile = {
    plain: join(root, `cpu-data-${BENCH_YEAR}-other-pc.jsonl`),
    protected: join(root, `cpu-data-${BENCH_YEAR}-other-pc-protected.cpudata`),
  };
  let expected: Overlap['expected'];
  {
    const { ours, theirs, expected: counts } = overlapping(large, BENCH_YEAR);
    expected = counts;
    await seedFolder(year, [ours]);
    await seedFolder(saveSmall, [ours.slice(0, small)]);
    const pc = { pcId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', pcName: 'CPU office PC 2' };
    const exportedAt = new Date().toISOString();
    const header = { appVersion: 'bench', pc, exportedAt, year: BENCH_YEAR, count: theirs.length, purged: [] };
    // As the other PC's app writes it: each summary as it stores it (checked, in the schema's key order).
    const stored = theirs.map(storable);
    for (const passphrase of [undefined, THEIRS_PASSPHRASE]) {
      const path = passphrase ? theirsFile.protected : theirsFile.plain;
      // A protected file is bound to its name: it keeps the one it is written under.
      await writeFileAtomically(path, yearFileBytes(header, stored, { passphrase, fileName: basename(path) }));
    }
  }
  function* tenYearsOfRecords() {
    for (let y = CURRENT_YEAR - 9; y <= CURRENT_YEAR; y++) yield generateRecords(small, y, y);
  }
  await seedFolder(tenYears, tenYearsOfRecords());
  const saveLarge = join(root, 'save-large');
  copyAtRest(year, saveLarge);
  return {
    year,
    saveSmall,
    saveLarge,
    theirs: {
      ...theirsFile,
      plainMb: mb(statSync(theirsFile.plain).size),
      protectedMb: mb(statSync(theirsFile.protected).size),
    },
    expected,
    tenYears,
    dbMb: mb(statSync(join(year, DB_FILE)).size),
  };
}

/** A fresh copy of the large year, key file and backups included, for one run that changes its folder. */
export function copyOfYear(seeded: Seeded, label: string): string {
  const dir = tempDir(label);
  copyAtRest(seeded.year, dir);
  return dir;
}

/**
 * Copies a folder and flushes the copy to the disk, as an officer's data is when they work. A copy
 * is left dirty in the page cache otherwise, and the app's first sync of the database (the
 * checkpoint after the import's first commits) would flush the whole copy: 150-180 ms timed
 * inside the measure that belong to the bench's copying.
 */
function copyAtRest(from: string, dir: string): void {
  cpSync(from, dir, { recursive: true });
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const fd = openSync(join(entry.parentPath, entry.name), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
