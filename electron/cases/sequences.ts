import type { Vault } from '../storage/vault';

/** The highest sequence issued per case-code prefix in one year, with the row's revision. */
export interface Issued {
  revision: number;
  values: Record<string, number>;
}

/**
 * Case-code sequences ever issued, per year: a number is never issued twice, even after the
 * summary that had it moved to another year. Sealed like every row.
 */
export class Sequences {
  readonly #vault: Vault;
  /**
   * The rows this object last wrote or opened, as sealed: a row that still holds exactly those
   * bytes (each seal has its own IV) is not opened again on the next new summary.
   */
  readonly #known = new Map<number, { sealed: Buffer; issued: Issued }>();

  constructor(vault: Vault) {
    this.#vault = vault;
  }

  get(year: number): Issued {
    const row = this.#vault.db.prepare('SELECT revision, content FROM sequences WHERE year = ?').get(year);
    if (!row) return { revision: 0, values: {} };
    const revision = Number(row.revision);
    const known = this.#known.get(year);
    if (
      known &&
      known.issued.revision === revision &&
      row.content instanceof Uint8Array &&
      known.sealed.equals(row.content)
    ) {
      return { revision, values: { ...known.issued.values } };
    }
    const values = this.#vault.open<Record<string, number>>(
      this.#place(year, revision),
      row.content,
      `case codes of ${year}`,
    );
    if (row.content instanceof Uint8Array) this.#remember(year, row.content, { revision, values });
    return { revision, values };
  }

  /** Inside the caller's transaction. */
  put(year: number, previous: Issued, values: Record<string, number>): void {
    const revision = previous.revision + 1;
    const sealed = this.#vault.seal(this.#place(year, revision), values);
    this.#vault.db
      .prepare(
        'INSERT INTO sequences (year, revision, content) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET revision = excluded.revision, content = excluded.content',
      )
      .run(year, revision, sealed);
    // Rolled back, the row keeps its older bytes, which do not match these.
    this.#remember(year, sealed, { revision, values });
  }

  #remember(year: number, sealed: Uint8Array, issued: Issued): void {
    this.#known.set(year, {
      sealed: Buffer.from(sealed),
      issued: { revision: issued.revision, values: { ...issued.values } },
    });
  }

  #place(year: number, revision: number) {
    return { table: 'sequences', id: String(year), year, revision };
  }

  /**
   * Codes that arrive (this PC's own, coming back from a merge after a restore) count as issued,
   * so this PC never gives one of them to another summary.
   */
  noteIssued(codes: readonly string[]): void {
    const byYear = new Map<number, Map<string, number>>();
    for (const caseCode of codes) {
      const match = /^([A-Z]+-(\d{4})(?:-[A-Z]{4})?)-(\d{4,6})$/.exec(caseCode);
      if (!match) continue;
      const [, prefix = '', year = '', sequence = ''] = match;
      const seen = byYear.get(Number(year)) ?? new Map<string, number>();
      seen.set(prefix, Math.max(seen.get(prefix) ?? 0, Number(sequence)));
      byYear.set(Number(year), seen);
    }
    for (const [year, seen] of byYear) {
      const issued = this.get(year);
      const values = { ...issued.values };
      for (const [prefix, n] of seen) values[prefix] = Math.max(values[prefix] ?? 0, n);
      this.put(year, issued, values);
    }
  }
}
