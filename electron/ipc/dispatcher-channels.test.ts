import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Channel, type Input, type Output } from '../../shared/ipc/contract';
import { MAX_DRAFT_CHARS } from '../../shared/schemas/draft';
import { DEFAULT_SETTINGS } from '../../shared/schemas/settings';
import { sampleSummary } from '../../shared/testing/samples';
import { pcCode } from '../cases/case-code';
import { acquireCaseDb } from '../storage/case-db';
import { dbSnapshot } from '../testing/db-snapshot';
import { TEST_PASSPHRASE, TEST_SETUP, unlockedDispatch } from '../testing/unlocked-app';
import type { Dispatch } from './dispatcher';

describe('dispatcher with the real handlers and a data folder', () => {
  let dir: string;
  let dispatch: Dispatch;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-dispatch-'));
    const now = () => new Date('2025-04-01T08:00:00.000Z');
    const app = unlockedDispatch(dir, now);
    dispatch = app.dispatch;
    await app.recoveryKey;
  });
  /** Every row of the case database (set up with the first account): a refused request changes none. */
  const stored = () => dbSnapshot(acquireCaseDb(dir));
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
      const before = stored();
      const result = await dispatch('cases:save', { summary: { ...sampleSummary('HIT'), ...change } });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toContain(path);
      expect(result.error.issues?.[0]?.path).toBe(path);
      if (key) expect(result.error.issues?.[0]?.message).toBe(key);
      // Refused at the door: nothing in the case database changed.
      expect(stored()).toEqual(before);
    },
  );

  it('refuses a draft with a polluting key or over the size limit, writing no file', async () => {
    const polluted = JSON.parse('{"key":"new:HIT","values":{"a":{"__proto__":{"admin":true}}}}') as unknown;
    const big = { key: 'new:HIT', values: { narrative: 'x'.repeat(MAX_DRAFT_CHARS) } };
    const before = stored();
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
    expect(stored()).toEqual(before);
  });

  it('runs every channel end to end, each answer matching the contract', async () => {
    expect(await call('app:info', {})).toEqual({ version: '1.0.0', host: 'browser-shell' });
    expect(await call('settings:update', { pcName: '  HIT office ' })).toEqual({
      ...DEFAULT_SETTINGS,
      pcName: 'HIT office',
    });
    expect(await call('settings:get', {})).toEqual({ ...DEFAULT_SETTINGS, pcName: 'HIT office' });
    const admin = await call('session:status', {});
    expect(admin).toMatchObject({
      state: 'unlocked',
      accounts: [{ displayName: TEST_SETUP.displayName }],
      user: { displayName: TEST_SETUP.displayName, role: 'administrator', teams: TEST_SETUP.teams },
    });

    const created = await call('cases:save', { summary: { ...sampleSummary('HIT'), dateReported: '១៤/០៣/២០២៥' } });
    // Codes carry this PC's code, from the id kept in pc.json.
    const { pcId } = JSON.parse(readFileSync(join(dir, 'pc.json'), 'utf8')) as { pcId: string };
    const pc = pcCode(pcId);
    expect(created).toMatchObject({
      caseCode: `HIT-2025-${pc}-0001`,
      revision: 1,
      createdBy: TEST_SETUP.displayName,
      origin: { pcId, pcName: 'HIT office' },
      summary: { dateReported: '2025-03-14' },
    });
    const ova = await call('cases:save', { summary: sampleSummary('OVA') });
    expect(await call('cases:years', {})).toEqual([2025]);
    expect((await call('cases:list', { year: 2025 })).rows.map((r) => r.caseCode).sort()).toEqual([
      `HIT-2025-${pc}-0001`,
      `OVA-2025-${pc}-0001`,
    ]);
    expect(await call('cases:get', { id: created.id })).toEqual(created);

    // A second officer signs in: their name is stamped on what they change.
    const officer = await call('accounts:add', {
      displayName: 'Sok Dara',
      teams: ['HIT', 'OVA'],
      role: 'officer',
      passphrase: 'a lantern floats down the Mekong at dusk',
    });
    expect(officer).toMatchObject({ displayName: 'Sok Dara', role: 'officer', disabled: false });
    expect((await call('accounts:list', {})).map((a) => a.displayName)).toEqual(['Sok Dara', TEST_SETUP.displayName]);
    expect(await call('session:lock', {})).toMatchObject({ state: 'locked', user: null });
    expect(
      await call('session:unlock', { accountId: officer.id, passphrase: 'a lantern floats down the Mekong at dusk' }),
    ).toMatchObject({ state: 'unlocked', user: { id: officer.id, displayName: 'Sok Dara', role: 'officer' } });
    const edited = await call('cases:save', {
      id: created.id,
      expectedRevision: 1,
      summary: { ...sampleSummary('HIT'), status: 'closed' },
    });
    expect(edited).toMatchObject({ revision: 2, updatedBy: 'Sok Dara', createdBy: TEST_SETUP.displayName });
    const stale = await dispatch('cases:save', { id: created.id, expectedRevision: 1, summary: sampleSummary('HIT') });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await call('cases:delete', { id: ova.id, expectedRevision: 1 })).toMatchObject({
      revision: 2,
      deletedBy: 'Sok Dara',
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
    expect(await call('print:printed', { kind: 'case', target: edited.caseCode })).toBeNull();

    // Back to the administrator: backups, the access log and the accounts.
    await call('session:lock', {});
    const accountId = admin.user?.id ?? '';
    expect(await call('session:unlock', { accountId, passphrase: TEST_PASSPHRASE })).toMatchObject({
      user: { id: accountId },
    });
    expect((await call('backups:list', {})).problem).toBeNull();
    expect(await call('audit:verify', {})).toMatchObject({ firstBroken: null });
    const log = await call('audit:list', { filter: { accountId: officer.id }, offset: 0, limit: 50 });
    expect(log.entries.map((e) => e.action).reverse()).toEqual([
      'sign-in',
      'case-save',
      'case-delete',
      'case-open',
      'case-restore',
      'case-open',
      'case-print',
      'sign-out',
    ]);
    // The page locking itself after the idle minutes is no sign-out.
    await call('session:lock', { idle: true });
    await call('session:unlock', { accountId, passphrase: TEST_PASSPHRASE });
    const own = await call('audit:list', { filter: { accountId }, offset: 0, limit: 2 });
    expect(own.entries.map((e) => e.action)).toEqual(['sign-in', 'lock']);
    // Settings that protect or name the data are logged; the screen's language is not.
    await call('settings:update', { binRetentionDays: 30 });
    await call('session:setAutoLock', { minutes: 5 });
    // Saved again unchanged, or only the screen's language: nothing to log.
    await call('settings:update', { binRetentionDays: 30, language: 'en' });
    await call('session:setAutoLock', { minutes: 5 });
    const changed = await call('audit:list', { filter: { accountId }, offset: 0, limit: 3 });
    expect(changed.entries.map((e) => [e.action, e.target])).toEqual([
      ['settings-change', 'autoLockMinutes=5'],
      ['settings-change', 'binRetentionDays=30'],
      ['sign-in', undefined],
    ]);
    expect(await call('accounts:update', { id: officer.id, teams: ['HIT'] })).toMatchObject({ teams: ['HIT'] });
    expect(await call('accounts:disable', { id: officer.id })).toMatchObject({ disabled: true });
    expect((await call('session:status', {})).accounts.map((a) => a.displayName)).toEqual([TEST_SETUP.displayName]);
    expect(
      await call('accounts:enable', { id: officer.id, passphrase: 'the monsoon came early to Kampot that year' }),
    ).toMatchObject({ disabled: false });
    expect(
      await call('accounts:resetPassphrase', {
        id: officer.id,
        passphrase: 'a lantern floats down the Mekong at dusk',
      }),
    ).toMatchObject({ id: officer.id });
    expect((await call('accounts:reissueRecoveryKey', {})).recoveryKey).toMatch(/\w/);
    // A new data key: everything still opens, for both accounts.
    expect((await call('accounts:rotateKey', {})).recoveryKey).toMatch(/\w/);
    expect(await call('cases:get', { id: edited.id })).toMatchObject({ revision: 2, updatedBy: 'Sok Dara' });
    await call('session:lock', {});
    await call('session:unlock', { accountId: officer.id, passphrase: 'a lantern floats down the Mekong at dusk' });
    expect((await call('cases:list', { year: 2025 })).rows).toHaveLength(2);
    // Case data and drafts are in the database; the only store files are the plain settings, the PC's id and the keys.
    const names = readdirSync(dir);
    expect(names).toEqual(expect.arrayContaining(['backups', 'cases.db']));
    expect(names.filter((n) => n.endsWith('.json')).sort()).toEqual(['keys.json', 'pc.json', 'settings.json']);
  });
});
