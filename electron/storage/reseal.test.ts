import { describe, expect, it } from 'vitest';
import { AccountsRepository } from '../accounts/accounts-repository';
import { tempDir } from '../testing/temp-dir';
import { testVault } from '../testing/test-vault';
import { SEALED_TABLES } from './reseal';

describe('re-sealing for a new data key', () => {
  it('knows every sealed column the database has (year snapshots are only caches, dropped)', () => {
    const vault = testVault(tempDir('reseal-schema'));
    new AccountsRepository(vault);
    const db = vault.db;
    const blobs = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all()
      .flatMap((t) =>
        db
          .prepare(`PRAGMA table_info("${String(t.name)}")`)
          .all()
          .filter((c) => String(c.type).toUpperCase() === 'BLOB')
          .map((c) => `${String(t.name)}.${String(c.name)}`),
      )
      .filter((column) => !column.startsWith('year_caches.'));
    const known = SEALED_TABLES.flatMap((t) => Object.keys(t.columns).map((c) => `${t.table}.${c}`));
    expect(blobs.sort()).toEqual(known.sort());
  });
});
