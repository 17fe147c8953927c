import { createHash } from 'node:crypto';
import { checkDataQuality } from '../../shared/domain/data-quality';
import { compareYears } from '../../shared/domain/totals';
import { IncrementalTotals } from '../../shared/domain/totals-incremental';
import type { Output } from '../../shared/ipc/contract';
import type { CaseRepository } from '../cases/case-repository';
import { guarded } from '../storage/case-db';
import type { RowPlace } from '../storage/row-seal';
import type { Vault } from '../storage/vault';
import type { YearSettingsRepository } from '../years/year-settings-repository';

export type TotalsReport = Output<'totals:get'>;

interface Kept {
  /** What the report was computed from (see `#storedKey`); undefined until asked for on lock. */
  stored?: string;
  /** The in-memory versions it was computed at. */
  memory: string;
  report: TotalsReport;
}

const KIND = 'totals';
/**
 * Raised whenever what a report holds changes (2: spending not entered; 3: an investigation's
 * province taken only from its own year), so a stored one is not read as it.
 */
const REPORT_SHAPE = 3;
const place = (year: number): RowPlace => ({ table: `year_caches.${KIND}`, id: String(year), year, revision: 0 });

/**
 * The annual totals reports (this year, last year, data quality), kept per asked year while
 * unlocked and, on lock, sealed in `year_caches` with what they were computed from: every
 * year's change counter (`year_versions`, raised by triggers on any summary's change; totals
 * span years) and the two years' settings. The first request after the next unlock answers
 * from that sealed report while nothing changed, without reading a single summary; any change
 * makes it stale, and the report is computed from the summaries' facts again.
 */
export class TotalsReports {
  readonly #cases: CaseRepository;
  readonly #years: YearSettingsRepository;
  readonly #vault: Vault;
  readonly #kept = new Map<number, Kept>();
  /** Every year's figures, brought up to date by each save rather than computed again over every summary. */
  readonly #sums = new IncrementalTotals();

  constructor(cases: CaseRepository, years: YearSettingsRepository, vault: Vault) {
    this.#cases = cases;
    this.#years = years;
    this.#vault = vault;
  }

  get(year: number): TotalsReport {
    const memory = `${this.#cases.version}|${this.#years.version}`;
    const kept = this.#kept.get(year);
    if (kept?.memory === memory) return kept.report;
    // Nothing computed in this unlock yet: a report sealed on the last lock may still be current.
    const stored = kept === undefined ? this.#readStored(year) : undefined;
    if (stored) {
      this.#kept.set(year, { memory, stored: stored.key, report: stored.report });
      return stored.report;
    }
    const report = this.#compute(year);
    this.#kept.set(year, { memory, report });
    return report;
  }

  /** As `computeReport`, from the sums kept up to date: only what changed since the last request is gone over. */
  #compute(year: number): TotalsReport {
    this.#sums.sync(this.#cases.allFacts());
    const settings = this.#years.get(year);
    const previous = this.#years.get(year - 1).spending;
    return {
      comparison: this.#sums.compare(year, settings.spending, previous),
      quality: this.#sums.quality(year, settings.spending),
      settings,
    };
  }

  /** On lock and quit: seals each report still current, unless the same one is stored already. */
  store(): void {
    for (const [year, kept] of this.#kept) {
      if (kept.memory !== `${this.#cases.version}|${this.#years.version}`) continue;
      try {
        const key = guarded(() => this.#storedKey(year));
        if (kept.stored === key) continue;
        this.#vault.db
          .prepare('INSERT OR REPLACE INTO year_caches (kind, year, version, content) VALUES (?, ?, 0, ?)')
          .run(KIND, year, this.#vault.seal(place(year), { key, ...packIds(kept.report) }));
        kept.stored = key;
      } catch {
        // Only a cache: a full disk leaves the report to be computed again next time.
      }
    }
  }

  #readStored(year: number): { key: string; report: TotalsReport } | undefined {
    try {
      return guarded(() => {
        const row = this.#vault.db
          .prepare('SELECT content FROM year_caches WHERE kind = ? AND year = ?')
          .get(KIND, year);
        if (!row) return undefined;
        const stored = this.#vault.open<{ key: string } & Packed>(place(year), row.content);
        if (!Array.isArray(stored.ids) || stored.key !== this.#storedKey(year)) return undefined;
        return { key: stored.key, report: unpackIds(stored) };
      });
    } catch {
      // A report that does not open is only a cache: computed again below.
      return undefined;
    }
  }

  /**
   * Every year's change counter and the settings of the year and the one before, with the
   * report's shape (`REPORT_SHAPE`): a report stored by an older version is worked out again.
   */
  #storedKey(year: number): string {
    const versions = this.#vault.db
      .prepare('SELECT year, version FROM year_versions ORDER BY year')
      .all()
      .map((r) => `${String(r.year)}:${String(r.version)}`)
      .join(',');
    const settings = JSON.stringify([this.#years.get(year), this.#years.get(year - 1).spending]);
    return createHash('sha256').update(`${REPORT_SHAPE}|${versions}|${settings}`).digest('hex');
  }
}

/**
 * The report from every summary's facts: one grouping by investigation for both years and the
 * checks. What `TotalsReports` answers equals it (but for the order of ids behind a figure).
 */
export function computeReport(cases: CaseRepository, years: YearSettingsRepository, year: number): TotalsReport {
  const all = cases.allFacts();
  const groups = cases.investigations();
  const settings = years.get(year);
  return {
    comparison: compareYears(all, year, settings.spending, years.get(year - 1).spending, groups),
    quality: checkDataQuality(all, year, settings.spending, groups),
    settings,
  };
}

/** A report with every `ids` list as numbers into one table of ids: a quarter of the size to seal and parse. */
interface Packed {
  ids: string[];
  report: unknown;
}

function packIds(report: TotalsReport): Packed {
  const table = new Map<string, number>();
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'ids' && Array.isArray(v)
          ? v.map((id: string) => {
              let n = table.get(id);
              if (n === undefined) table.set(id, (n = table.size));
              return n;
            })
          : walk(v),
      ]),
    );
  };
  const packed = walk(report);
  return { ids: [...table.keys()], report: packed };
}

function unpackIds(packed: Packed): TotalsReport {
  const { ids } = packed;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(out)) {
      out[k] = k === 'ids' && Array.isArray(v) ? v.map((n: number) => ids[n] ?? '') : walk(v);
    }
    return out;
  };
  return walk(packed.report) as TotalsReport;
}
