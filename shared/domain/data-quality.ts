import type { CaseFacts } from '../schemas/case';
import { yearOf } from './dates';
import { groupInvestigations, type Investigation } from './investigations';
import { TEAMS } from './teams';
import type { Spending } from './totals';
import { duplicateFlags, investigationFlags, summaryFlags, type Flag } from './totals-rules';

export const QUALITY_CHECKS = [
  'no-province',
  'support-without-lead',
  'several-leads',
  'offence-mismatch',
  'homicide-not-flagged',
  'homicide-offence-missing',
  'homicide-victim-age',
  'arrest-without-date',
  'duplicate-case-code',
  'spending-missing',
  'spending-incomplete',
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
  const flag: Flag = (check, id, ref) => {
    const entry = found.get(check) ?? { ids: new Set(), refs: new Set() };
    entry.ids.add(id);
    entry.refs.add(ref);
    found.set(check, entry);
  };
  const inYear = records.filter((r) => r.deletedAt === undefined && yearOf(r.summary.dateReported) === year);
  const codes = new Map<string, string[]>();
  for (const record of inYear) {
    summaryFlags(record, investigations.get(record.summary.investigationRef), flag);
    const same = codes.get(record.caseCode);
    if (same) same.push(record.id);
    else codes.set(record.caseCode, [record.id]);
  }
  for (const [code, ids] of codes) duplicateFlags(code, ids, flag);
  for (const inv of investigations.values()) if (inv.year === year) investigationFlags(inv, flag);
  const findings: QualityFinding[] = [...found].map(([check, e]) => ({
    check,
    ids: [...e.ids],
    refs: [...e.refs].sort(),
  }));
  return finishFindings(findings, inYear.length > 0, spending);
}

/**
 * Adds the spending checks (summaries in the year and no spending entered, or only some teams'
 * entered: the total is then of those alone) and puts the checks in their order.
 */
export function finishFindings(findings: QualityFinding[], anyInYear: boolean, spending: Spending): QualityFinding[] {
  const missing = TEAMS.filter((team) => spending[team] === undefined);
  if (anyInYear && missing.length === TEAMS.length) findings.push({ check: 'spending-missing', ids: [], refs: [] });
  else if (anyInYear && missing.length > 0) findings.push({ check: 'spending-incomplete', ids: [], refs: missing });
  return findings.sort((a, b) => QUALITY_CHECKS.indexOf(a.check) - QUALITY_CHECKS.indexOf(b.check));
}
