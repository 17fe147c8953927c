import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_ACCESS } from '../../shared/domain/access';
import { TEAMS } from '../../shared/domain/teams';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import { hasRole, type Account, type AuditPage, type Role } from '../../shared/schemas/accounts';
import type { CaseListPage, CaseRecord } from '../../shared/schemas/case';
import type { SessionStatus } from '../../shared/schemas/session';
import { sampleSummary } from '../../shared/testing/samples';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { acquireCaseDb } from '../storage/case-db';
import { confStorage } from '../storage/conf-location';
import { dbSnapshot } from '../testing/db-snapshot';
import { call } from '../testing/dispatch-calls';
import { sharedTempDir } from '../testing/temp-dir';
import { TEST_KDF } from '../testing/unlocked-app';
import { createHandlers } from './handlers';

const UUID = '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';
const PASSPHRASES: Record<Role, string> = {
  administrator: 'seven tall palm trees by the river',
  coordinator: 'a lantern floats down the Mekong at dusk',
  officer: 'the monsoon came early to Kampot that year',
};

/** One valid request per channel an account must be signed in for. */
const SAMPLES: { [C in Channel]?: unknown } = {
  'cases:years': {},
  'cases:list': { year: 2025, bin: false },
  'cases:get': { id: UUID },
  'cases:save': { summary: sampleSummary('OVA', 'CPU-2025-900') },
  'cases:delete': { id: UUID, expectedRevision: 1 },
  'cases:restore': { id: UUID, expectedRevision: 1 },
  'cases:investigation': { investigationRef: 'CPU-2025-014' },
  'cases:investigationTeams': { investigationRef: 'CPU-2025-014' },
  'cases:byIds': { ids: [UUID] },
  'cases:redact': { id: UUID, revision: 1, path: 'district', reason: 'typed by mistake' },
  'drafts:get': { key: 'new:OVA' },
  'drafts:save': { key: 'new:OVA', values: { narrative: 'typing' } },
  'drafts:discard': { key: 'new:OVA' },
  'years:get': { year: 2025 },
  'years:setSpending': { year: 2025, spending: { OVA: 1000 } },
  'years:close': { year: 2024 },
  'years:reopen': { year: 2024, reason: 'a correction' },
  'totals:get': { year: 2025 },
  'exports:create': { year: 2025, format: 'totals-csv', suppressBelow: 5 },
  'imports:preview': { content: '{}' },
  'imports:apply': { token: UUID, resolutions: {} },
  'imports:cancel': { token: UUID },
  'exports:yearFile': { year: 2025, passphrase: 'a long export passphrase' },
  'imports:chooseFile': {},
  'imports:previewFile': { file: UUID },
  'jobs:progress': { job: UUID },
  'jobs:cancel': { job: UUID },
  'print:savePdf': { fileName: 'report.pdf' },
  'print:printed': { kind: 'case', target: 'OVA-2025-0001' },
  'session:changePassphrase': { current: 'not the passphrase at all', next: 'another fine passphrase of ours' },
  'session:setAutoLock': { minutes: 10 },
  'session:recoveryKeyKept': {},
  'backups:list': {},
  'backups:restore': { sequence: 999_999 },
  'accounts:list': {},
  'accounts:add': {
    displayName: 'Probe',
    teams: ['OVA'],
    role: 'officer',
    passphrase: 'probe passphrase nobody guesses 42',
  },
  'accounts:update': { id: UUID, displayName: 'Renamed' },
  'accounts:disable': { id: UUID },
  'accounts:enable': { id: UUID, passphrase: 'probe passphrase nobody guesses 42' },
  'accounts:resetPassphrase': { id: UUID, passphrase: 'probe passphrase nobody guesses 42' },
  'accounts:reissueRecoveryKey': {},
  'accounts:rotateKey': {},
  'audit:list': { filter: {}, offset: 0, limit: 50 },
  'audit:verify': {},
  'audit:export': {},
};

describe('roles, enforced in main', () => {
  const folder = sharedTempDir('roles');
  let clock = new Date('2026-06-01T08:00:00Z');
  let dispatch: Dispatch;
  const ids = {} as Record<Role, string>;
  let hit: CaseRecord;
  let hitShared: CaseRecord;

  /** Sign-in as one role's account (the clock moves on, past any wait a wrong passphrase left). */
  const signInAs = async (role: Role) => {
    await call(dispatch, 'session:lock', {});
    clock = new Date(clock.getTime() + 10 * 60_000);
    return call<SessionStatus>(dispatch, 'session:unlock', { accountId: ids[role], passphrase: PASSPHRASES[role] });
  };

  beforeAll(async () => {
    dispatch = createDispatcher(
      createHandlers(confStorage(folder()), { version: '1.0.0', host: 'browser-shell' }, () => clock, {
        kdf: TEST_KDF,
      }),
    );
    const setup = await call<{ status: SessionStatus }>(dispatch, 'session:setup', {
      displayName: 'Admin Sophea',
      teams: [...TEAMS],
      passphrase: PASSPHRASES.administrator,
    });
    ids.administrator = setup.status.user?.id ?? '';
    for (const [role, name, teams] of [
      ['coordinator', 'Coordinator Dara', ['HIT']],
      ['officer', 'Officer Chenda', ['OVA']],
    ] as const) {
      const account = await call<Account>(dispatch, 'accounts:add', {
        displayName: name,
        teams,
        role,
        passphrase: PASSPHRASES[role],
      });
      ids[role] = account.id;
    }
    // HIT works two investigations; OVA supports one of them.
    hit = await call(dispatch, 'cases:save', { summary: sampleSummary('HIT', 'CPU-2025-001') });
    hitShared = await call(dispatch, 'cases:save', { summary: sampleSummary('HIT', 'CPU-2025-014') });
    await call(dispatch, 'cases:save', { summary: sampleSummary('OVA', 'CPU-2025-014') });
  });

  const gated = CHANNELS.filter((c) => CHANNEL_ACCESS[c] !== 'anyone');

  it('has a sample request for every channel that needs a signed-in account', () => {
    expect(gated.filter((c) => SAMPLES[c] === undefined)).toEqual([]);
  });

  it.each(['officer', 'coordinator', 'administrator'] as const)(
    'walks every channel as %s: refused ones say forbidden and change nothing',
    async (role) => {
      await signInAs(role);
      const db = acquireCaseDb(folder());
      const refused: string[] = [];
      for (const channel of gated) {
        const needed = CHANNEL_ACCESS[channel];
        const allowed = needed === 'signed-in' || (needed !== 'anyone' && hasRole(role, needed));
        const before = dbSnapshot(db);
        const result = await dispatch(channel, SAMPLES[channel]);
        // A refusal for the role names it; an allowed channel may still refuse one summary (another team's).
        const byRole = !result.ok && result.error.code === 'forbidden' && result.error.params?.reason === 'role';
        if (allowed) {
          expect(byRole, `${role} ${channel}`).toBe(false);
        } else {
          expect(byRole, `${role} ${channel}: ${result.ok ? 'ok' : result.error.code}`).toBe(true);
          expect(dbSnapshot(db), `${role} ${channel} changed the database`).toEqual(before);
          refused.push(channel);
        }
        // A wrong current passphrase left a wait; the next sign-in comes after it.
        clock = new Date(clock.getTime() + 10 * 60_000);
      }
      if (role === 'administrator') expect(refused).toEqual([]);
      if (role === 'officer')
        expect(refused).toEqual(expect.arrayContaining(['totals:get', 'exports:create', 'accounts:add', 'audit:list']));
    },
  );

  it('lets an officer read other teams only within investigations their teams work on, and change only their own', async () => {
    await signInAs('officer');
    const list = await call<CaseListPage>(dispatch, 'cases:list', { year: 2025, bin: false });
    expect(list.rows.map((r) => r.id)).toContain(hitShared.id);
    expect(list.rows.map((r) => r.id)).not.toContain(hit.id);
    expect(list.rows.every((r) => r.team === 'OVA' || r.investigationRef === 'CPU-2025-014')).toBe(true);
    expect(list.yearTotal).toBe(list.rows.length);

    expect(await call<CaseRecord>(dispatch, 'cases:get', { id: hitShared.id })).toMatchObject({ id: hitShared.id });
    const outside = await dispatch('cases:get', { id: hit.id });
    expect(outside.ok ? null : outside.error).toMatchObject({
      code: 'forbidden',
      params: { reason: 'other-investigation' },
    });
    const edit = await dispatch('cases:save', { id: hitShared.id, expectedRevision: 1, summary: hitShared.summary });
    expect(edit.ok ? null : edit.error).toMatchObject({ code: 'forbidden', params: { reason: 'other-team' } });
    const foreign = await dispatch('cases:investigation', { investigationRef: 'CPU-2025-001' });
    expect(foreign.ok ? null : foreign.error.code).toBe('forbidden');
    const foreignTeams = await dispatch('cases:investigationTeams', { investigationRef: 'CPU-2025-001' });
    expect(foreignTeams.ok ? null : foreignTeams.error.code).toBe('forbidden');

    await signInAs('coordinator');
    expect(await call<CaseRecord>(dispatch, 'cases:get', { id: hit.id })).toMatchObject({ id: hit.id });
  });

  it("stamps the signed-in account on saves and keeps each account's drafts apart", async () => {
    await signInAs('officer');
    await call(dispatch, 'drafts:save', { key: 'new:OVA', values: { district: 'Chenda typed this' } });
    const saved = await call<CaseRecord>(dispatch, 'cases:save', { summary: sampleSummary('OVA', 'CPU-2025-014') });
    expect(saved.createdBy).toBe('Officer Chenda');
    await signInAs('coordinator');
    expect(await call(dispatch, 'drafts:get', { key: 'new:OVA' })).toBeNull();
  });

  it('keeps a disabled account out, and the last administrator in', async () => {
    await signInAs('administrator');
    await call(dispatch, 'accounts:disable', { id: ids.officer });
    const self = await dispatch('accounts:disable', { id: ids.administrator });
    expect(self.ok ? null : self.error).toMatchObject({ code: 'conflict', params: { reason: 'own-account' } });
    const demote = await dispatch('accounts:update', { id: ids.administrator, role: 'officer' });
    expect(demote.ok ? null : demote.error).toMatchObject({
      code: 'conflict',
      params: { reason: 'last-administrator' },
    });

    await call(dispatch, 'session:lock', {});
    clock = new Date(clock.getTime() + 10 * 60_000);
    const status = await call<SessionStatus>(dispatch, 'session:status', {});
    expect(status.accounts.map((a) => a.displayName)).not.toContain('Officer Chenda');
    const refused = await dispatch('session:unlock', { accountId: ids.officer, passphrase: PASSPHRASES.officer });
    expect(refused.ok ? null : refused.error.code).toBe('unlock-failed');

    clock = new Date(clock.getTime() + 10 * 60_000);
    await call(dispatch, 'session:unlock', { accountId: ids.administrator, passphrase: PASSPHRASES.administrator });
    await call(dispatch, 'accounts:enable', { id: ids.officer, passphrase: 'a fresh passphrase for Chenda 2026' });
    await call(dispatch, 'session:lock', {});
    clock = new Date(clock.getTime() + 10 * 60_000);
    const back = await call<SessionStatus>(dispatch, 'session:unlock', {
      accountId: ids.officer,
      passphrase: 'a fresh passphrase for Chenda 2026',
    });
    expect(back.user).toMatchObject({ displayName: 'Officer Chenda', role: 'officer', teams: ['OVA'] });
  });

  it('writes who did what into the access log, failed sign-ins included', async () => {
    await signInAs('administrator');
    const page = await call<AuditPage>(dispatch, 'audit:list', { filter: {}, offset: 0, limit: 500 });
    const said = page.entries.map((e) => `${e.actor}|${e.action}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'Admin Sophea|account-add',
        'Officer Chenda|sign-in',
        'Officer Chenda|case-save',
        'Officer Chenda|case-open',
        'Admin Sophea|account-disable',
        'Admin Sophea|account-enable',
        // The refused sign-in names the account that was tried.
        'Officer Chenda|sign-in-failed',
      ]),
    );
    const check = await call<{ firstBroken: unknown }>(dispatch, 'audit:verify', {});
    expect(check.firstBroken).toBeNull();
  });
});
