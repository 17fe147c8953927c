import { CaseRepository } from '../../electron/cases/case-repository';
import { parseYearFile, yearFileName } from '../../electron/cases/year-file';
import type { Codec } from '../../electron/storage/codec';
import { confLocation } from '../../electron/storage/conf-location';
import type { StoreFile } from '../../electron/storage/store-location';
import { repeat, type Timing } from '../lib/stats';

export interface OpenYearsResult {
  years: number;
  records: number;
  /** Which codec the files went through: encryption at rest will be another codec here. */
  codec: string;
  open: Timing;
  /**
   * The steps of opening, timed apart to say what bounds it: conf opening each file (its
   * constructor reads, decodes and deep-compares the whole file), the repository reading the
   * store (read and decoded again), and the schema check of every record.
   */
  parts: { confOpen: Timing; storeRead: Timing; validate: Timing };
}

/**
 * A fresh repository reading every year file of the folder through `codec`, as the app does
 * after unlock on its first request that needs them all (totals, an export). Unlocking
 * (deriving the key) happens before and is not part of the figure.
 */
export async function measureOpenYears(dir: string, codec: { name: string; codec: Codec }): Promise<OpenYearsResult> {
  let records = 0;
  let years: number[] = [];
  const open = await repeat(
    3,
    () => {
      const repo = new CaseRepository(confLocation(dir, codec.codec));
      records = repo.all().length;
      years = repo.years();
    },
    { warmup: 1 },
  );
  const location = confLocation(dir, codec.codec);
  let files: StoreFile[] = [];
  let stores: Record<string, unknown>[] = [];
  const confOpen = await repeat(2, () => (files = years.map((y) => location.open(yearFileName(y)))));
  const storeRead = await repeat(2, () => (stores = files.map((f) => f.store)));
  const validate = await repeat(2, () => stores.map(parseYearFile));
  return { years: years.length, records, codec: codec.name, open, parts: { confOpen, storeRead, validate } };
}
