import { AppFailure } from '../../shared/ipc/result';
import type { SignedIn } from '../../shared/schemas/accounts';
import type { DraftsRepository } from '../drafts/drafts-repository';
import type { FeatureHandlers, Officer, Unlocked } from '../ipc/handler-kit';
import { CaseAccess } from './case-access';
import type { CaseRepository } from './case-repository';

type CasesChannel =
  | 'cases:years'
  | 'cases:list'
  | 'cases:get'
  | 'cases:save'
  | 'cases:delete'
  | 'cases:restore'
  | 'cases:investigation'
  | 'cases:investigationTeams'
  | 'cases:byIds'
  | 'cases:redact';

export interface CasesDeps {
  unlocked: Unlocked<{ cases: CaseRepository; drafts: DraftsRepository }>;
  officer: Officer;
  /** Who is signed in: what they may read and change is checked per summary. */
  user: () => SignedIn;
  now: () => Date;
}

/** Summaries: the list, one summary, saving (which also discards its draft), the bin, investigations. */
export function casesHandlers({ unlocked, officer, user, now }: CasesDeps): FeatureHandlers<CasesChannel> {
  const access = (cases: CaseRepository) => new CaseAccess(user(), () => cases.allRows());
  /** The summary's team and investigation, read from the summary itself (a damaged other row does not stand in the way). */
  const team = (cases: CaseRepository, id: string) => cases.get(id).summary;
  /** An investigation no team of the officer's works on is not theirs to look into. */
  const assertWorksOn = (cases: CaseRepository, investigationRef: string) => {
    if (!access(cases).worksOn(investigationRef.trim().toUpperCase())) {
      throw new AppFailure('forbidden', 'Your teams do not work on this investigation.', {
        reason: 'other-investigation',
      });
    }
  };

  return {
    'cases:years': unlocked(({ cases }) => cases.years()),
    'cases:list': unlocked(({ cases }, request) => cases.list(request, access(cases).visibility())),
    'cases:get': unlocked(({ cases }, { id }) => {
      const record = cases.get(id);
      access(cases).assertRead(record.summary);
      return record;
    }),
    'cases:save': unlocked(({ cases, drafts }, { draftKey, ...command }) => {
      const rights = access(cases);
      if (command.id !== undefined) rights.assertWrite(team(cases, command.id).team);
      rights.assertWrite(command.summary.team);
      const saved = cases.save(command, officer());
      // Saved is what counts; the draft it came from is no longer needed.
      if (draftKey !== undefined) drafts.discard(user().id, draftKey);
      return saved;
    }),
    'cases:delete': unlocked(({ cases }, ref) => {
      access(cases).assertWrite(team(cases, ref.id).team);
      return cases.delete(ref, officer());
    }),
    'cases:restore': unlocked(({ cases }, ref) => {
      access(cases).assertWrite(team(cases, ref.id).team);
      return cases.restore(ref, officer());
    }),
    'cases:investigation': unlocked(({ cases }, { investigationRef }) => {
      assertWorksOn(cases, investigationRef);
      return { investigationRef, records: cases.investigation(investigationRef) };
    }),
    'cases:investigationTeams': unlocked(({ cases }, { investigationRef }) => {
      assertWorksOn(cases, investigationRef);
      return { investigationRef, teams: cases.investigationTeams(investigationRef) };
    }),
    'cases:byIds': unlocked(({ cases }, { ids }) => cases.rowsByIds(ids)),
    'cases:redact': unlocked(({ cases }, { id, revision, path, reason }) =>
      cases.redact(id, revision, path, reason, officer(), now()),
    ),
  };
}
