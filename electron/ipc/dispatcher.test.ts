import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, type Channel, type Input, type Output } from '../../shared/ipc/contract';
import { AppFailure } from '../../shared/ipc/result';
import { MAX_DRAFT_CHARS } from '../../shared/schemas/draft';
import { sampleSummary } from '../../shared/testing/samples';
import { pcCode } from '../cases/case-code';
import { unlockedDispatch } from '../testing/unlocked-app';
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher';

const notCalled = vi.fn(() => {
  throw new Error('must not be called');
});

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app:info': () => ({ version: '1.0.0', host: 'browser-shell' }),
    'settings:get': () => ({ officerName: 'Sok', language: 'en', digits: 'latin', pcName: '' }),
    'settings:update': (patch) => ({
      officerName: patch.officerName ?? '',
      language: 'en',
      digits: 'latin',
      pcName: '',
    }),
    'cases:years': () => [2025],
    'cases:list': ({ year }) => ({ year, total: 0, yearTotal: 0, offset: 0, rows: [] }),
    'cases:get': notCalled,
    'cases:save': notCalled,
    'cases:delete': notCalled,
    'cases:restore': notCalled,
    'cases:investigation': ({ investigationRef }) => ({ investigationRef, records: [] }),
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
    'print:savePdf': notCalled,
    'drafts:get': () => null,
    'drafts:save': notCalled,
    'drafts:discard': () => null,
    'session:status': () => ({ state: 'unlocked', autoLockMinutes: 10, waitSeconds: 0 }),
    'session:setup': notCalled,
    'session:unlock': notCalled,
    'session:unlockWithRecovery': notCalled,
    'session:lock': notCalled,
    'session:changePassphrase': notCalled,
    'session:setAutoLock': notCalled,
    'backups:list': () => ({ problem: null, backups: [] }),
    'backups:restore': notCalled,
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

describe('dispatcher with the real handlers and a data folder', () => {
  let dir: string;
  let dispatch: Dispatch;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-dispatch-'));
    const now = () => new Date('2025-04-01T08:00:00.000Z');
    dispatch = unlockedDispatch(dir, now).dispatch;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Calls a channel, expects success, and checks the value against the contract's output. */
  async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return contract[channel].output.parse(result.value) as Output<C>;
  }

  it.each([
    [
      'a child victim aged 30',
      { victims: [{ age: 30, sex: 'female', outcome: 'injured' }] },
      'summary.victims.0.age',
      'v.age.child',
    ],
    ['a future report date', { dateReported: '2999-01-01' }, 'summary.dateReported', 'v.date.future'],
    [
      'an arrest before the offence',
      { suspects: [{ ...sampleSummary('HIT').suspects[0], arrestDate: '2025-03-01' }] },
      'summary.suspects.0.arrestDate',
      'v.arrestDate.beforeOffence',
    ],
    ['a field no form has', { admin: true }, 'summary', undefined],
  ])(
    'refuses a cases:save that bypasses the form with %s, naming the field, writing no file',
    async (_label, change, path, key) => {
      const result = await dispatch('cases:save', { summary: { ...sampleSummary('HIT'), ...change } });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toContain(path);
      expect(result.error.issues?.[0]?.path).toBe(path);
      if (key) expect(result.error.issues?.[0]?.message).toBe(key);
      // Refused at the door: the case database was not even opened.
      expect(existsSync(join(dir, 'cases.db'))).toBe(false);
    },
  );

  it('refuses a draft with a polluting key or over the size limit, writing no file', async () => {
    const polluted = JSON.parse('{"key":"new:HIT","values":{"a":{"__proto__":{"admin":true}}}}') as unknown;
    const big = { key: 'new:HIT', values: { narrative: 'x'.repeat(MAX_DRAFT_CHARS) } };
    for (const [payload, message] of [
      [polluted, 'v.draft.shape'],
      [big, 'v.draft.tooLarge'],
    ] as const) {
      const result = await dispatch('drafts:save', payload);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: [{ path: 'values', message }] },
      });
    }
    expect(existsSync(join(dir, 'cases.db'))).toBe(false);
  });

  it('runs every channel end to end, each answer matching the contract', async () => {
    expect(await call('app:info', {})).toEqual({ version: '1.0.0', host: 'browser-shell' });
    expect(await call('settings:update', { officerName: '  Sok Dara ' })).toEqual({
      officerName: 'Sok Dara',
      language: 'en',
      digits: 'latin',
      pcName: '',
    });
    expect(await call('settings:get', {})).toEqual({
      officerName: 'Sok Dara',
      language: 'en',
      digits: 'latin',
      pcName: '',
    });

    const created = await call('cases:save', { summary: { ...sampleSummary('HIT'), dateReported: '១៤/០៣/២០២៥' } });
    // Codes carry this PC's code, from the id kept in pc.json.
    const { pcId } = JSON.parse(readFileSync(join(dir, 'pc.json'), 'utf8')) as { pcId: string };
    const pc = pcCode(pcId);
    expect(created).toMatchObject({
      caseCode: `HIT-2025-${pc}-0001`,
      revision: 1,
      createdBy: 'Sok Dara',
      origin: { pcId, pcName: '' },
      summary: { dateReported: '2025-03-14' },
    });
    const ova = await call('cases:save', { summary: sampleSummary('OVA') });
    expect(await call('cases:years', {})).toEqual([2025]);
    expect((await call('cases:list', { year: 2025 })).rows.map((r) => r.caseCode).sort()).toEqual([
      `HIT-2025-${pc}-0001`,
      `OVA-2025-${pc}-0001`,
    ]);
    expect(await call('cases:get', { id: created.id })).toEqual(created);

    await call('settings:update', { officerName: '' });
    const edited = await call('cases:save', {
      id: created.id,
      expectedRevision: 1,
      summary: { ...sampleSummary('HIT'), status: 'closed' },
    });
    expect(edited).toMatchObject({ revision: 2, updatedBy: '', createdBy: 'Sok Dara' });
    const stale = await dispatch('cases:save', { id: created.id, expectedRevision: 1, summary: sampleSummary('HIT') });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await call('cases:delete', { id: ova.id, expectedRevision: 1 })).toMatchObject({
      revision: 2,
      deletedBy: '',
    });
    expect((await call('cases:list', { year: 2025, bin: true })).rows.map((r) => r.id)).toEqual([ova.id]);
    expect(await call('cases:investigation', { investigationRef: 'cpu-2025-014' })).toEqual({
      investigationRef: 'CPU-2025-014',
      records: [edited],
    });
    expect(await call('cases:restore', { id: ova.id })).toMatchObject({ revision: 3 });
    expect((await call('cases:investigation', { investigationRef: 'CPU-2025-014' })).records).toHaveLength(2);

    expect(await call('drafts:get', { key: 'new:FST' })).toBeNull();
    const draft = await call('drafts:save', {
      key: 'new:FST',
      values: { team: 'FST', exhibits: [{ reference: 'EX-1' }] },
    });
    expect(draft).toEqual({
      key: 'new:FST',
      values: { team: 'FST', exhibits: [{ reference: 'EX-1' }] },
      savedAt: '2025-04-01T08:00:00.000Z',
    });
    expect(await call('drafts:get', { key: 'new:FST' })).toEqual(draft);
    expect(await call('drafts:discard', { key: 'new:FST' })).toBeNull();
    expect(await call('drafts:get', { key: 'new:FST' })).toBeNull();

    const missing = await dispatch('cases:get', { id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await call('backups:list', {})).problem).toBeNull();
    // Case data and drafts are in the database; the only store files are the plain settings, the PC's id and the keys.
    const names = readdirSync(dir);
    expect(names).toEqual(expect.arrayContaining(['backups', 'cases.db']));
    expect(names.filter((n) => n.endsWith('.json')).sort()).toEqual(['keys.json', 'pc.json', 'settings.json']);
  });
});
