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

/**
 * A closed year's figures stay as they were. An investigation counts in the year of its
 * principal lead summary (HIT before ICAC, then the one reported first), and a summary of
 * another, open year can take that place or give it up: entered, edited, moved to the bin or
 * restored. Such a change of one summary (its list row `before` and `after`; undefined for
 * none) is refused when it would move an investigation out of or into a closed year, or change
 * the summary its figures come from there. Nothing is read unless a lead summary is written and
 * some year is closed.
 */
export function assertLeadsStay(store: CaseStore, before: CaseRow | undefined, after: CaseRow | undefined): void {
  if (!canLead(before) && !canLead(after)) return;
  const years = store.years();
  if (!years.some(store.isClosed)) return;
  const id = (before ?? after)?.id;
  const refs = new Set([before, after].filter(canLead).map((r) => r.investigationRef));
  for (const ref of refs) {
    const others = years.flatMap((y) =>
      store.views.rowsOf(y).filter((r) => canLead(r) && r.investigationRef === ref && r.id !== id),
    );
    const with_ = (row: CaseRow | undefined) =>
      canLead(row) && row.investigationRef === ref ? [...others, row] : others;
    const was = principal(with_(before));
    const now = principal(with_(after));
    if (was?.id === now?.id && was?.year === now?.year) continue;
    const year = [was?.year, now?.year].find((y): y is number => y !== undefined && store.isClosed(y));
    if (year !== undefined) {
      throw new AppFailure(
        'year-closed-lead',
        `This change would change the lead summary of investigation ${ref}, which is counted in ${year}, a closed year.`,
        { ref, year: String(year) },
      );
    }
  }
}
