import { classify, type Classified } from '../../shared/domain/merge';
import type { CaseRecord } from '../../shared/schemas/case';
import type { ImportKind, ImportRefusal } from '../../shared/schemas/exchange';
import { historyKey } from '../cases/case-rows';
import { maskRedactions } from '../cases/redaction';
import { refusalOf } from './data-file';
import type { LocalCopy } from './local-copy';

/** A summary purged here that comes back: this PC's state is kept, and it is not imported again. */
const PURGED_HERE: ImportKind = 'purged';
/** A summary that breaks a rule of the register (`refusalOf`): named in the preview, never written. */
const REFUSED: ImportKind = 'refused';

/** How the file's copy stands: purged here, refused by a rule of the register, or compared with ours. */
export function judge(
  ours: LocalCopy | undefined,
  theirs: CaseRecord,
  purgedHere: boolean,
  now: Date,
): Classified & { refusal?: ImportRefusal } {
  if (purgedHere) return { kind: PURGED_HERE, conflicts: [] };
  const refusal = refusalOf(theirs, now);
  return refusal ? { kind: REFUSED, conflicts: [], refusal } : compare(ours, theirs);
}

/**
 * Our copy against theirs; a redaction on either PC alone makes no difference (see
 * `maskRedactions`), nor does the code: a summary keeps the code it has here, which differs from
 * the other PC's when one of them kept it apart from a different summary with the same code.
 */
function compare(local: LocalCopy | undefined, theirs: CaseRecord): Classified {
  if (!local) return classify(undefined, theirs);
  if (local.revision === theirs.revision) {
    // Most shared summaries are the same on both PCs, and both copies went through the same schema
    // (so their keys come in the same order): the same JSON text is the same summary, told without
    // the canonical form's sorting. Any difference, even of key order alone, is compared as before.
    if (JSON.stringify(local.record()) === JSON.stringify(theirs)) return { kind: 'identical', conflicts: [] };
  } else {
    // Copies of different revisions are never identical: one history continuing the other's is
    // told by the entries' keys alone, as `classify` tells it (a redaction changes no key), so our
    // summary itself is parsed only when neither history holds the other.
    const ours = local.historyKeys();
    const keys = theirs.history.map(historyKey);
    const theirsHoldsOurs = holds(keys, ours);
    const oursHoldsTheirs = holds(ours, keys);
    if (theirsHoldsOurs && !oursHoldsTheirs) return { kind: 'newer', conflicts: [] };
    if (oursHoldsTheirs && !theirsHoldsOurs) return { kind: 'older', conflicts: [] };
  }
  const ours = local.record();
  return classify(...maskRedactions(ours, { ...theirs, caseCode: ours.caseCode }));
}

/** Every entry of `part` is in `whole`, by their keys (`historyKey`, as `classify` matches them). */
function holds(whole: readonly string[], part: readonly string[]): boolean {
  const keys = new Set(whole);
  return part.every((key) => keys.has(key));
}
