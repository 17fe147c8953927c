/**
 * What the parts of `CaseRepository` share, in one object they are handed explicitly: the
 * database's collaborators, the clock and the closed-year check, and the memory that follows
 * each commit (the views, the years that hold summaries, the version). The save, import, purge
 * and redaction paths live in their own modules and change memory only through the methods
 * here, so it follows every commit the same way.
 */
import type { CaseFacts, CaseRecord, PcRef } from '../../shared/schemas/case';
import { guarded } from '../storage/case-db';
import type { Vault } from '../storage/vault';
import { namedByCode, notFound, type CaseRepositoryOptions } from './case-checks';
import { CaseRows } from './case-rows';
import { CaseViews, type ViewChange } from './case-views';
import { PurgeMarkers } from './purge-markers';
import { Sequences } from './sequences';

/** One repository's collaborators and memory. */
export class CaseStore {
  readonly vault: Vault;
  readonly rows: CaseRows;
  readonly sequences: Sequences;
  readonly views: CaseViews;
  readonly markers: PurgeMarkers;
  readonly now: () => Date;
  readonly assertOpen: (...years: number[]) => void;
  readonly closedYears: () => readonly number[];
  readonly origin: (() => PcRef) | undefined;
  #years: Set<number> | undefined;
  #version = 0;

  constructor(vault: Vault, now: () => Date, options: CaseRepositoryOptions) {
    this.vault = vault;
    this.rows = new CaseRows(vault);
    this.sequences = new Sequences(vault);
    this.views = new CaseViews(this.rows);
    this.markers = new PurgeMarkers(vault);
    this.now = now;
    this.assertOpen = options.assertOpen ?? (() => undefined);
    this.closedYears = options.closedYears ?? (() => []);
    this.origin = options.origin;
  }

  /** Raised by every committed change: what was computed from the summaries at another version is stale. */
  get version(): number {
    return this.#version;
  }

  /** Years that hold summaries, newest first. */
  years(): number[] {
    this.#years ??= new Set(guarded(() => this.rows.years()));
    return [...this.#years].sort((a, b) => b - a);
  }

  /** Memory follows a commit: the summary's new state, out of the year it left. */
  remember(facts: CaseFacts, previousYear: number | undefined): void {
    this.#version += 1;
    this.views.update(facts, previousYear);
    // A year may have emptied or appeared: asked again next time (one indexed query).
    this.#years = undefined;
  }

  /** Memory follows an import's commit: each written summary's new state, out of the year it left. */
  rememberAll(written: readonly { change: ViewChange; previous: number | undefined }[]): void {
    for (const { change, previous } of written) this.views.applyChange(change, previous);
    if (written.length > 0) {
      // As `remember` does for one summary.
      this.#version += 1;
      this.#years = undefined;
    }
  }

  /** Memory follows a purge: the summaries are gone from every list and from the facts. */
  forget(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.#version += 1;
    this.views.forget(ids);
    this.#years = undefined;
  }

  /** History was rewritten: the list and the totals read none, so only what was built from whole records is stale. */
  historyChanged(): void {
    this.#version += 1;
  }

  /** The summary (without history); refused when it no longer exists. */
  current(id: string): CaseFacts {
    const facts = this.named(id, () => this.rows.summary(id));
    if (!facts) throw notFound();
    return facts;
  }

  /** The whole summary with history, or `undefined` when it does not exist. */
  read(id: string): CaseRecord | undefined {
    return this.named(id, () => {
      const facts = this.rows.summary(id);
      return facts ? { ...facts, history: this.rows.history(id) } : undefined;
    });
  }

  /** The whole summary with history; refused when it no longer exists. */
  get(id: string): CaseRecord {
    const record = this.read(id);
    if (!record) throw notFound();
    return record;
  }

  /** A summary that does not open is named by its case code when its own list row still reads. */
  named<T>(id: string, read: () => T): T {
    try {
      return guarded(read);
    } catch (error) {
      throw namedByCode(
        error,
        id,
        () =>
          this.views.known(id) ?? this.views.rowsOf(guarded(() => this.rows.yearOf(id)) ?? 0).find((r) => r.id === id),
      );
    }
  }
}
