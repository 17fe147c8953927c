import type { CaseFacts } from '../schemas/case';
import { yearOf } from './dates';
import { groupInvestigations, type Investigation, type LeadRecord } from './investigations';
import type { SEXES } from './lists';
import { AGE_BANDS, COURT_STAGES, EXAMINATIONS, OFFENCES, REFERRAL_SOURCES, RELATIONSHIPS, SERVICES } from './lists';
import { PROVINCE_CODES } from './provinces';
import { TEAMS, type Team } from './teams';

/** A count and the summaries behind it, so every figure can open its list. */
export interface Figure {
  value: number;
  ids: string[];
}

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
  spending: Table<Team>;
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
  figure(): Figure {
    return { value: this.value, ids: this.ids };
  }
}

/** Counts by key, every key of the list present; `add` may be called with any weight. */
class Counter<K extends string> {
  readonly #rows = new Map<string, Tally>();
  constructor(keys: readonly K[]) {
    for (const key of keys) this.#rows.set(key, new Tally());
  }
  add(key: K, id: string, weight = 1): void {
    this.#rows.get(key)?.add(id, weight);
  }
  table(ranked = false): Table<K> {
    const rows = [...this.#rows].map(([key, r]) => ({ key: key as K, ...r.figure() }));
    if (ranked) rows.sort((a, b) => b.value - a.value);
    return { rows, total: rows.reduce((sum, r) => sum + r.value, 0) };
  }
}

const bandOf = (age: number) => AGE_BANDS.find((b) => age >= b.min && age <= b.max)?.code;

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
  const investigations: Investigation[] = [];
  for (const inv of groups.values()) if (inv.year === year) investigations.push(inv);
  const t = investigationFigures(investigations);
  return { year, ...t, ...teamFigures(records, year), spending: spendingTable(spending) };
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
  const current = computeTotals(records, year, spending, groups);
  const previous = computeTotals(records, year - 1, previousSpending, groups);
  const keys = ['investigations', 'suspectsArrested', 'childHomicides', 'suspiciousDeaths'] as const;
  const change = Object.fromEntries(
    keys.map((k) => [k, percentChange(previous[k].value, current[k].value)]),
  ) as YearComparison['change'];
  return { current, previous, change };
}

function investigationFigures(investigations: Investigation[]) {
  const count = new Tally();
  const withArrest = new Tally();
  const arrested = new Tally();
  const homicides = new Tally();
  const suspicious = new Tally();
  const leadTeams = new Counter(['HIT', 'ICAC'] as const);
  const provinces = new Counter([...PROVINCE_CODES, 'unknown']);
  const offences = new Counter(OFFENCES);
  const relationships = new Counter(RELATIONSHIPS);
  const stages = new Counter(COURT_STAGES);
  const victims = new Tally();
  const ageSex = AGE_BANDS.map((b) => ({ band: b.code, all: new Tally(), female: new Tally(), male: new Tally() }));

  for (const inv of investigations) {
    const lead = inv.principal as LeadRecord;
    const s = lead.summary;
    const id = lead.id;
    count.add(id);
    leadTeams.add(s.team, id);
    provinces.add(s.province ?? inv.records.find((r) => r.summary.province)?.summary.province ?? 'unknown', id);
    for (const offence of s.offences) offences.add(offence, id);
    const arrests = s.suspects.filter((x) => x.arrested).length;
    arrested.add(id, arrests);
    if (arrests > 0) withArrest.add(id);
    for (const suspect of s.suspects) {
      relationships.add(suspect.relationship, id);
      stages.add(suspect.courtStage, id);
    }
    if (s.team === 'HIT') {
      if (s.homicide) homicides.add(id);
      if (s.suspiciousDeath) suspicious.add(id);
      for (const v of s.victims) {
        const row = ageSex.find((r) => r.band === bandOf(v.age));
        victims.add(id);
        row?.all.add(id);
        row?.[v.sex].add(id);
      }
    }
  }
  const byProvince = provinces.table();
  return {
    investigations: count.figure(),
    investigationsWithArrest: withArrest.figure(),
    suspectsArrested: arrested.figure(),
    arrestRate: arrestRate(arrested.value, count.value),
    arrestShare: arrestRate(withArrest.value, count.value),
    childHomicides: homicides.figure(),
    suspiciousDeaths: suspicious.figure(),
    investigationsByLeadTeam: leadTeams.table(),
    byProvince,
    provincesWithInvestigations: byProvince.rows.filter((r) => r.key !== 'unknown' && r.value > 0).length,
    byOffence: offences.table(),
    relationships: relationships.table(true),
    courtStages: stages.table(),
    victims: victims.figure(),
    victimsByAgeSex: ageSex.map((r) => ({
      band: r.band,
      ...r.all.figure(),
      bySex: { female: r.female.figure(), male: r.male.figure() },
    })),
  };
}

function teamFigures(records: readonly CaseFacts[], year: number) {
  const byTeam = new Counter(TEAMS);
  const services = new Counter(SERVICES);
  const examinations = new Counter(EXAMINATIONS);
  const referrals = new Counter(REFERRAL_SOURCES);
  const tallies = {
    victimsSupported: new Tally(),
    familyMembersSupported: new Tally(),
    courtAccompaniments: new Tally(),
    bereavedFamiliesSupported: new Tally(),
    exhibits: new Tally(),
    devicesSeized: new Tally(),
    forensicExams: new Tally(),
    victimsIdentified: new Tally(),
  };
  for (const record of records) {
    if (record.deletedAt !== undefined || yearOf(record.summary.dateReported) !== year) continue;
    const s = record.summary;
    const id = record.id;
    byTeam.add(s.team, id);
    if (s.team === 'OVA') {
      for (const service of s.services) services.add(service.service, id);
      tallies.victimsSupported.add(id, s.victimsSupported);
      tallies.familyMembersSupported.add(id, s.familyMembersSupported);
      tallies.courtAccompaniments.add(id, s.courtAccompaniments);
      tallies.bereavedFamiliesSupported.add(id, s.bereavedFamiliesSupported);
    } else if (s.team === 'FST') {
      tallies.exhibits.add(id, s.exhibits.length);
      for (const exhibit of s.exhibits) for (const exam of exhibit.examinations) examinations.add(exam.type, id);
    } else if (s.team === 'ICAC') {
      referrals.add(s.referralSource, id);
      tallies.devicesSeized.add(id, s.devicesSeized);
      tallies.forensicExams.add(id, s.forensicExams);
      tallies.victimsIdentified.add(id, s.victimsIdentified);
    }
  }
  const figures = Object.fromEntries(Object.entries(tallies).map(([k, v]) => [k, v.figure()])) as Record<
    keyof typeof tallies,
    Figure
  >;
  return {
    summariesByTeam: byTeam.table(),
    services: services.table(),
    examinations: examinations.table(),
    icacReferrals: referrals.table(),
    ...figures,
  };
}

function spendingTable(spending: Spending): Table<Team> {
  const rows = TEAMS.map((key) => ({ key, value: spending[key] ?? 0, ids: [] }));
  return { rows, total: rows.reduce((sum, r) => sum + r.value, 0) };
}
