import type { DraftsRepository } from '../drafts/drafts-repository';
import type { FeatureHandlers, Officer, Unlocked } from '../ipc/handler-kit';
import type { CaseRepository } from './case-repository';

type CasesChannel =
  | 'cases:years'
  | 'cases:list'
  | 'cases:get'
  | 'cases:save'
  | 'cases:delete'
  | 'cases:restore'
  | 'cases:investigation'
  | 'cases:byIds';

export interface CasesDeps {
  unlocked: Unlocked<{ cases: CaseRepository; drafts: DraftsRepository }>;
  officer: Officer;
}

/** Summaries: the list, one summary, saving (which also discards its draft), the bin, investigations. */
export function casesHandlers({ unlocked, officer }: CasesDeps): FeatureHandlers<CasesChannel> {
  return {
    'cases:years': unlocked(({ cases }) => cases.years()),
    'cases:list': unlocked(({ cases }, request) => cases.list(request)),
    'cases:get': unlocked(({ cases }, { id }) => cases.get(id)),
    'cases:save': unlocked(({ cases, drafts }, { draftKey, ...command }) => {
      const saved = cases.save(command, officer());
      // Saved is what counts; the draft it came from is no longer needed.
      if (draftKey !== undefined) drafts.discard(draftKey);
      return saved;
    }),
    'cases:delete': unlocked(({ cases }, ref) => cases.delete(ref, officer())),
    'cases:restore': unlocked(({ cases }, ref) => cases.restore(ref, officer())),
    'cases:investigation': unlocked(({ cases }, { investigationRef }) => ({
      investigationRef,
      records: cases.investigation(investigationRef),
    })),
    'cases:byIds': unlocked(({ cases }, { ids }) => cases.rowsByIds(ids)),
  };
}
