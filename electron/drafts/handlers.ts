import type { FeatureHandlers, Unlocked } from '../ipc/handler-kit';
import type { DraftsRepository } from './drafts-repository';

/** Unfinished forms, kept as the officer types. */
export function draftsHandlers(
  unlocked: Unlocked<DraftsRepository>,
): FeatureHandlers<'drafts:get' | 'drafts:save' | 'drafts:discard'> {
  return {
    'drafts:get': unlocked((drafts, { key }) => drafts.get(key)),
    'drafts:save': unlocked((drafts, { key, values }) => drafts.save(key, values)),
    'drafts:discard': unlocked((drafts, { key }) => drafts.discard(key)),
  };
}
