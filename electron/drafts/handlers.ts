import type { FeatureHandlers, Unlocked } from '../ipc/handler-kit';
import type { DraftsRepository } from './drafts-repository';

/** Unfinished forms, kept as the officer types, each account's apart. */
export function draftsHandlers(
  unlocked: Unlocked<DraftsRepository>,
  owner: () => string,
): FeatureHandlers<'drafts:get' | 'drafts:save' | 'drafts:discard'> {
  return {
    'drafts:get': unlocked((drafts, { key }) => drafts.get(owner(), key)),
    'drafts:save': unlocked((drafts, { key, values, base }) => drafts.save(owner(), key, values, base)),
    'drafts:discard': unlocked((drafts, { key }) => drafts.discard(owner(), key)),
  };
}
