import { cpSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRecords } from '../../shared/testing/generate-records';
import { yearFileName } from '../../electron/cases/year-file';
import { DATA_FILE_FORMAT, DATA_FILE_VERSION, writeDataFile, type DataFileBody } from '../../electron/exchange/data-file';
import { jsonCodec } from '../../electron/storage/codec';
import { storePath } from '../../electron/storage/conf-location';
import { openApp } from './app';
import { BENCH_YEAR, tempDir, writeYearFile } from './data';
import { overlapping, type Overlap } from './overlap';
import { mb } from './stats';

export interface Seeded {
  /** One year of `large` summaries, encrypted: totals, exports, the list in Chromium. */
  year: string;
  /** A year of `small` and a copy of the large one, for saving into. */
  saveSmall: string;
  saveLarge: string;
  /** The other PC's yearly data file (the real writer, with checksum) and how it overlaps ours. */
  theirsFile: string;
  theirsMb: number;
  expected: Overlap['expected'];
  /** Ten years of `small` summaries each, encrypted, and the same as plain JSON. */
  tenYears: string;
  tenYearsPlain: string;
  /** Size of the large year's file, plain and encrypted. */
  yearMb: { plain: number; encrypted: number };
}

/**
 * Writes every data folder the measures need straight in the app's on-disk format, then sets
 * each up with the benchmark's passphrase, which encrypts the files in place as the app does
 * on its first set-up. Records are generated once and dropped as soon as they are on disk.
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
  const tenYearsPlain = folder('ten-years-plain');
  const theirsFile = join(root, `cpu-data-${BENCH_YEAR}-other-pc.json`);
  const yearFile = storePath(year, yearFileName(BENCH_YEAR));
  let expected: Overlap['expected'];
  {
    const { ours, theirs, expected: counts } = overlapping(large, BENCH_YEAR);
    expected = counts;
    writeYearFile(year, BENCH_YEAR, ours, jsonCodec);
    writeYearFile(saveSmall, BENCH_YEAR, ours.slice(0, small), jsonCodec);
    const pc = { pcId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', pcName: 'CPU office PC 2' };
    const exportedAt = new Date().toISOString();
    const body: DataFileBody = { format: DATA_FILE_FORMAT, formatVersion: DATA_FILE_VERSION, appVersion: 'bench', pc, exportedAt, year: BENCH_YEAR, summaries: theirs };
    writeFileSync(theirsFile, writeDataFile(body));
  }
  for (let y = BENCH_YEAR - 9; y <= BENCH_YEAR; y++) writeYearFile(tenYearsPlain, y, generateRecords(small, y, y), jsonCodec);
  const plainMb = mb(statSync(yearFile).size);
  const tenYears = join(root, 'ten-years');
  cpSync(tenYearsPlain, tenYears, { recursive: true });
  for (const dir of [year, saveSmall, tenYears]) await openApp(dir);
  const saveLarge = join(root, 'save-large');
  cpSync(year, saveLarge, { recursive: true });
  return {
    year,
    saveSmall,
    saveLarge,
    theirsFile,
    theirsMb: mb(statSync(theirsFile).size),
    expected,
    tenYears,
    tenYearsPlain,
    yearMb: { plain: plainMb, encrypted: mb(statSync(yearFile).size) },
  };
}

/** A fresh copy of the large year, key file included, for one import run (an import changes its folder). */
export function copyOfYear(seeded: Seeded, label: string): string {
  const dir = tempDir(label);
  cpSync(seeded.year, dir, { recursive: true });
  return dir;
}
