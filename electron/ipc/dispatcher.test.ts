import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { DEFAULT_SETTINGS } from '../../shared/schemas/settings';
import { sampleSummary } from '../../shared/testing/samples';
import { createDispatcher, type Handlers } from './dispatcher';

const notCalled = vi.fn(() => {
  throw new Error('must not be called');
});

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': () => ({ version: '1.0.0', host: 'browser-shell' }),
    'settings:get': () => ({ ...DEFAULT_SETTINGS, pcName: 'HIT office' }),
    'settings:update': (patch) => ({ ...DEFAULT_SETTINGS, pcName: patch.pcName ?? '' }),
    'cases:years': () => [2025],
    'cases:list': ({ year }) => ({ year, total: 0, yearTotal: 0, offset: 0, rows: [] }),
    'cases:get': notCalled,
    'cases:save': notCalled,
    'cases:delete': notCalled,
    'cases:restore': notCalled,
    'cases:redact': notCalled,
    'cases:investigation': ({ investigationRef }) => ({ investigationRef, records: [] }),
    'cases:investigationTeams': ({ investigationRef }) => ({ investigationRef, teams: [] }),
    'cases:byIds': () => [],
    'years:get': notCalled,
    'years:setSpending': notCalled,
    'years:close': notCalled,
    'years:reopen': notCalled,
    'totals:get': notCalled,
    'exports:create': notCalled,
    'imports:preview': notCalled,
    'imports:apply': notCalled,
    'imports:cancel': () => null,
    'exports:yearFile': notCalled,
    'imports:chooseFile': notCalled,
    'imports:previewFile': notCalled,
    'jobs:progress': notCalled,
    'jobs:cancel': notCalled,
    'print:savePdf': notCalled,
    'print:printed': notCalled,
    'drafts:get': () => null,
    'drafts:save': notCalled,
    'drafts:discard': () => null,
    'session:status': () => ({
      state: 'locked',
      accounts: [],
      user: null,
      autoLockMinutes: 10,
      waitSeconds: 0,
      recoveryKeyUnconfirmed: null,
    }),
    'session:setup': notCalled,
    'session:unlock': notCalled,
    'session:unlockWithRecovery': notCalled,
    'session:lock': notCalled,
    'session:changePassphrase': notCalled,
    'session:setAutoLock': notCalled,
    'session:recoveryKeyKept': notCalled,
    'backups:list': () => ({ problem: null, backups: [] }),
    'backups:restore': notCalled,
    'accounts:list': () => [],
    'accounts:add': notCalled,
    'accounts:update': notCalled,
    'accounts:disable': notCalled,
    'accounts:enable': notCalled,
    'accounts:resetPassphrase': notCalled,
    'accounts:reissueRecoveryKey': notCalled,
    'accounts:rotateKey': notCalled,
    'audit:list': notCalled,
    'audit:verify': notCalled,
    'audit:export': notCalled,
    ...overrides,
  };
}

describe('dispatcher', () => {
  it('answers a valid request with the handler value', async () => {
    const dispatch = createDispatcher(handlers());
    await expect(dispatch('cases:list', { year: 2025 })).resolves.toEqual({
      ok: true,
      value: { year: 2025, total: 0, yearTotal: 0, offset: 0, rows: [] },
    });
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
    const result = await dispatch('cases:save', { summary: { ...sampleSummary('HIT'), dateReported: '2025-02-30' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.[0]).toEqual({ path: 'summary.dateReported', message: 'v.date.invalid' });
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
