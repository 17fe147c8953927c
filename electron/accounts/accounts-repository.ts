import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../shared/ipc/result';
import { Account, type Role, type SignedIn } from '../../shared/schemas/accounts';
import type { Team } from '../../shared/domain/teams';
import { guarded } from '../storage/case-db';
import type { Vault } from '../storage/vault';

const place = (id: string, revision: number) => ({ table: 'accounts', id, year: 0, revision });

export interface NewAccount {
  displayName: string;
  teams: Team[];
  role: Role;
}

export const signedIn = (a: Account): SignedIn => ({
  id: a.id,
  displayName: a.displayName,
  teams: a.teams,
  role: a.role,
});

/**
 * Cyrillic and Greek letters drawn as Latin ones (from Unicode's confusables, capitals and small
 * letters each read as the Latin letter they look like, before letter case is set aside):
 * `Chеa` with a Cyrillic `е`, or `SOKНA` with a Cyrillic `Н`, reads as `Chea` or `SOKHA` in the
 * sign-in list and the access log, so it names the same person.
 */
const LOOK_ALIKES: Record<string, string> = Object.fromEntries(
  [
    ['АΑ', 'A'],
    ['ВΒ', 'B'],
    ['СϹ', 'C'],
    ['ЕΕ', 'E'],
    ['НΗ', 'H'],
    ['ІΙӀ', 'I'],
    ['ЈͿ', 'J'],
    ['КΚ', 'K'],
    ['МΜ', 'M'],
    ['Ν', 'N'],
    ['ОΟ', 'O'],
    ['РΡ', 'P'],
    ['Ѕ', 'S'],
    ['ТΤ', 'T'],
    ['ХΧ', 'X'],
    ['УΥ', 'Y'],
    ['Ζ', 'Z'],
    ['аα', 'a'],
    ['сϲ', 'c'],
    ['ԁ', 'd'],
    ['е', 'e'],
    ['һ', 'h'],
    ['іιӏ', 'i'],
    ['ј', 'j'],
    ['оο', 'o'],
    ['рρ', 'p'],
    ['ԛ', 'q'],
    ['ѕ', 's'],
    ['υ', 'u'],
    ['νѵ', 'v'],
    ['ԝ', 'w'],
    ['х', 'x'],
    ['у', 'y'],
  ].flatMap(([from, to]) => [...(from ?? '')].map((c) => [c, to ?? c])),
);

/**
 * A name as people read it: Unicode-normalised with compatibility forms folded (full-width
 * `Ｃｈｅａ` is `Chea`), invisible characters (the zero-width spaces and joiners Khmer typing
 * puts between words, Khmer's silent inherent vowels) taken as spaces, spaces collapsed, letter
 * case aside, Cyrillic and Greek look-alikes read as the Latin letters they look like; and in
 * Khmer, which writers space (or not) between the parts of a name as they please, no spaces at
 * all (ចាន់ សុភា is ចាន់សុភា).
 */
const sameName = (name: string) =>
  name
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]|\u17B4|\u17B5/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u1780-\u17ff]) | (?=[\u1780-\u17ff])/g, '')
    .replace(/[\u0370-\u03ff\u0400-\u052f]/g, (c) => LOOK_ALIKES[c] ?? c)
    .toLowerCase();

/** The accounts' table, made on first use (a database from before accounts has none). */
export const ACCOUNTS_TABLE =
  'CREATE TABLE IF NOT EXISTS accounts (id TEXT PRIMARY KEY, revision INTEGER NOT NULL, content BLOB NOT NULL)';

/**
 * This PC's accounts, one sealed row each in the case database: the role, teams and whether it
 * may sign in can only be changed by someone holding the data key (the key file, which the
 * sign-in screen reads while locked, holds only names and wrapped keys).
 */
export class AccountsRepository {
  readonly #vault: Vault;
  readonly #now: () => Date;

  constructor(vault: Vault, now: () => Date = () => new Date()) {
    this.#vault = vault;
    this.#now = now;
    guarded(() => vault.db.exec(ACCOUNTS_TABLE));
  }

  list(): Account[] {
    return guarded(() =>
      this.#vault.db
        .prepare('SELECT id, revision, content FROM accounts')
        .all()
        .map((row) => this.#open(String(row.id), Number(row.revision), row.content)),
    ).sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  get(id: string): Account | undefined {
    return guarded(() => {
      const row = this.#vault.db.prepare('SELECT revision, content FROM accounts WHERE id = ?').get(id);
      return row ? this.#open(id, Number(row.revision), row.content) : undefined;
    });
  }

  /** The account or a `not-found` failure. */
  require(id: string): Account {
    const account = this.get(id);
    if (!account) throw new AppFailure('not-found', 'This account does not exist on this PC.');
    return account;
  }

  create(account: NewAccount, by: string, id: string = randomUUID()): Account {
    this.#assertNameFree(account.displayName, id);
    return this.#put({ ...account, id, disabled: false, createdAt: this.#now().toISOString(), createdBy: by });
  }

  update(id: string, change: Partial<Pick<Account, 'displayName' | 'teams' | 'role' | 'disabled'>>): Account {
    const current = this.require(id);
    if (change.displayName !== undefined && sameName(change.displayName) !== sameName(current.displayName)) {
      this.#assertNameFree(change.displayName, id);
    }
    return this.#put({ ...current, ...change });
  }

  /**
   * Each account's name tells it apart at sign-in, on summaries and in the access log: a name
   * another account has (letter case and spaces aside) is refused. Names two accounts already
   * share (from before this check) stay as they are until one is renamed.
   */
  #assertNameFree(displayName: string, id: string): void {
    const wanted = sameName(displayName);
    const holder = this.list().find((a) => a.id !== id && sameName(a.displayName) === wanted);
    if (holder) {
      throw new AppFailure('conflict', `Another account on this PC is already called ${holder.displayName}.`, {
        reason: 'name-taken',
        name: holder.displayName,
      });
    }
  }

  /** Administrators left who can sign in: the last one is never disabled or demoted. */
  activeAdministrators(): number {
    return this.list().filter((a) => a.role === 'administrator' && !a.disabled).length;
  }

  #put(account: Account): Account {
    const checked = Account.parse(account);
    guarded(() => {
      const row = this.#vault.db.prepare('SELECT revision FROM accounts WHERE id = ?').get(checked.id);
      const revision = (row ? Number(row.revision) : 0) + 1;
      this.#vault.db
        .prepare(
          'INSERT INTO accounts (id, revision, content) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, content = excluded.content',
        )
        .run(checked.id, revision, this.#vault.seal(place(checked.id, revision), checked));
    });
    return checked;
  }

  #open(id: string, revision: number, content: unknown): Account {
    return this.#vault.open<Account>(place(id, revision), content, `account ${id}`);
  }
}
