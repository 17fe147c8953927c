import { beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { DataKey } from '../storage/sealed-codec';
import type { SqlValue } from '../storage/sql';
import { dbSnapshot } from '../testing/db-snapshot';
import { tempDir } from '../testing/temp-dir';
import { testKey, testVault } from '../testing/test-vault';
import { DraftsRepository } from './drafts-repository';

const EDIT_KEY = 'edit:0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';
/** Two accounts sharing the PC. */
const SOK = '5d0c7e1a-3b2f-4c8d-9e6a-1f2b3c4d5e6f';
const CHAN = '8a9b0c1d-2e3f-4a5b-8c7d-6e5f4a3b2c1d';

describe('DraftsRepository on a real case database', () => {
  let dir: string;
  let key: DataKey;
  const now = () => new Date('2025-04-01T08:00:00.000Z');
  const vault = () => testVault(dir, key);
  const open = () => new DraftsRepository(vault(), now);
  const rows = () => vault().db.prepare('SELECT key, saved_at, revision FROM drafts ORDER BY key').all();

  beforeEach(() => {
    dir = tempDir('drafts');
    key = testKey();
  });

  it('keeps one sealed draft row per key, with the time it was saved', () => {
    const repo = open();
    expect(repo.get(SOK, 'new:HIT')).toBeNull();
    expect(rows()).toEqual([]);

    const draft = repo.save(SOK, 'new:HIT', { team: 'HIT', victims: [{ age: '១២' }] });
    expect(draft).toEqual({
      key: 'new:HIT',
      values: { team: 'HIT', victims: [{ age: '១២' }] },
      savedAt: '2025-04-01T08:00:00.000Z',
    });
    repo.save(SOK, EDIT_KEY, { narrative: 'half typed' });
    repo.save(SOK, 'new:HIT', { team: 'HIT', narrative: 'second go' });

    const reopened = open();
    expect(reopened.get(SOK, 'new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'second go' });
    expect(reopened.get(SOK, EDIT_KEY)?.values).toEqual({ narrative: 'half typed' });
    expect(reopened.get(SOK, 'new:OVA')).toBeNull();
    expect(rows()).toEqual([
      { key: `${SOK}/${EDIT_KEY}`, saved_at: '2025-04-01T08:00:00.000Z', revision: 1 },
      { key: `${SOK}/new:HIT`, saved_at: '2025-04-01T08:00:00.000Z', revision: 2 },
    ]);
    const content = vault()
      .db.prepare('SELECT content FROM drafts')
      .all()
      .map((r) => Buffer.from(r.content as Uint8Array));
    for (const bytes of content)
      for (const plain of ['second go', 'half typed', 'narrative']) expect(bytes.includes(plain)).toBe(false);
  });

  it('discards a draft, and discarding a missing one writes nothing', () => {
    const repo = open();
    const before = dbSnapshot(vault().db);
    expect(repo.discard(SOK, 'new:OVA')).toBeNull();
    expect(dbSnapshot(vault().db)).toEqual(before);
    repo.save(SOK, 'new:OVA', { team: 'OVA' });
    expect(repo.discard(SOK, 'new:OVA')).toBeNull();
    expect(open().get(SOK, 'new:OVA')).toBeNull();
    expect(rows()).toEqual([]);
  });

  it('keeps each account’s drafts apart: one account never sees, replaces or discards another’s', () => {
    const repo = open();
    repo.save(SOK, 'new:HIT', { team: 'HIT', narrative: 'Sok typed this' });
    repo.save(SOK, EDIT_KEY, { narrative: 'Sok edits a summary' });
    // The same form, opened by another officer: empty.
    expect(repo.get(CHAN, 'new:HIT')).toBeNull();
    expect(repo.get(CHAN, EDIT_KEY)).toBeNull();

    repo.save(CHAN, 'new:HIT', { team: 'HIT', narrative: 'Chan typed this' });
    expect(open().get(SOK, 'new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'Sok typed this' });
    expect(open().get(CHAN, 'new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'Chan typed this' });

    // Discarding one's own (a save, a discard) leaves the other's.
    expect(repo.discard(CHAN, EDIT_KEY)).toBeNull();
    expect(repo.discard(CHAN, 'new:HIT')).toBeNull();
    expect(open().get(CHAN, 'new:HIT')).toBeNull();
    expect(open().get(SOK, 'new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'Sok typed this' });
    expect(open().get(SOK, EDIT_KEY)?.values).toEqual({ narrative: 'Sok edits a summary' });
    expect(rows().map((r) => r.key)).toEqual([`${SOK}/${EDIT_KEY}`, `${SOK}/new:HIT`].sort());
  });

  it('offers a draft kept before accounts (no owner) to any account, until one of them discards it', () => {
    const legacy = {
      key: 'new:HIT',
      values: { narrative: 'typed before accounts' },
      savedAt: '2025-03-01T08:00:00.000Z',
    };
    vault()
      .db.prepare('INSERT INTO drafts (key, saved_at, revision, content) VALUES (?, ?, 1, ?)')
      .run('new:HIT', legacy.savedAt, vault().seal({ table: 'drafts', id: 'new:HIT', year: 0, revision: 1 }, legacy));
    const repo = open();
    expect(repo.get(SOK, 'new:HIT')).toEqual(legacy);
    expect(repo.get(CHAN, 'new:HIT')).toEqual(legacy);
    // Typing on keeps the account's own draft; the other still sees the old one.
    repo.save(SOK, 'new:HIT', { narrative: 'typed on by Sok' });
    expect(repo.get(SOK, 'new:HIT')?.values).toEqual({ narrative: 'typed on by Sok' });
    expect(repo.get(CHAN, 'new:HIT')).toEqual(legacy);
    // Discarding (or saving the summary) removes it with the account's own.
    repo.discard(SOK, 'new:HIT');
    expect(repo.get(SOK, 'new:HIT')).toBeNull();
    expect(repo.get(CHAN, 'new:HIT')).toBeNull();
    expect(rows()).toEqual([]);
  });

  it('refuses one account’s sealed draft copied into another account’s row', () => {
    const repo = open();
    repo.save(SOK, 'new:HIT', { team: 'HIT', narrative: 'Sok typed this' });
    repo.save(CHAN, 'new:HIT', { team: 'HIT' });
    const db = vault().db;
    const sok = db.prepare('SELECT content FROM drafts WHERE key = ?').get(`${SOK}/new:HIT`)?.content as Uint8Array;
    db.prepare('UPDATE drafts SET content = ? WHERE key = ?').run(sok, `${CHAN}/new:HIT`);
    expect(() => open().get(CHAN, 'new:HIT')).toThrow(expect.objectContaining({ code: 'row-unreadable' }));
    expect(open().get(SOK, 'new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'Sok typed this' });
  });

  describe('a draft row that fails its integrity check', () => {
    const HIT_ROW = `${SOK}/new:HIT`;
    const flipLast = (bytes: Uint8Array) => {
      const copy = Buffer.from(bytes);
      copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0x01;
      return copy;
    };
    it.each<[string, (content: Uint8Array, other: Uint8Array) => [string, SqlValue[]]]>([
      ['a flipped byte', (content) => ['UPDATE drafts SET content = ? WHERE key = ?', [flipLast(content), HIT_ROW]]],
      [
        'another draft’s content copied in',
        (_content, other) => ['UPDATE drafts SET content = ? WHERE key = ?', [other, HIT_ROW]],
      ],
      ['its revision changed', () => ['UPDATE drafts SET revision = 5 WHERE key = ?', [HIT_ROW]]],
      [
        'sealed with another key',
        () => [
          'UPDATE drafts SET content = ? WHERE key = ?',
          [
            testVault(dir, testKey()).seal(
              { table: 'drafts', id: HIT_ROW, year: 0, revision: 1 },
              { key: 'new:HIT', values: {}, savedAt: '2025-04-01T08:00:00.000Z' },
            ),
            HIT_ROW,
          ],
        ],
      ],
    ])('is refused with %s, naming the draft, and reading it changes nothing', (_label, tamper) => {
      const repo = open();
      repo.save(SOK, 'new:HIT', { team: 'HIT', narrative: 'typed' });
      repo.save(SOK, 'new:OVA', { team: 'OVA' });
      const content = (k: string) =>
        vault().db.prepare('SELECT content FROM drafts WHERE key = ?').get(`${SOK}/${k}`)?.content as Uint8Array;
      const [sql, params] = tamper(content('new:HIT'), content('new:OVA'));
      vault()
        .db.prepare(sql)
        .run(...params);
      const before = dbSnapshot(vault().db);

      let failure: unknown;
      try {
        open().get(SOK, 'new:HIT');
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(AppFailure);
      expect(failure).toMatchObject({
        code: 'row-unreadable',
        params: { caseCode: 'draft new:HIT' },
        message: expect.stringMatching(/\(draft new:HIT\) failed its integrity check.*not been changed/),
      });
      expect(dbSnapshot(vault().db)).toEqual(before);
      // Other drafts still open; typing again replaces the damaged one (a draft is only ever replaced whole).
      expect(open().get(SOK, 'new:OVA')?.values).toEqual({ team: 'OVA' });
      open().save(SOK, 'new:HIT', { team: 'HIT', narrative: 'typed again' });
      expect(open().get(SOK, 'new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'typed again' });
    });
  });
});
