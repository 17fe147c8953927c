import { yearOf } from '../../shared/domain/dates';
import { leadOrder } from '../../shared/domain/investigations';
import { LEAD_TEAMS } from '../../shared/domain/teams';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRow } from '../../shared/schemas/case';
import type { CaseStore } from './case-store';

/** A lead summary (HIT or ICAC) not in the bin: one that can be an investigation's principal. */
const canLead = (row: CaseRow | undefined): row is CaseRow =>
  row !== undefined && row.deletedAt === undefined && LEAD_TEAMS.includes(row.team);

/** The principal among `rows` (see `groupInvestigations`) and the year the investigation counts in. */
function principal(rows: readonly CaseRow[]): { id: string; year: number } | undefined {
  const first = [...rows].sort(leadOrder)[0];
  return first ? { id: first.id, year: yearOf(first.dateReported) } : undefined;
}

/** One summary written: its id and its list row afterwards (undefined when it goes: a purge). */
export interface RowChange {
  id: string;
  after: CaseRow | undefined;
}

/**
 * A closed year's figures stay as they were. An investigation counts in the year of its
 * principal lead summary (HIT before ICAC, then the one reported first), and a summary of
 * another, open year can take that place or give it up: entered, edited, moved to the bin,
 * restored or imported. Changes (checked before they are committed, against the rows in memory,
 * which are still those before them) are refused when they would move an investigation out of
 * or into a closed year, or change the summary its figures come from there. Nothing is read
 * while no year is closed.
 */
export function assertLeadsStay(store: CaseStore, changes: readonly RowChange[]): void {
  const years = store.years();
  if (changes.length === 0 || !years.some(store.isClosed)) return;
  const changed = new Map(changes.map((c) => [c.id, c.after]));
  const before = years.flatMap((y) => store.views.rowsOf(y)).filter(canLead);
  const leads = [...before.filter((r) => changed.has(r.id)), ...[...changed.values()].filter(canLead)];
  const refs = new Set(leads.map((r) => r.investigationRef));
  for (const ref of refs) {
    const was = before.filter((r) => r.investigationRef === ref);
    const now = [
      ...was.filter((r) => !changed.has(r.id)),
      ...[...changed.values()].filter((r): r is CaseRow => canLead(r) && r.investigationRef === ref),
    ];
    const from = principal(was);
    const to = principal(now);
    if (from?.id === to?.id && from?.year === to?.year) continue;
    const year = [from?.year, to?.year].find((y): y is number => y !== undefined && store.isClosed(y));
    if (year !== undefined) {
      throw new AppFailure(
        'year-closed-lead',
        `This change would change the lead summary of investigation ${ref}, which is counted in ${year}, a closed year.`,
        { ref, year: String(year) },
      );
    }
  }
}
