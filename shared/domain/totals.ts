import type { CaseFacts } from '../schemas/case';
import { yearOf } from './dates';
import { groupInvestigations, type Investigation } from './investigations';
import { AGE_BANDS, type SEXES } from './lists';
import { NO_PROVINCE } from './provinces';
import { TEAMS, type Team } from './teams';
import {
  investigationEntries,
  summaryEntries,
  TABLE_KEYS,
  type Emit,
  type Figure,
  type FigureName,
} from './totals-rules';

export type { Figure } from './totals-rules';

export interface TableRow<K extends string = string> extends Figure {
  key: K;
}

/** A one-way table: every row of its list is present, zeros included. */
export interface Table<K extends string = string> {
  rows: TableRow<K>[];
  total: number;
}

export interface AgeSexRow extends Figure {
  band: (typeof AGE_BANDS)[number]['code'];
  bySex: Record<(typeof SEXES)[number], Figure>;
}

/** Spending per team for one year, in US dollars, as entered in the year's settings. */
export type Spending = Partial<Record<Team, number>>;

/** The figures the annual report states for one year; definitions in docs/totals.md. */
export interface Totals {
  year: number;
  investigations: Figure;
  investigationsWithArrest: Figure;
  suspectsArrested: Figure;
  /**
   * The unit's "arrest rate": suspects arrested per 100 investigations, one decimal; null with no
   * investigations. It can pass 100 (one investigation may arrest several suspects).
   */
  arrestRate: number | null;
  /** Investigations with at least one arrest, as a share of all investigations (0 to 100); null with none. */
  arrestShare: number | null;
  childHomicides: Figure;
  suspiciousDeaths: Figure;
  investigationsByLeadTeam: Table<'HIT' | 'ICAC'>;
  summariesByTeam: Table<Team>;
  /** All 25 provinces, zeros included, plus `unknown` for investigations without one. */
  byProvince: Table;
  /** Provinces (the capital included) with at least one investigation. */
  provincesWithInvestigations: number;
  byOffence: Table;
  /** Suspects by relationship to the victim, most frequent first. */
  relationships: Table;
  victimsByAgeSex: AgeSexRow[];
  victims: Figure;
  services: Table;
  victimsSupported: Figure;
  familyMembersSupported: Figure;
  courtAccompaniments: Figure;
  bereavedFamiliesSupported: Figure;
  exhibits: Figure;
  examinations: Table;
  icacReferrals: Table;
  devicesSeized: Figure;
  forensicExams: Figure;
  victimsIdentified: Figure;
  courtStages: Table;
  spending: SpendingTotals;
}

/**
 * Spending per team as entered for the year. A team left empty is not known, not zero: its
 * row's value is 0 only so the table adds up, it is listed in `notEntered`, and the total is
 * that of the teams entered.
 */
export interface SpendingTotals extends Table<Team> {
  notEntered: Team[];
}

/** The previous year's headline figures and the change, for the comparison the report makes. */
export interface YearComparison {
  current: Totals;
  previous: Totals;
  /** Percentage change from the previous year, one decimal; null when the previous year is zero. */
  change: Record<'investigations' | 'suspectsArrested' | 'childHomicides' | 'suspiciousDeaths', number | null>;
}

export const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** (current − previous) / previous × 100, one decimal; null when there is nothing to compare with. */
export function percentChange(previous: number, current: number): number | null {
  return previous === 0 ? null : oneDecimal(((current - previous) / previous) * 100);
}

export function arrestRate(arrested: number, investigations: number): number | null {
  return investigations === 0 ? null : oneDecimal((arrested / investigations) * 100);
}

/**
 * A count and the summaries behind it. Every summary is counted in one go (all its adds
 * come before the next summary's), so an id repeats only right after itself: comparing
 * with the last one keeps the list distinct without a Set (the hot path at 30,000).
 */
class Tally {
  value = 0;
  readonly ids: string[] = [];
  add(id: string, weight = 1): void {
    if (weight === 0) return;
    this.value += weight;
    if (this.ids[this.ids.length - 1] !== id) this.ids.push(id);
  }
}

/** Figures of one year added up from entries (`totals-rules.ts`), each asked for by name and key. */
class Tallies {
  readonly #byName = new Map<FigureName, Map<string, Tally>>();
  readonly emit: Emit = (name, key, id, weight = 1) => {
    let keys = this.#byName.get(name);
    if (!keys) this.#byName.set(name, (keys = new Map()));
    let tally = keys.get(key);
    if (!tally) keys.set(key, (tally = new Tally()));
    tally.add(id, weight);
  };
  readonly figure = (name: FigureName, key = ''): Figure => {
    const tally = this.#byName.get(name)?.get(key);
    return tally ? { value: tally.value, ids: tally.ids } : { value: 0, ids: [] };
  };
}

/** Looks up one figure of a year by name and key ('' for a single figure). */
export type FigureOf = (name: FigureName, key?: string) => Figure;

/**
 * The year's totals from every summary of every year (the bin is ignored). Investigation
 * figures count each investigation reference once, in the report year of its principal
 * lead summary, from that summary's victims and suspects; team figures count the team's
 * summaries reported in the year.
 */
export function computeTotals(
  records: readonly CaseFacts[],
  year: number,
  spending: Spending = {},
  groups: ReadonlyMap<string, Investigation> = groupInvestigations(records),
): Totals {
  const tallies = new Tallies();
  for (const inv of groups.values()) if (inv.year === year) investigationEntries(inv, tallies.emit);
  for (const record of records) {
    if (record.deletedAt === undefined && yearOf(record.summary.dateReported) === year)
      summaryEntries(record, tallies.emit);
  }
  return assembleTotals(year, tallies.figure, spending);
}

/**
 * This year's totals beside last year's. `groups` is `groupInvestigations(records)`, passed by a
 * caller that has it already (the data-quality checks use the same), so it is built once.
 */
export function compareYears(
  records: readonly CaseFacts[],
  year: number,
  spending: Spending,
  previousSpending: Spending,
  groups: ReadonlyMap<string, Investigation> = groupInvestigations(records),
): YearComparison {
  return comparison(
    computeTotals(records, year, spending, groups),
    computeTotals(records, year - 1, previousSpending, groups),
  );
}

/** The two years side by side with the change in the headline figures. */
export function comparison(current: Totals, previous: Totals): YearComparison {
  const keys = ['investigations', 'suspectsArrested', 'childHomicides', 'suspiciousDeaths'] as const;
  const change = Object.fromEntries(
    keys.map((k) => [k, percentChange(previous[k].value, current[k].value)]),
  ) as YearComparison['change'];
  return { current, previous, change };
}

/** The report's figures for a year from its added-up entries, every table with all its rows. */
export function assembleTotals(year: number, figure: FigureOf, spending: Spending): Totals {
  const table = <K extends string>(name: FigureName, keys: readonly K[], ranked = false): Table<K> => {
    const rows = keys.map((key) => ({ key, ...figure(name, key) }));
    if (ranked) rows.sort((a, b) => b.value - a.value);
    return { rows, total: rows.reduce((sum, r) => sum + r.value, 0) };
  };
  const count = figure('investigations');
  const arrested = figure('suspectsArrested');
  const withArrest = figure('investigationsWithArrest');
  const byProvince = table('byProvince', TABLE_KEYS.byProvince);
  const band = (code: (typeof AGE_BANDS)[number]['code']): AgeSexRow => ({
    band: code,
    ...figure('ageSex', code),
    bySex: { female: figure('ageSex.female', code), male: figure('ageSex.male', code) },
  });
  return {
    year,
    investigations: count,
    investigationsWithArrest: withArrest,
    suspectsArrested: arrested,
    arrestRate: arrestRate(arrested.value, count.value),
    arrestShare: arrestRate(withArrest.value, count.value),
    childHomicides: figure('childHomicides'),
    suspiciousDeaths: figure('suspiciousDeaths'),
    investigationsByLeadTeam: table('investigationsByLeadTeam', TABLE_KEYS.investigationsByLeadTeam),
    byProvince,
    provincesWithInvestigations: byProvince.rows.filter((r) => r.key !== NO_PROVINCE && r.value > 0).length,
    byOffence: table('byOffence', TABLE_KEYS.byOffence),
    relationships: table('relationships', TABLE_KEYS.relationships, true),
    courtStages: table('courtStages', TABLE_KEYS.courtStages),
    victims: figure('victims'),
    victimsByAgeSex: AGE_BANDS.map((b) => band(b.code)),
    summariesByTeam: table('summariesByTeam', TABLE_KEYS.summariesByTeam),
    services: table('services', TABLE_KEYS.services),
    examinations: table('examinations', TABLE_KEYS.examinations),
    icacReferrals: table('icacReferrals', TABLE_KEYS.icacReferrals),
    victimsSupported: figure('victimsSupported'),
    familyMembersSupported: figure('familyMembersSupported'),
    courtAccompaniments: figure('courtAccompaniments'),
    bereavedFamiliesSupported: figure('bereavedFamiliesSupported'),
    exhibits: figure('exhibits'),
    devicesSeized: figure('devicesSeized'),
    forensicExams: figure('forensicExams'),
    victimsIdentified: figure('victimsIdentified'),
    spending: spendingTable(spending),
  };
}

function spendingTable(spending: Spending): SpendingTotals {
  const rows = TEAMS.map((key) => ({ key, value: spending[key] ?? 0, ids: [] }));
  const notEntered = TEAMS.filter((key) => spending[key] === undefined);
  return { rows, total: rows.reduce((sum, r) => sum + r.value, 0), notEntered };
}
