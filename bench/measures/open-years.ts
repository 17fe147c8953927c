import type { CaseRow } from '../../shared/schemas/case';
import { CaseRepository } from '../../electron/cases/case-repository';
import { openApp } from '../lib/app';
import { CURRENT_YEAR } from '../lib/data';
import { peakRssMb, repeat, timed, type Timing } from '../lib/stats';

export interface OpenYearsResult {
  years: number;
  records: number;
  /**
   * Right after unlock, in a fresh process: `cases:years` then `cases:list` of the current
   * year, the two requests the app makes to draw its first screen (the database opened, the
   * services built, the current year read and unsealed).
   */
  firstList: { years: number; list: number; rows: number };
  /** Then `totals:get`: the nine other years read and unsealed. */
  totalsCold: number;
  /** A fresh repository reading every year (as after a restart; the connection and disk cache warm). */
  open: Timing;
  /** Its parts: the SQL read of every sealed row alone; the rest is unsealing (AES-GCM) and JSON. */
  parts: { sqlRead: Timing };
  mainPeakMb: number;
}

/** Ten years after unlock, in the main process: the first screen's requests, then every year. */
export async function measureOpenYears(dir: string): Promise<OpenYearsResult> {
  const app = await openApp(dir);
  const years = await timed(() => app.call<number[]>('cases:years', {}));
  const list = await timed(() => app.call<{ rows: CaseRow[]; total: number }>('cases:list', { year: CURRENT_YEAR }));
  const totals = await timed(() => app.call('totals:get', { year: CURRENT_YEAR }));
  const mainPeakMb = peakRssMb();
  const vault = app.vault();
  let records = 0;
  const open = await repeat(3, () => (records = new CaseRepository(vault).allFacts().length), { warmup: 1 });
  const sqlRead = await repeat(3, () => vault.db.prepare('SELECT id, year, revision, content FROM summaries').all());
  return {
    years: years.value.length,
    records,
    firstList: { years: years.ms, list: list.ms, rows: list.value.total },
    totalsCold: totals.ms,
    open,
    parts: { sqlRead },
    mainPeakMb,
  };
}
