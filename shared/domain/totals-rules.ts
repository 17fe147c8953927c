import type { CaseFacts } from '../schemas/case';
import type { QualityCheck } from './data-quality';
import { yearOf } from './dates';
import type { Investigation, LeadRecord } from './investigations';
import {
  AGE_BANDS,
  COURT_STAGES,
  EXAMINATIONS,
  OFFENCES,
  REFERRAL_SOURCES,
  RELATIONSHIPS,
  SERVICES,
  type SEXES,
} from './lists';
import { NO_PROVINCE, PROVINCE_CODES } from './provinces';
import { TEAMS } from './teams';

/**
 * What one summary or one investigation adds to the totals, as single entries: the full
 * computation (`computeTotals`, `checkDataQuality`) and the one kept up to date per save
 * (`IncrementalTotals`) both add up these entries, so the two follow the same rules.
 */

/** A count and the summaries behind it, so every figure can open its list. */
export interface Figure {
  value: number;
  ids: string[];
}

/** Every figure's name; a table's rows are its keys, a single figure has the key ''. */
export type FigureName =
  | 'investigations'
  | 'investigationsWithArrest'
  | 'suspectsArrested'
  | 'childHomicides'
  | 'suspiciousDeaths'
  | 'investigationsByLeadTeam'
  | 'byProvince'
  | 'byOffence'
  | 'relationships'
  | 'courtStages'
  | 'victims'
  | 'ageSex'
  | `ageSex.${(typeof SEXES)[number]}`
  | 'summariesByTeam'
  | 'services'
  | 'examinations'
  | 'icacReferrals'
  | 'victimsSupported'
  | 'familyMembersSupported'
  | 'courtAccompaniments'
  | 'bereavedFamiliesSupported'
  | 'exhibits'
  | 'devicesSeized'
  | 'forensicExams'
  | 'victimsIdentified'
  /** Summaries in use reported in the year (the spending check needs to know there are any). */
  | 'inUse';

/** Adds `weight` to a figure's value for summary `id`; a weight of 0 adds nothing, not even the id. */
export type Emit = (name: FigureName, key: string, id: string, weight?: number) => void;
/** Marks summary `id` for a data-quality check, with the reference or case code an officer reads. */
export type Flag = (check: QualityCheck, id: string, ref: string) => void;

/** The keys each table lists, zeros included, in the order the report shows them. */
export const TABLE_KEYS = {
  investigationsByLeadTeam: ['HIT', 'ICAC'],
  byProvince: [...PROVINCE_CODES, NO_PROVINCE],
  byOffence: OFFENCES,
  relationships: RELATIONSHIPS,
  courtStages: COURT_STAGES,
  summariesByTeam: TEAMS,
  services: SERVICES,
  examinations: EXAMINATIONS,
  icacReferrals: REFERRAL_SOURCES,
} as const satisfies Partial<Record<FigureName, readonly string[]>>;

/** A child homicide's victim is under this age: HIT's remit (child homicides, victims under 15). */
export const CHILD_HOMICIDE_UNDER = 15;

const bandOf = (age: number) => AGE_BANDS.find((b) => age >= b.min && age <= b.max)?.code;

const teamRank = (team: string) => (team === 'HIT' ? 0 : team === 'ICAC' ? 1 : 2);

/**
 * The province an investigation counts in: its principal summary's or, when that has none, that
 * of another of its summaries reported in the same year, the leads first (HIT, then ICAC), then
 * the one reported first, then the lowest case code. Never a summary of another year: a closed
 * year's table must not move when a summary of an open year is edited. And never the order the
 * summaries happen to be stored in, which differs between PCs holding the same summaries.
 */
export function investigationProvince(inv: Investigation): string | undefined {
  const own = inv.principal?.summary.province;
  if (own) return own;
  let best: CaseFacts | undefined;
  for (const r of inv.records) {
    if (!r.summary.province || yearOf(r.summary.dateReported) !== inv.year) continue;
    if (
      !best ||
      (teamRank(r.summary.team) - teamRank(best.summary.team) ||
        r.summary.dateReported.localeCompare(best.summary.dateReported) ||
        r.caseCode.localeCompare(best.caseCode) ||
        r.id.localeCompare(best.id)) < 0
    )
      best = r;
  }
  return best?.summary.province;
}

/**
 * An investigation's figures, added in the report year of its principal lead summary, from
 * that summary's victims and suspects. Call only for an investigation with a principal.
 */
export function investigationEntries(inv: Investigation, emit: Emit): void {
  const lead = inv.principal as LeadRecord;
  const s = lead.summary;
  const id = lead.id;
  emit('investigations', '', id);
  emit('investigationsByLeadTeam', s.team, id);
  emit('byProvince', investigationProvince(inv) ?? NO_PROVINCE, id);
  for (const offence of s.offences) emit('byOffence', offence, id);
  let arrests = 0;
  for (const x of s.suspects) if (x.arrested) arrests += 1;
  emit('suspectsArrested', '', id, arrests);
  if (arrests > 0) emit('investigationsWithArrest', '', id);
  for (const suspect of s.suspects) {
    emit('relationships', suspect.relationship, id);
    emit('courtStages', suspect.courtStage, id);
  }
  if (s.team === 'HIT') {
    if (s.homicide) emit('childHomicides', '', id);
    if (s.suspiciousDeath) emit('suspiciousDeaths', '', id);
    for (const v of s.victims) {
      const band = bandOf(v.age);
      emit('victims', '', id);
      if (band === undefined) continue;
      emit('ageSex', band, id);
      emit(`ageSex.${v.sex}`, band, id);
    }
  }
}

/** A summary's team figures in its report year. Call only for a summary in use. */
export function summaryEntries(record: CaseFacts, emit: Emit): void {
  const s = record.summary;
  const id = record.id;
  emit('inUse', '', id);
  emit('summariesByTeam', s.team, id);
  if (s.team === 'OVA') {
    for (const service of s.services) emit('services', service.service, id);
    emit('victimsSupported', '', id, s.victimsSupported);
    emit('familyMembersSupported', '', id, s.familyMembersSupported);
    emit('courtAccompaniments', '', id, s.courtAccompaniments);
    emit('bereavedFamiliesSupported', '', id, s.bereavedFamiliesSupported);
  } else if (s.team === 'FST') {
    emit('exhibits', '', id, s.exhibits.length);
    for (const exhibit of s.exhibits) for (const exam of exhibit.examinations) emit('examinations', exam.type, id);
  } else if (s.team === 'ICAC') {
    emit('icacReferrals', s.referralSource, id);
    emit('devicesSeized', '', id, s.devicesSeized);
    emit('forensicExams', '', id, s.forensicExams);
    emit('victimsIdentified', '', id, s.victimsIdentified);
  }
}

/**
 * The checks one summary in use fails on its own or against its investigation (`inv`, the
 * group of its reference). Duplicate case codes and several leads are checks of a group.
 */
export function summaryFlags(record: CaseFacts, inv: Investigation | undefined, flag: Flag): void {
  const s = record.summary;
  const id = record.id;
  if (!s.province) flag('no-province', id, record.caseCode);
  if (!inv?.principal) flag('support-without-lead', id, s.investigationRef);
  else if (!s.offences.some((o) => inv.principal?.summary.offences.includes(o))) {
    flag('offence-mismatch', id, s.investigationRef);
  }
  if (s.team === 'HIT') {
    if (s.offences.includes('child-homicide') && !s.homicide) flag('homicide-not-flagged', id, record.caseCode);
    if (s.homicide && !s.offences.includes('child-homicide')) flag('homicide-offence-missing', id, record.caseCode);
    // A child homicide is of a child under 15 (the unit's definition); a victim of 15 to 17 who died is not one.
    const died = s.victims.filter((v) => v.outcome === 'died');
    if (s.homicide && died.length > 0 && died.every((v) => v.age >= CHILD_HOMICIDE_UNDER)) {
      flag('homicide-victim-age', id, record.caseCode);
    }
  }
  if ((s.team === 'HIT' || s.team === 'ICAC') && s.suspects.some((x) => x.arrested && !x.arrestDate)) {
    flag('arrest-without-date', id, record.caseCode);
  }
}

/** An investigation counted in a year with more than one lead summary: each lead is flagged. */
export function investigationFlags(inv: Investigation, flag: Flag): void {
  if (inv.leads.length > 1) for (const lead of inv.leads) flag('several-leads', lead.id, inv.ref);
}

/**
 * Summaries in use of one year sharing a case code, in the order they are read: each from
 * the second on is flagged with the one before it (so all are, once there are two).
 */
export function duplicateFlags(code: string, ids: readonly string[], flag: Flag): void {
  for (let i = 1; i < ids.length; i++) {
    flag('duplicate-case-code', ids[i] as string, code);
    flag('duplicate-case-code', ids[i - 1] as string, code);
  }
}
