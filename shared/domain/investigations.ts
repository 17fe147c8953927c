import type { CaseFacts } from '../schemas/case';
import { yearOf } from './dates';
import { LEAD_TEAMS } from './teams';

type Summary = CaseFacts['summary'];
export type LeadSummary = Extract<Summary, { team: 'HIT' | 'ICAC' }>;
export type LeadRecord = CaseFacts & { summary: LeadSummary };

/** One investigation reference with every summary (not in the bin) that carries it. */
export interface Investigation {
  ref: string;
  /** Every team's summaries of this investigation, in any year. */
  records: CaseFacts[];
  /** HIT and ICAC summaries. */
  leads: LeadRecord[];
  /**
   * The lead summary the investigation's figures come from: HIT before ICAC, then the one
   * reported first, then the lowest case code. Undefined when there is no lead summary.
   */
  principal: LeadRecord | undefined;
  /** The report year of the principal summary: the one year the investigation counts in. */
  year: number | undefined;
}

export const isLead = (record: CaseFacts): record is LeadRecord =>
  (LEAD_TEAMS as readonly string[]).includes(record.summary.team);

const principalOrder = (a: LeadRecord, b: LeadRecord) =>
  (a.summary.team === 'HIT' ? 0 : 1) - (b.summary.team === 'HIT' ? 0 : 1) ||
  a.summary.dateReported.localeCompare(b.summary.dateReported) ||
  a.caseCode.localeCompare(b.caseCode) ||
  a.id.localeCompare(b.id);

/** Summaries in use: the bin never counts. */
export const inUse = (records: readonly CaseFacts[]) => records.filter((r) => r.deletedAt === undefined);

/** Groups summaries (bin excluded) by investigation reference and picks each one's principal. */
export function groupInvestigations(records: readonly CaseFacts[]): Map<string, Investigation> {
  const byRef = new Map<string, Investigation>();
  for (const record of records) {
    if (record.deletedAt !== undefined) continue;
    const ref = record.summary.investigationRef;
    let entry = byRef.get(ref);
    if (!entry) {
      entry = { ref, records: [], leads: [], principal: undefined, year: undefined };
      byRef.set(ref, entry);
    }
    entry.records.push(record);
    if (isLead(record)) entry.leads.push(record);
  }
  for (const entry of byRef.values()) {
    entry.leads.sort(principalOrder);
    entry.principal = entry.leads[0];
    entry.year = entry.principal ? yearOf(entry.principal.summary.dateReported) : undefined;
  }
  return byRef;
}
