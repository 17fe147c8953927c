import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from './dispatcher';

// The passphrase estimator's code does not arrive (a damaged install, a chunk that failed to load).
vi.mock('@zxcvbn-ts/core', () => {
  throw new Error('the estimator could not be loaded');
});

describe('the dispatcher when the passphrase estimator does not load', () => {
  it('refuses the request with a failure the page can show, and runs no handler', async () => {
    const handler = vi.fn();
    const logError = vi.fn();
    const handlers = new Proxy({}, { get: () => handler }) as Handlers;
    const dispatch = createDispatcher(handlers, { logError });
    const result = await dispatch('session:setup', {
      displayName: 'Sok Dara',
      teams: ['HIT'],
      passphrase: 'a lantern floats down the Mekong at dusk',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(handler).not.toHaveBeenCalled();
    expect(logError).toHaveBeenCalledWith('session:setup', expect.any(Error));
  });
});
