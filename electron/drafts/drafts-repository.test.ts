import { beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { DataKey } from '../storage/sealed-codec';
import type { SqlValue } from '../storage/sql';
import { dbSnapshot } from '../testing/db-snapshot';
import { tempDir } from '../testing/temp-dir';
import { testKey, testVault } from '../testing/test-vault';
import { DraftsRepository } from './drafts-repository';

const EDIT_KEY = 'edit:0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';

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
    expect(repo.get('new:HIT')).toBeNull();
    expect(rows()).toEqual([]);

    const draft = repo.save('new:HIT', { team: 'HIT', victims: [{ age: '១២' }] });
    expect(draft).toEqual({
      key: 'new:HIT',
      values: { team: 'HIT', victims: [{ age: '១២' }] },
      savedAt: '2025-04-01T08:00:00.000Z',
    });
    repo.save(EDIT_KEY, { narrative: 'half typed' });
    repo.save('new:HIT', { team: 'HIT', narrative: 'second go' });

    const reopened = open();
    expect(reopened.get('new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'second go' });
    expect(reopened.get(EDIT_KEY)?.values).toEqual({ narrative: 'half typed' });
    expect(reopened.get('new:OVA')).toBeNull();
    expect(rows()).toEqual([
      { key: EDIT_KEY, saved_at: '2025-04-01T08:00:00.000Z', revision: 1 },
      { key: 'new:HIT', saved_at: '2025-04-01T08:00:00.000Z', revision: 2 },
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
    expect(repo.discard('new:OVA')).toBeNull();
    expect(dbSnapshot(vault().db)).toEqual(before);
    repo.save('new:OVA', { team: 'OVA' });
    expect(repo.discard('new:OVA')).toBeNull();
    expect(open().get('new:OVA')).toBeNull();
    expect(rows()).toEqual([]);
  });

  describe('a draft row that fails its integrity check', () => {
    const flipLast = (bytes: Uint8Array) => {
      const copy = Buffer.from(bytes);
      copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0x01;
      return copy;
    };
    it.each<[string, (content: Uint8Array, other: Uint8Array) => [string, SqlValue[]]]>([
      ['a flipped byte', (content) => ['UPDATE drafts SET content = ? WHERE key = ?', [flipLast(content), 'new:HIT']]],
      [
        'another draft’s content copied in',
        (_content, other) => ['UPDATE drafts SET content = ? WHERE key = ?', [other, 'new:HIT']],
      ],
      ['its revision changed', () => ['UPDATE drafts SET revision = 5 WHERE key = ?', ['new:HIT']]],
      [
        'sealed with another key',
        () => [
          'UPDATE drafts SET content = ? WHERE key = ?',
          [
            testVault(dir, testKey()).seal(
              { table: 'drafts', id: 'new:HIT', year: 0, revision: 1 },
              { key: 'new:HIT', values: {}, savedAt: '2025-04-01T08:00:00.000Z' },
            ),
            'new:HIT',
          ],
        ],
      ],
    ])('is refused with %s, naming the draft, and reading it changes nothing', (_label, tamper) => {
      const repo = open();
      repo.save('new:HIT', { team: 'HIT', narrative: 'typed' });
      repo.save('new:OVA', { team: 'OVA' });
      const content = (k: string) =>
        vault().db.prepare('SELECT content FROM drafts WHERE key = ?').get(k)?.content as Uint8Array;
      const [sql, params] = tamper(content('new:HIT'), content('new:OVA'));
      vault()
        .db.prepare(sql)
        .run(...params);
      const before = dbSnapshot(vault().db);

      let failure: unknown;
      try {
        open().get('new:HIT');
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
      expect(open().get('new:OVA')?.values).toEqual({ team: 'OVA' });
      open().save('new:HIT', { team: 'HIT', narrative: 'typed again' });
      expect(open().get('new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'typed again' });
    });
  });
});
