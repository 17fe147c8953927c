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

/** What decides which lead summary is an investigation's principal; a list row has it too. */
export interface LeadOrderKey {
  id: string;
  caseCode: string;
  team: string;
  dateReported: string;
}

/** HIT before ICAC, then the one reported first, then the lowest case code (then the id). */
export const leadOrder = (a: LeadOrderKey, b: LeadOrderKey) =>
  (a.team === 'HIT' ? 0 : 1) - (b.team === 'HIT' ? 0 : 1) ||
  a.dateReported.localeCompare(b.dateReported) ||
  a.caseCode.localeCompare(b.caseCode) ||
  a.id.localeCompare(b.id);

const orderKey = (r: LeadRecord): LeadOrderKey => ({
  id: r.id,
  caseCode: r.caseCode,
  team: r.summary.team,
  dateReported: r.summary.dateReported,
});
const principalOrder = (a: LeadRecord, b: LeadRecord) => leadOrder(orderKey(a), orderKey(b));

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
  for (const entry of byRef.values()) settle(entry);
  return byRef;
}

/** Orders an investigation's leads and picks its principal (and so its year). */
function settle(entry: Investigation): void {
  if (entry.leads.length > 1) entry.leads.sort(principalOrder);
  entry.principal = entry.leads[0];
  entry.year = entry.principal ? yearOf(entry.principal.summary.dateReported) : undefined;
}

/**
 * Brings `groups` (`groupInvestigations` of a list of records) up to date after one record of
 * that list was changed in place (`previous`, the object it replaced) or added at its end
 * (`previous` undefined), so it equals `groupInvestigations` of the changed list without going
 * over every record again. Returns false, leaving `groups` to be built again, for a change that
 * moves the record to another investigation or into or out of the bin.
 */
export function regroupOne(
  groups: Map<string, Investigation>,
  previous: CaseFacts | undefined,
  next: CaseFacts,
): boolean {
  const wasIn = previous !== undefined && previous.deletedAt === undefined;
  const isIn = next.deletedAt === undefined;
  if (!wasIn && !isIn) return true;
  const ref = next.summary.investigationRef;
  if (previous === undefined) {
    let entry = groups.get(ref);
    if (!entry) {
      entry = { ref, records: [], leads: [], principal: undefined, year: undefined };
      groups.set(ref, entry);
    }
    entry.records.push(next);
    if (isLead(next)) entry.leads.push(next);
    settle(entry);
    return true;
  }
  if (wasIn !== isIn || previous.summary.investigationRef !== ref || isLead(previous) !== isLead(next)) return false;
  const entry = groups.get(ref);
  const at = entry?.records.indexOf(previous) ?? -1;
  if (!entry || at < 0) return false;
  entry.records[at] = next;
  if (isLead(next)) {
    const lead = entry.leads.indexOf(previous as LeadRecord);
    if (lead < 0) return false;
    entry.leads[lead] = next;
  }
  settle(entry);
  return true;
}
