import type { Team } from '../../shared/domain/teams';
import { AppFailure } from '../../shared/ipc/result';
import type { SignedIn } from '../../shared/schemas/accounts';
import type { CaseRow } from '../../shared/schemas/case';
import type { RowVisibility } from './case-views';

/**
 * What one account may do with one summary. Everyone changes only their own teams' summaries;
 * an officer reads their own teams' summaries and, of other teams, only those within an
 * investigation one of their teams works on; coordinators and administrators read every one.
 */
export class CaseAccess {
  readonly #user: SignedIn;
  readonly #teams: ReadonlySet<string>;
  readonly #rows: () => readonly CaseRow[];
  #workedSet: ReadonlySet<string> | undefined;

  /**
   * `rows`: every list row (for an officer, the investigations their teams work on). Read only
   * when a read is checked: a save checks teams alone, and every row of every year is a walk
   * that grows with the data.
   */
  constructor(user: SignedIn, rows: () => readonly CaseRow[]) {
    this.#user = user;
    this.#teams = new Set(user.teams);
    this.#rows = rows;
  }

  /** The investigations an officer's teams work on; undefined for roles that read every summary. */
  get #worked(): ReadonlySet<string> | undefined {
    if (this.#user.role !== 'officer') return undefined;
    this.#workedSet ??= new Set(
      this.#rows()
        .filter((r) => r.deletedAt === undefined && this.#teams.has(r.team))
        .map((r) => r.investigationRef),
    );
    return this.#workedSet;
  }

  canRead(row: Pick<CaseRow, 'team' | 'investigationRef'>): boolean {
    if (this.#user.role !== 'officer' || this.#teams.has(row.team)) return true;
    return this.#worked?.has(row.investigationRef) ?? true;
  }

  worksOn(investigationRef: string): boolean {
    return this.#worked?.has(investigationRef) ?? true;
  }

  assertRead(row: Pick<CaseRow, 'team' | 'investigationRef'>): void {
    if (!this.canRead(row)) {
      throw new AppFailure(
        'forbidden',
        `This ${row.team} summary belongs to an investigation your teams do not work on.`,
        { reason: 'other-investigation', team: row.team },
      );
    }
  }

  assertWrite(...teams: Team[]): void {
    const other = teams.find((t) => !this.#teams.has(t));
    if (other) {
      throw new AppFailure('forbidden', `Only officers of ${other} enter and change ${other} summaries.`, {
        reason: 'other-team',
        team: other,
      });
    }
  }

  /** The list narrowed to what this account reads. */
  visibility(): RowVisibility | undefined {
    if (this.#user.role !== 'officer') return undefined;
    return { key: `${this.#user.id}`, allows: (row) => this.canRead(row) };
  }
}
