import type { CaseFacts } from '../schemas/case';
import { yearOf } from './dates';
import { groupInvestigations, type Investigation } from './investigations';
import type { Spending } from './totals';

export const QUALITY_CHECKS = [
  'no-province',
  'support-without-lead',
  'several-leads',
  'offence-mismatch',
  'homicide-not-flagged',
  'homicide-offence-missing',
  'arrest-without-date',
  'duplicate-case-code',
  'spending-missing',
] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

/** One thing that would make the year's totals wrong, with the summaries to look at. */
export interface QualityFinding {
  check: QualityCheck;
  ids: string[];
  /** Investigation references or case codes involved, for the officer to read. */
  refs: string[];
}

/**
 * What would make the year's totals wrong, found before they are exported. Only the checks
 * that find something are returned; each lists the summaries behind it. `investigations` is
 * `groupInvestigations(records)`, passed by a caller that has it already.
 */
export function checkDataQuality(
  records: readonly CaseFacts[],
  year: number,
  spending: Spending = {},
  investigations: ReadonlyMap<string, Investigation> = groupInvestigations(records),
): QualityFinding[] {
  const found = new Map<QualityCheck, { ids: Set<string>; refs: Set<string> }>();
  const flag = (check: QualityCheck, record: CaseFacts, ref = record.caseCode) => {
    const entry = found.get(check) ?? { ids: new Set(), refs: new Set() };
    entry.ids.add(record.id);
    entry.refs.add(ref);
    found.set(check, entry);
  };
  const inYear = records.filter((r) => r.deletedAt === undefined && yearOf(r.summary.dateReported) === year);
  const codes = new Map<string, CaseFacts>();

  for (const record of inYear) {
    const s = record.summary;
    if (!s.province) flag('no-province', record);
    const inv = investigations.get(s.investigationRef);
    if (!inv?.principal) flag('support-without-lead', record, s.investigationRef);
    else if (!s.offences.some((o) => inv.principal?.summary.offences.includes(o))) {
      flag('offence-mismatch', record, s.investigationRef);
    }
    if (s.team === 'HIT') {
      if (s.offences.includes('child-homicide') && !s.homicide) flag('homicide-not-flagged', record);
      if (s.homicide && !s.offences.includes('child-homicide')) flag('homicide-offence-missing', record);
    }
    if ((s.team === 'HIT' || s.team === 'ICAC') && s.suspects.some((x) => x.arrested && !x.arrestDate)) {
      flag('arrest-without-date', record);
    }
    const twin = codes.get(record.caseCode);
    if (twin && twin.id !== record.id) {
      flag('duplicate-case-code', record);
      flag('duplicate-case-code', twin);
    }
    codes.set(record.caseCode, record);
  }
  for (const inv of investigations.values()) {
    if (inv.year === year && inv.leads.length > 1) for (const lead of inv.leads) flag('several-leads', lead, inv.ref);
  }
  const findings: QualityFinding[] = [...found].map(([check, e]) => ({
    check,
    ids: [...e.ids],
    refs: [...e.refs].sort(),
  }));
  if (inYear.length > 0 && Object.values(spending).every((v) => !v))
    findings.push({ check: 'spending-missing', ids: [], refs: [] });
  return findings.sort((a, b) => QUALITY_CHECKS.indexOf(a.check) - QUALITY_CHECKS.indexOf(b.check));
}
