import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/schemas/case';
import type { SessionStatus } from '../../shared/schemas/session';
import { createHandlers } from '../app/handlers';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { call, refusal, summaryIn } from '../testing/dispatch-calls';
import { tempDir } from '../testing/temp-dir';
import { TEST_KDF, TEST_PASSPHRASE, unlockedDispatch, unlockedExistingDispatch } from '../testing/unlocked-app';
import { quitApp } from '../testing/test-vault';
import { acquireCaseDb } from './case-db';
import { confStorage } from './conf-location';
import type { SqlRow } from './sql';

const CLOCK = () => new Date('2025-06-01T08:00:00.000Z');

/**
 * Rows changed outside the app (raw SQL on cases.db): each row is sealed with its table, id,
 * year and revision, so a row copied over another, moved to another year or rolled back to an
 * older content is refused by name, never shown as if it were the summary, and never overwritten.
 */
describe('sealed rows changed outside the app', () => {
  let dir: string;
  let dispatch: Dispatch;
  let a: CaseRecord;
  let b: CaseRecord;
  const rowOf = (id: string) =>
    acquireCaseDb(dir)
      .prepare('SELECT id, year, revision, content, list_row, facts FROM summaries WHERE id = ?')
      .get(id) as SqlRow;
  /** Changes the database while the app is closed (it holds the file locked while open), then starts it again. */
  const raw = async (sql: string, ...params: (string | number | Uint8Array)[]) => {
    await quitApp();
    acquireCaseDb(dir)
      .prepare(sql)
      .run(...params);
    dispatch = unlockedExistingDispatch(dir, CLOCK);
  };

  beforeEach(async () => {
    dir = tempDir('rowseal');
    dispatch = unlockedDispatch(dir, CLOCK).dispatch;
    a = await call<CaseRecord>(dispatch, 'cases:save', { summary: summaryIn(2025, 'District A') });
    b = await call<CaseRecord>(dispatch, 'cases:save', { summary: summaryIn(2025, 'District B') });
  });

  /** The refusal names the summary; the stored row and the other summary are as they were. */
  async function expectRefusedByName(id: string, { listToo = true, code = '' } = {}): Promise<void> {
    const stored = rowOf(id);
    const error = await refusal(dispatch, 'cases:get', { id });
    expect(error.code).toBe('row-unreadable');
    // Named by its case code where its own list row still reads, else by its id and year.
    const name = listToo ? id : code;
    if (!listToo) expect(error.params?.id).toBe(id);
    expect(error.params?.caseCode).toContain(name);
    expect(error.message).toContain(name);
    // The year's list cannot show it either, and an edit is refused without writing.
    if (listToo)
      expect((await refusal(dispatch, 'cases:list', { year: Number(stored.year) })).code).toBe('row-unreadable');
    const edit = await refusal(dispatch, 'cases:save', {
      id,
      expectedRevision: Number(stored.revision),
      summary: summaryIn(2025, 'Overwritten'),
    });
    expect(edit.code).toBe('row-unreadable');
    expect(rowOf(id)).toEqual(stored);
  }

  it('refuses a row copied over another summary, naming that summary', async () => {
    // The whole sealed row (the summary, its list row and its facts) copied over another one.
    await raw(
      'UPDATE summaries SET (content, list_row, facts) = (SELECT content, list_row, facts FROM summaries WHERE id = ?) WHERE id = ?',
      a.id,
      b.id,
    );
    await expectRefusedByName(b.id);
    expect((await call<CaseRecord>(dispatch, 'cases:get', { id: a.id })).summary.district).toBe('District A');
  });

  it('refuses to open or edit a summary whose content alone was changed; its intact list row still lists it', async () => {
    const stored = rowOf(a.id);
    const flipped = Buffer.from(stored.content as Uint8Array);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 0xff;
    await raw('UPDATE summaries SET content = ? WHERE id = ?', flipped, a.id);
    const listed = await call<{ rows: { id: string }[] }>(dispatch, 'cases:list', { year: 2025 });
    expect(listed.rows.map((r) => r.id)).toContain(a.id);
    const opened = await refusal(dispatch, 'cases:get', { id: a.id });
    expect(opened.code).toBe('row-unreadable');
    // Its intact list row gives the case code the officer knows.
    expect(opened.params?.caseCode).toBe(a.caseCode);
    expect(opened.params?.id).toBe(a.id);
    const edit = await refusal(dispatch, 'cases:save', {
      id: a.id,
      expectedRevision: 1,
      summary: summaryIn(2025, 'Overwritten'),
    });
    expect(edit.code).toBe('row-unreadable');
    expect(Buffer.from(rowOf(a.id).content as Uint8Array).equals(flipped)).toBe(true);
  });

  it('refuses a row moved into another year', async () => {
    await raw('UPDATE summaries SET year = 2024 WHERE id = ?', a.id);
    await expectRefusedByName(a.id);
  });

  it('refuses an older revision’s content put back under the current revision', async () => {
    const first = rowOf(a.id);
    await call(dispatch, 'cases:save', {
      id: a.id,
      expectedRevision: 1,
      summary: summaryIn(2025, 'District A, edited'),
    });
    await raw(
      'UPDATE summaries SET content = ?, list_row = ?, facts = ? WHERE id = ?',
      first.content as Uint8Array,
      first.list_row as Uint8Array,
      first.facts as Uint8Array,
      a.id,
    );
    await expectRefusedByName(a.id);
  });

  it('refuses a whole older row put back (its content with its own revision): its history is newer', async () => {
    const first = rowOf(a.id);
    await call(dispatch, 'cases:save', {
      id: a.id,
      expectedRevision: 1,
      summary: summaryIn(2025, 'District A, edited'),
    });
    await raw(
      'UPDATE summaries SET content = ?, list_row = ?, facts = ?, revision = ? WHERE id = ?',
      first.content as Uint8Array,
      first.list_row as Uint8Array,
      first.facts as Uint8Array,
      Number(first.revision),
      a.id,
    );
    // The list reads only its own small row, an authentic older one: opening or editing the summary refuses.
    await expectRefusedByName(a.id, { listToo: false, code: a.caseCode });
  });

  it('refuses a database encrypted with another key (another set-up’s keys.json), changing nothing', async () => {
    const other = tempDir('rowseal-other');
    await unlockedDispatch(other, CLOCK).recoveryKey;
    const before = acquireCaseDb(dir).prepare('SELECT * FROM summaries ORDER BY id').all();
    await quitApp();
    copyFileSync(join(other, 'keys.json'), join(dir, 'keys.json'));
    // Signing in opens the database (the accounts are in it): the refusal comes at sign-in.
    const app = createDispatcher(
      createHandlers(confStorage(dir), { version: '1.0.0', host: 'browser-shell' }, CLOCK, { kdf: TEST_KDF }),
    );
    const { accounts } = await call<SessionStatus>(app, 'session:status', {});
    const error = await refusal(app, 'session:unlock', { accountId: accounts[0]?.id, passphrase: TEST_PASSPHRASE });
    expect(error.code).toBe('store-unreadable');
    expect(error.params?.file).toBe('cases.db');
    expect(error.message).toMatch(/different key/);
    expect(acquireCaseDb(dir).prepare('SELECT * FROM summaries ORDER BY id').all()).toEqual(before);
  });
});
