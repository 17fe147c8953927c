import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import type { CaseRecord } from '../../shared/schemas/case';
import type { BackupList, RestoreResult } from '../../shared/schemas/session';
import { sampleSummary } from '../../shared/testing/samples';
import { backupDir } from '../backups/backup-files';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { acquireCaseDb } from '../storage/case-db';
import { confStorage } from '../storage/conf-location';
import { openSqlite } from '../storage/sql';
import { tempDir } from '../testing/temp-dir';
import { signIn, TEST_KDF, TEST_SETUP, unlockedDispatch } from '../testing/unlocked-app';
import { backupsTaken, filesUnder } from '../testing/data-folder';
import { createHandlers } from './handlers';

const MARKER = 'Marker-ZK4-2207-Takeo';
const OPEN_WHILE_LOCKED: Channel[] = ['app:info', 'settings:get', 'settings:update'];

// Each test sets up a folder (the first account's passphrase is rated by zxcvbn, and its slot made) before its own work.
describe('data safety through the real handlers', () => {
  let dir: string;
  let clock: number;
  const now = () => new Date(clock);
  const host = () =>
    createDispatcher(
      createHandlers(confStorage(dir), { version: '1.0.0', host: 'browser-shell' }, now, { kdf: TEST_KDF }),
    );
  async function call<T>(dispatch: Dispatch, channel: Channel, input: unknown): Promise<T> {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }

  beforeEach(() => {
    dir = tempDir('safety');
    clock = Date.parse('2025-04-01T08:00:00.000Z');
  });

  it('answers `locked` on every channel that touches case data until set up, and again after a lock', async () => {
    const fresh = host();
    const gated = CHANNELS.filter((c) => !OPEN_WHILE_LOCKED.includes(c) && !c.startsWith('session:'));
    const payloads: Partial<Record<Channel, unknown>> = {
      'cases:list': { year: 2025 },
      'cases:get': { id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' },
      'cases:save': { summary: sampleSummary('HIT') },
      'cases:delete': { id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' },
      'cases:restore': { id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' },
      'cases:investigation': { investigationRef: 'CPU-2025-014' },
      'cases:investigationTeams': { investigationRef: 'CPU-2025-014' },
      'cases:redact': {
        id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45',
        revision: 1,
        path: 'suspects.0.name',
        reason: 'a name typed by mistake',
      },
      'cases:byIds': { ids: [] },
      'years:get': { year: 2025 },
      'years:setSpending': { year: 2025, spending: {} },
      'years:close': { year: 2025 },
      'years:reopen': { year: 2025, reason: 'a correction' },
      'totals:get': { year: 2025 },
      'exports:create': { year: 2025, format: 'year-json' },
      'imports:preview': { content: '{}' },
      'imports:apply': { token: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45', resolutions: {} },
      'imports:cancel': { token: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' },
      'exports:yearFile': { year: 2025 },
      'imports:previewFile': { file: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' },
      'jobs:progress': { job: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' },
      'jobs:cancel': { job: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' },
      'print:savePdf': { fileName: 'report.pdf' },
      'drafts:get': { key: 'new:HIT' },
      'drafts:save': { key: 'new:HIT', values: {} },
      'drafts:discard': { key: 'new:HIT' },
      'backups:restore': { sequence: 1 },
      'accounts:add': {
        displayName: 'Chan Vanna',
        teams: ['OVA'],
        role: 'officer',
        passphrase: 'a lantern floats down the Mekong at dusk',
      },
      'accounts:update': { id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45', displayName: 'Chan Vanna' },
      'accounts:disable': { id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45' },
      'accounts:enable': {
        id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45',
        passphrase: 'a lantern floats down the Mekong at dusk',
      },
      'accounts:resetPassphrase': {
        id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45',
        passphrase: 'a lantern floats down the Mekong at dusk',
      },
      'audit:list': { filter: {}, offset: 0, limit: 50 },
      'audit:export': {},
      'print:printed': { kind: 'case', target: 'HIT-2025-0001' },
    };
    const codes = async (dispatch: Dispatch) =>
      Promise.all(gated.map(async (c) => [c, await dispatch(c, payloads[c] ?? {})] as const)).then((all) =>
        all.map(([c, r]) => `${c}: ${r.ok ? 'ok' : r.error.code}`),
      );
    expect(await codes(fresh)).toEqual(gated.map((c) => `${c}: locked`));
    expect(await call(fresh, 'session:status', {})).toMatchObject({ state: 'setup' });
    // The language, chosen before set-up, is a setting beside the data: no case database is made for it.
    await call(fresh, 'settings:update', { language: 'km' });
    expect(existsSync(join(dir, 'cases.db'))).toBe(false);

    await call(fresh, 'session:setup', TEST_SETUP);
    await call(fresh, 'cases:save', { summary: sampleSummary('HIT') });
    await call(fresh, 'session:lock', {});
    expect(await codes(fresh)).toEqual(gated.map((c) => `${c}: locked`));
    // A restarted host starts locked too.
    expect(await call(host(), 'session:status', {})).toMatchObject({ state: 'locked' });
    expect((await host()('cases:years', {})).ok).toBe(false);
  });

  it('a distinctive marker saved in a summary and a draft is in no file under the data folder', async () => {
    const { dispatch } = unlockedDispatch(dir, now);
    const saved = await call<CaseRecord>(dispatch, 'cases:save', {
      summary: { ...sampleSummary('HIT'), narrative: `Facts ${MARKER}` },
    });
    await call(dispatch, 'drafts:save', { key: `edit:${saved.id}`, values: { narrative: `Draft ${MARKER}` } });
    await call(dispatch, 'years:reopen', { year: 2025, reason: `not closed ${MARKER}` }).catch(() => undefined);
    await call(dispatch, 'years:setSpending', { year: 2025, spending: { HIT: 1234 } });
    // Locking takes a backup holding all of it.
    await call(dispatch, 'session:lock', {});
    await backupsTaken(dir, 2);
    const files = filesUnder(dir);
    expect([...files.keys()].sort()).toEqual(
      expect.arrayContaining(['cases.db', 'keys.json', expect.stringMatching(/^backups\/db\/cases-\d{6}\.db$/)]),
    );
    // Ids, years, revisions and times are plain columns by design (the summary's id among them); everything an officer typed is sealed.
    for (const [name, bytes] of files) {
      for (const needle of [MARKER, 'CPU-2025-014', saved.caseCode, 'narrative']) {
        expect(bytes.includes(needle), `${needle} in ${name}`).toBe(false);
      }
    }
  });

  it('a damaged summary row is never overwritten: the failure names it and the newest good backup, which restores it', async () => {
    const { dispatch } = unlockedDispatch(dir, now);
    const first = await call<CaseRecord>(dispatch, 'cases:save', { summary: sampleSummary('HIT') });
    await call(dispatch, 'session:lock', {});
    await backupsTaken(dir, 2);
    await signIn(dispatch);
    clock += 60_000;
    const second = await call<CaseRecord>(dispatch, 'cases:save', { summary: sampleSummary('OVA') });
    await call(dispatch, 'session:lock', {});
    const [newest, older] = await backupsTaken(dir, 3);

    // One byte of each of the second summary's sealed columns changes on disk (through the app's own connection).
    const db = acquireCaseDb(dir);
    const columns = db
      .prepare("SELECT name FROM pragma_table_info('summaries') WHERE type = 'BLOB'")
      .all()
      .map((r) => String(r.name));
    const sealedOf = (id: string) => {
      const row =
        acquireCaseDb(dir)
          .prepare(`SELECT ${columns.join(', ')} FROM summaries WHERE id = ?`)
          .get(id) ?? {};
      return columns.map((c) => Buffer.from(row[c] as Uint8Array));
    };
    const damaged = sealedOf(second.id).map((bytes) => {
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
      return bytes;
    });
    db.prepare(`UPDATE summaries SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
      ...damaged,
      second.id,
    );
    const storedNow = () => sealedOf(second.id);

    const restarted = host();
    await signIn(restarted);
    const refused = await restarted('cases:list', { year: 2025 });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'row-unreadable',
        message: expect.stringMatching(/integrity check.*It has not been changed/),
        params: {
          caseCode: expect.stringContaining(second.id),
          backupSequence: String(newest),
          backupAt: '2025-04-01T08:01:00.000Z',
        },
      },
    });
    // Nothing writes over it: an edit or a delete of that summary is refused too.
    expect(
      await restarted('cases:save', {
        id: second.id,
        expectedRevision: 1,
        summary: { ...sampleSummary('OVA'), status: 'closed' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'row-unreadable' },
    });
    expect(await restarted('cases:delete', { id: second.id })).toMatchObject({
      ok: false,
      error: { code: 'row-unreadable' },
    });
    expect(await restarted('cases:get', { id: second.id })).toMatchObject({
      ok: false,
      error: { code: 'row-unreadable' },
    });
    expect(storedNow()).toEqual(damaged);

    const listed = await call<BackupList>(restarted, 'backups:list', {});
    expect(listed.backups.map((b) => [b.sequence, b.summaries, b.problem])).toEqual([
      [newest, 2, null],
      [older, 1, null],
      [expect.any(Number), expect.any(Number), null],
    ]);

    clock += 60_000;
    const restored = await call<RestoreResult>(restarted, 'backups:restore', { sequence: newest ?? 0 });
    expect(restored).toMatchObject({ sequence: newest, summaries: 2 });
    expect((await call<{ rows: unknown[] }>(restarted, 'cases:list', { year: 2025 })).rows).toHaveLength(2);
    expect(await call(restarted, 'cases:get', { id: second.id })).toEqual(second);
    // The damaged database was kept aside, not lost.
    const aside = openSqlite(join(dir, restored.keptAs), { readOnly: true });
    try {
      const kept = aside.prepare(`SELECT ${columns.join(', ')} FROM summaries WHERE id = ?`).get(second.id) ?? {};
      expect(columns.map((c) => Buffer.from(kept[c] as Uint8Array))).toEqual(damaged);
    } finally {
      aside.close();
    }

    // An older backup restores too.
    await call(restarted, 'backups:restore', { sequence: older ?? 0 });
    expect(
      (await call<{ rows: { id: string }[] }>(restarted, 'cases:list', { year: 2025 })).rows.map((r) => r.id),
    ).toEqual([first.id]);
    expect((await call<BackupList>(restarted, 'backups:list', {})).problem).toBeNull();
  });

  it('a backup that cannot be written does not undo the save, and its report carries no case data', async () => {
    const logged: unknown[][] = [];
    const dispatch = createDispatcher(
      createHandlers(confStorage(dir), { version: '1.0.0', host: 'browser-shell' }, now, {
        kdf: TEST_KDF,
        logError: (...args) => logged.push(args),
      }),
    );
    // In place before set-up: setting up opens the database, which starts the day's backup.
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(backupDir(dir), 'not a folder');
    await call(dispatch, 'session:setup', TEST_SETUP);
    const saved = await call<CaseRecord>(dispatch, 'cases:save', {
      summary: { ...sampleSummary('HIT'), narrative: MARKER },
    });
    expect(await call(dispatch, 'cases:get', { id: saved.id })).toEqual(saved);
    await call(dispatch, 'session:lock', {});
    await vi.waitFor(() => expect(logged).toHaveLength(2), { timeout: 20_000, interval: 50 });
    expect(logged.map(([what]) => what)).toEqual(['daily backup', 'backup on lock']);
    expect(
      JSON.stringify(logged.map(([what, error]) => [what, (error as Error).name, (error as Error).message])),
    ).not.toContain(MARKER);
    await signIn(dispatch);
    expect(await call(dispatch, 'cases:get', { id: saved.id })).toEqual(saved);
  });

  it('moves files written before encryption existed into the database at set-up; refuses set-up over the database without its key file', async () => {
    const draft = { key: 'new:HIT', values: { narrative: `Plain ${MARKER}` }, savedAt: '2025-03-01T08:00:00.000Z' };
    writeFileSync(join(dir, 'drafts.json'), JSON.stringify({ formatVersion: 1, drafts: [draft] }));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ officerName: 'Sok' }));
    const { dispatch } = unlockedDispatch(dir, now);
    expect(await call(dispatch, 'drafts:get', { key: 'new:HIT' })).toEqual(draft);
    // The old file is kept aside, encrypted, and no longer read; the settings stay plain.
    expect(existsSync(join(dir, 'drafts.json'))).toBe(false);
    const [aside] = readdirSync(dir).filter((f) => f.startsWith('migrated-'));
    expect(readFileSync(join(dir, aside ?? '', 'drafts.json'), 'utf8')).toMatch(
      /^\{"format":"cpu-case-register\/sealed"/,
    );
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ officerName: 'Sok' });
    await backupsTaken(dir, 1);
    for (const [name, bytes] of filesUnder(dir)) expect(bytes.includes(MARKER), `${MARKER} in ${name}`).toBe(false);

    rmSync(join(dir, 'keys.json'));
    const again = await host()('session:setup', {
      ...TEST_SETUP,
      passphrase: 'a lantern floats down the Mekong at dusk',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'keys-missing', params: { file: 'cases.db' } } });
  });
});
