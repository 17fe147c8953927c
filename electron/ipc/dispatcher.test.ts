import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { createDispatcher, type Handlers } from './dispatcher';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': () => ({ version: '1.0.0', host: 'browser-shell' }),
    'settings:get': () => ({ officerName: 'Sok', language: 'en' }),
    'settings:update': (patch) => ({ officerName: patch.officerName ?? '', language: 'en' }),
    'cases:years': () => [2025],
    'cases:list': ({ year }) => ({ year, summaries: [] }),
    'cases:save': vi.fn(() => {
      throw new Error('must not be called');
    }),
    ...overrides,
  };
}

describe('dispatcher', () => {
  it('answers a valid request with the handler value', async () => {
    const dispatch = createDispatcher(handlers());
    await expect(dispatch('cases:list', { year: 2025 })).resolves.toEqual({ ok: true, value: { year: 2025, summaries: [] } });
  });

  it('rejects an unknown channel, including inherited object keys', async () => {
    const dispatch = createDispatcher(handlers());
    for (const channel of ['cases:drop', '__proto__', 'constructor', 42, undefined]) {
      const result = await dispatch(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('rejects a malformed payload, names the field, and never runs the handler', async () => {
    const save = vi.fn();
    const dispatch = createDispatcher(handlers({ 'cases:save': save }));
    const result = await dispatch('cases:save', {
      summary: { investigationRef: 'CPU-1', team: 'HIT', dateReported: '2025-02-30' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues).toEqual([{ path: 'summary.dateReported', message: 'v.date.invalid' }]);
    expect(result.error.message).toContain('summary.dateReported');
    expect(result.error.message).toContain('Enter a real date');
    expect(save).not.toHaveBeenCalled();
  });

  it('rejects unknown keys (strict schemas)', async () => {
    const dispatch = createDispatcher(handlers());
    const result = await dispatch('cases:list', { year: 2025, admin: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns an AppFailure into its typed error', async () => {
    const dispatch = createDispatcher(
      handlers({
        'cases:list': () => {
          throw new AppFailure('store-unreadable', 'cases-2025.json is damaged', { file: 'cases-2025.json' });
        },
      }),
    );
    await expect(dispatch('cases:list', { year: 2025 })).resolves.toEqual({
      ok: false,
      error: { code: 'store-unreadable', message: 'cases-2025.json is damaged', params: { file: 'cases-2025.json' } },
    });
  });

  it('hides an unexpected error: no stack or internal message reaches the caller', async () => {
    const logError = vi.fn();
    const dispatch = createDispatcher(
      handlers({
        'cases:years': () => {
          throw new Error('EACCES /secret/path/cases-2025.json');
        },
      }),
      { logError },
    );
    const result = await dispatch('cases:years', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/secret|EACCES|at /);
    expect(logError).toHaveBeenCalledOnce();
  });
});
