import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import type { CaseRecord } from '../../shared/schemas/case';
import type { BackupFile } from '../../shared/schemas/session';
import { sampleSummary } from '../../shared/testing/samples';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import { TEST_KDF, TEST_PASSPHRASE, unlockedDispatch } from '../testing/unlocked-app';
import { createHandlers } from './handlers';

const MARKER = 'Marker-ZK4-2207-Takeo';
const OPEN_WHILE_LOCKED: Channel[] = ['app:info', 'settings:get', 'settings:update'];

/** Every file under the folder, recursively, with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) found.set(entry, readFileSync(path));
  }
  return found;
}

describe('data safety through the real handlers', () => {
  let dir: string;
  let clock: number;
  const now = () => new Date(clock);
  const host = () => createDispatcher(createHandlers(confStorage(dir), { version: '1.0.0', host: 'browser-shell' }, now, { kdf: TEST_KDF }));
  async function call<T>(dispatch: Dispatch, channel: Channel, input: unknown): Promise<T> {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-safety-'));
    clock = Date.parse('2025-04-01T08:00:00.000Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

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
      'print:savePdf': { fileName: 'report.pdf' },
      'drafts:get': { key: 'new:HIT' },
      'drafts:save': { key: 'new:HIT', values: {} },
      'drafts:discard': { key: 'new:HIT' },
      'backups:restore': { name: 'cases-2025', id: '20250401T080000000Z-0000' },
    };
    const codes = async (dispatch: Dispatch) =>
      Promise.all(gated.map(async (c) => [c, await dispatch(c, payloads[c] ?? {})] as const)).then((all) =>
        all.map(([c, r]) => `${c}: ${r.ok ? 'ok' : r.error.code}`),
      );
    expect(await codes(fresh)).toEqual(gated.map((c) => `${c}: locked`));
    expect(await call(fresh, 'session:status', {})).toMatchObject({ state: 'setup' });

    await call(fresh, 'session:setup', { passphrase: TEST_PASSPHRASE });
    await call(fresh, 'cases:save', { summary: sampleSummary('HIT') });
    await call(fresh, 'session:lock', {});
    expect(await codes(fresh)).toEqual(gated.map((c) => `${c}: locked`));
    // A restarted host starts locked too.
    expect(await call(host(), 'session:status', {})).toMatchObject({ state: 'locked' });
    expect((await host()('cases:years', {})).ok).toBe(false);
  });

  it('a distinctive marker saved in a summary and a draft is in no file under the data folder', async () => {
    const { dispatch } = unlockedDispatch(dir, now);
    await call(dispatch, 'settings:update', { officerName: 'Sok Dara' });
    const saved = await call<CaseRecord>(dispatch, 'cases:save', { summary: { ...sampleSummary('HIT'), narrative: `Facts ${MARKER}` } });
    await call(dispatch, 'drafts:save', { key: `edit:${saved.id}`, values: { narrative: `Draft ${MARKER}` } });
    await call(dispatch, 'years:reopen', { year: 2025, reason: `not closed ${MARKER}` }).catch(() => undefined);
    await call(dispatch, 'years:setSpending', { year: 2025, spending: { HIT: 1234 } });
    const files = filesUnder(dir);
    expect([...files.keys()].sort()).toEqual(
      expect.arrayContaining(['cases-2025.json', 'drafts.json', 'keys.json', 'years.json', expect.stringMatching(/^backups\/cases-2025\//)]),
    );
    for (const [name, bytes] of files) {
      for (const needle of [MARKER, 'CPU-2025-014', saved.id]) {
        expect(bytes.includes(needle), `${needle} in ${name}`).toBe(false);
      }
    }
  });

  it('a damaged year file is never overwritten: the failure names it, the reason and the newest good backup, which restores it', async () => {
    const { dispatch } = unlockedDispatch(dir, now);
    const first = await call<CaseRecord>(dispatch, 'cases:save', { summary: sampleSummary('HIT') });
    clock += 60_000;
    const second = await call<CaseRecord>(dispatch, 'cases:save', { summary: sampleSummary('OVA') });
    const file = join(dir, 'cases-2025.json');
    const damaged = readFileSync(file, 'utf8').replace(/"tag":"[^"]+"/, '"tag":"AAAAAAAAAAAAAAAAAAAAAA=="');
    writeFileSync(file, damaged);

    const restarted = host();
    await call(restarted, 'session:unlock', { passphrase: TEST_PASSPHRASE });
    const refused = await restarted('cases:list', { year: 2025 });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'store-unreadable',
        params: { file: 'cases-2025.json', reason: expect.stringMatching(/integrity check/), name: 'cases-2025', backupAt: '2025-04-01T08:01:00.000Z' },
      },
    });
    expect((await restarted('cases:save', { summary: sampleSummary('FST') })).ok).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(damaged);

    const [listed] = await call<BackupFile[]>(restarted, 'backups:list', {});
    expect(listed).toMatchObject({ name: 'cases-2025', year: 2025, problem: expect.stringMatching(/integrity check/) });
    expect(listed?.backups.map((b) => b.summaries)).toEqual([2, 1]);
    const offered = refused.ok ? '' : (refused.error.params?.backupId ?? '');
    expect(listed?.backups[0]?.id).toBe(offered);

    clock += 60_000;
    expect(await call(restarted, 'backups:restore', { name: 'cases-2025', id: offered })).toMatchObject({ summaries: 2 });
    expect((await call<{ rows: unknown[] }>(restarted, 'cases:list', { year: 2025 })).rows).toHaveLength(2);
    expect(await call(restarted, 'cases:get', { id: second.id })).toEqual(second);
    // The damaged bytes were kept aside, not lost.
    const aside = readdirSync(join(dir, 'backups', 'cases-2025')).filter((f) => f.startsWith('damaged-'));
    expect(aside.map((f) => readFileSync(join(dir, 'backups', 'cases-2025', f), 'utf8'))).toEqual([damaged]);

    // An older backup restores too, and the current good file becomes a backup first.
    const older = listed?.backups[1]?.id ?? '';
    await call(restarted, 'backups:restore', { name: 'cases-2025', id: older });
    expect((await call<{ rows: { id: string }[] }>(restarted, 'cases:list', { year: 2025 })).rows.map((r) => r.id)).toEqual([first.id]);
    const after = await call<BackupFile[]>(restarted, 'backups:list', {});
    expect(after[0]?.problem).toBeNull();
  });

  it('a backup that cannot be written does not undo the save, and its report carries no case data', async () => {
    const logged: unknown[][] = [];
    const dispatch = createDispatcher(
      createHandlers(confStorage(dir), { version: '1.0.0', host: 'browser-shell' }, now, { kdf: TEST_KDF, logError: (...args) => logged.push(args) }),
    );
    await call(dispatch, 'session:setup', { passphrase: TEST_PASSPHRASE });
    writeFileSync(join(dir, 'backups', 'cases-2025'), 'not a folder');
    const saved = await call<CaseRecord>(dispatch, 'cases:save', { summary: { ...sampleSummary('HIT'), narrative: MARKER } });
    expect(await call(dispatch, 'cases:get', { id: saved.id })).toEqual(saved);
    expect(logged.map(([what]) => what)).toEqual(['backup of cases-2025']);
    expect(JSON.stringify(logged.map(([what, error]) => [what, (error as Error).name, (error as Error).message]))).not.toContain(MARKER);
  });

  it('encrypts files written before encryption existed at set-up; refuses set-up over encrypted files without their key file', async () => {
    const plain = { formatVersion: 1, drafts: [] };
    writeFileSync(join(dir, 'drafts.json'), JSON.stringify(plain));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ officerName: 'Sok' }));
    const { dispatch } = unlockedDispatch(dir, now);
    expect(await call(dispatch, 'drafts:get', { key: 'new:HIT' })).toBeNull();
    expect(readFileSync(join(dir, 'drafts.json'), 'utf8')).toMatch(/^\{"format":"cpu-case-register\/sealed"/);
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ officerName: 'Sok' });

    rmSync(join(dir, 'keys.json'));
    const again = await host()('session:setup', { passphrase: 'a different passphrase now' });
    expect(again).toMatchObject({ ok: false, error: { code: 'keys-missing', params: { file: 'drafts.json' } } });
  });
});
