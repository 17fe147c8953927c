import { yearOf } from '../../shared/domain/dates';
import { leadOrder } from '../../shared/domain/investigations';
import { LEAD_TEAMS } from '../../shared/domain/teams';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRow } from '../../shared/schemas/case';
import type { CaseStore } from './case-store';

/**
 * A closed year's figures stay as they were. An investigation counts in the year of its
 * principal lead summary (HIT before ICAC, then the one reported first, then the lowest code),
 * and a summary of another, open year can take that place or give it up: entered, edited,
 * moved to the bin, restored or imported. Such changes are refused when they would move an
 * investigation out of or into a closed year, or change the summary its figures come from
 * there. They are checked against the rows as they were before the change, read before its
 * transaction. Nothing is read while no year is closed (the year settings say which, kept in
 * memory), nor for a change that leaves every lead summary's team, reference, report date, code
 * and bin state as they were.
 */

/** One summary written: its id and its list row afterwards (undefined when it goes: a purge). */
export interface RowChange {
  id: string;
  after: CaseRow | undefined;
}

/** A lead summary (HIT or ICAC) not in the bin: one that can be an investigation's principal. */
const canLead = (row: CaseRow | undefined): row is CaseRow =>
  row !== undefined && row.deletedAt === undefined && LEAD_TEAMS.includes(row.team);

/** Whether going from `before` to `after` can change which summary leads an investigation. */
const movesLead = (before: CaseRow | undefined, after: CaseRow | undefined): boolean => {
  if (!canLead(before) || !canLead(after)) return canLead(before) || canLead(after);
  return (
    before.team !== after.team ||
    before.investigationRef !== after.investigationRef ||
    before.dateReported !== after.dateReported ||
    before.caseCode !== after.caseCode
  );
};

/** The principal among `rows` (see `groupInvestigations`) and the year the investigation counts in. */
function principal(rows: readonly CaseRow[]): { id: string; year: number } | undefined {
  const first = [...rows].sort(leadOrder)[0];
  return first ? { id: first.id, year: yearOf(first.dateReported) } : undefined;
}

/** The lead summaries in use now, in every year. */
const leadRows = (store: CaseStore) =>
  store
    .years()
    .flatMap((y) => store.views.rowsOf(y))
    .filter(canLead);

function check(closed: ReadonlySet<number>, leads: readonly CaseRow[], changes: readonly RowChange[]): void {
  const before = new Map(leads.map((r) => [r.id, r]));
  const moving = changes.filter((c) => movesLead(before.get(c.id), c.after));
  if (moving.length === 0) return;
  const changed = new Map(moving.map((c) => [c.id, c.after]));
  const byRef = new Map<string, { was: CaseRow[]; now: CaseRow[] }>();
  const group = (ref: string) => {
    let entry = byRef.get(ref);
    if (!entry) byRef.set(ref, (entry = { was: [], now: [] }));
    return entry;
  };
  for (const c of moving) {
    const was = before.get(c.id);
    if (was) group(was.investigationRef);
    if (canLead(c.after)) group(c.after.investigationRef).now.push(c.after);
  }
  for (const row of leads) {
    const entry = byRef.get(row.investigationRef);
    if (!entry) continue;
    entry.was.push(row);
    if (!changed.has(row.id)) entry.now.push(row);
  }
  for (const [ref, { was, now }] of byRef) {
    const from = principal(was);
    const to = principal(now);
    if (from?.id === to?.id && from?.year === to?.year) continue;
    const year = [from?.year, to?.year].find((y): y is number => y !== undefined && closed.has(y));
    if (year !== undefined) {
      throw new AppFailure(
        'year-closed-lead',
        `This change would change the lead summary of investigation ${ref}, which is counted in ${year}, a closed year.`,
        { ref, year: String(year) },
      );
    }
  }
}

/** One save, before its transaction: `before` is the summary's row as it is (none for a new one). */
export function assertLeadsStay(store: CaseStore, before: CaseRow | undefined, after: CaseRow): void {
  if (!movesLead(before, after)) return;
  const closed = new Set(store.closedYears());
  if (closed.size === 0) return;
  check(closed, leadRows(store), [{ id: after.id, after }]);
}

/**
 * For an import: the lead summaries as they are, read now, before its transaction writes
 * anything; the check it returns is run inside the transaction, before the commit.
 */
export function leadsGuard(store: CaseStore): (changes: readonly RowChange[]) => void {
  const closed = new Set(store.closedYears());
  if (closed.size === 0) return () => undefined;
  const leads = leadRows(store);
  return (changes) => check(closed, leads, changes);
}
