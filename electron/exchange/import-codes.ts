import type { CaseRow } from '../../shared/schemas/case';
import { distinctCaseCode } from '../../shared/schemas/case';
import type { ImportItem, ImportKind } from '../../shared/schemas/exchange';

/** A summary that breaks a rule of the register: named in the preview, never written. */
const REFUSED: ImportKind = 'refused';

/**
 * The case codes held here, each by one summary: a new summary from a file whose code a
 * different summary already has here (or before it in the same file) is kept under a distinct
 * code (`distinctCaseCode`), so a code never names two summaries and none is merged into another.
 */
export class CaseCodes {
  readonly #holders: Map<string, string>;

  constructor(rows: Iterable<Pick<CaseRow, 'id' | 'caseCode'>>) {
    this.#holders = new Map([...rows].map((r) => [r.caseCode, r.id]));
  }

  /** The item with the code it is kept under (`keptAs`) when its own is taken; that code is then taken. */
  keep(item: ImportItem): ImportItem {
    const holder = this.#holders.get(item.caseCode);
    if (holder === undefined || holder === item.id) {
      this.#holders.set(item.caseCode, item.id);
      return item;
    }
    const keptAs = distinctCaseCode(item.caseCode, this.#holders);
    if (keptAs === undefined) {
      return { ...item, kind: REFUSED, refusal: { path: 'caseCode', message: 'v.import.codeTaken' } };
    }
    this.#holders.set(keptAs, item.id);
    return { ...item, codeInUse: true, keptAs };
  }
}
