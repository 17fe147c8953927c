import { AppFailure } from '../../shared/ipc/result';
import type { PcRef } from '../../shared/schemas/case';
import { AccountsRepository } from '../accounts/accounts-repository';
import { AuditLog } from '../audit/audit-log';
import { BackupService } from '../backups/backup-service';
import { CaseRepository } from '../cases/case-repository';
import { DraftsRepository } from '../drafts/drafts-repository';
import { ImportService } from '../exchange/import-service';
import { migrateLegacyFolder } from '../migration/migrate';
import type { Session } from '../session/session';
import { acquireCaseDb, guarded, readMeta, writeMeta } from '../storage/case-db';
import type { HostStorage } from '../storage/store-location';
import { createVault, type Vault } from '../storage/vault';
import { YearSettingsRepository } from '../years/year-settings-repository';
import { bumpGeneration } from '../backups/generation';
import { TotalsReports } from '../totals/totals-reports';

/** Everything that reads or writes case data; it exists only while the app is unlocked. */
export interface DataServices {
  accounts: AccountsRepository;
  audit: AuditLog;
  cases: CaseRepository;
  drafts: DraftsRepository;
  years: YearSettingsRepository;
  imports: ImportService;
  backups: BackupService;
  /** The annual totals reports, kept while unlocked and sealed on lock. */
  totals: TotalsReports;
}

export interface DataDeps {
  now: () => Date;
  /** This PC, stamped as the origin of every summary entered here. */
  origin: () => PcRef;
  /** Where a failed backup is reported (never data). */
  logError?: (what: string, error: unknown) => void;
}

/**
 * Opens the case database on unlock (migrating a folder of the release before it, checking
 * it is this PC's newest copy) and forgets every cached record and import preview on lock,
 * after taking a backup.
 */
export class DataAccess {
  readonly #storage: HostStorage;
  readonly #session: Session;
  readonly #deps: DataDeps;
  #open: DataServices | undefined;
  /** The generation was raised for this unlock: a rebuild after a refused write reads, it writes nothing. */
  #raised = false;
  readonly #backups: BackupService;

  constructor(storage: HostStorage, session: Session, deps: DataDeps) {
    this.#storage = storage;
    this.#session = session;
    this.#deps = deps;
    this.#backups = new BackupService(
      storage.dir,
      () => session.dataKey(),
      deps.now,
      () => this.reset(),
    );
    session.onBeforeLock((key, reason) => {
      if (!this.#open) return;
      const user = session.signedIn;
      if (user) {
        try {
          this.#open.audit.record({ accountId: user.id, actor: user.displayName, action: reason });
        } catch (error) {
          deps.logError?.('access log on lock', error);
        }
      }
      this.storeSnapshots();
      // Rows stay sealed in the copy; the key copy only checks that one row opens, then is wiped.
      const copy = { key: Buffer.from(key.key), keyId: key.keyId };
      this.#backups
        .take('lock', copy)
        .catch((error: unknown) => deps.logError?.('backup on lock', error))
        .finally(() => copy.key.fill(0));
    });
    session.onChange(() => {
      this.#raised = false;
      this.reset();
    });
  }

  /** The services, or a `locked` failure. */
  get(): DataServices {
    if (!this.#session.unlocked) {
      this.reset();
      throw new AppFailure('locked', 'The app is locked. Unlock it with your passphrase to continue.');
    }
    this.#open ??= this.#build();
    return this.#open;
  }

  /** The backup service, usable while locked only for taking a backup (on quit). */
  get backups(): BackupService {
    return this.#backups;
  }

  /** Keeps what the list and the totals read as one sealed snapshot a year, for the next unlock. */
  storeSnapshots(): void {
    try {
      this.#open?.cases.storeSnapshots();
      this.#open?.totals.store();
    } catch (error) {
      // Only a cache: the next unlock reads the rows one by one.
      this.#deps.logError?.('snapshots', error);
    }
  }

  /** Drops every cache; the next call reads the database afresh (after a lock or a restore). */
  reset(): void {
    this.#open?.imports.dispose();
    this.#open = undefined;
  }

  #build(): DataServices {
    const { now, origin } = this.#deps;
    const dir = this.#storage.dir;
    const db = acquireCaseDb(dir);
    const vault = createVault(db, () => this.#session.dataKey());
    this.#bind(vault);
    migrateLegacyFolder(this.#storage, vault, () => this.#session.dataKey(), now);
    const years = new YearSettingsRepository(vault, now);
    const assertOpen = (...list: number[]) => years.assertOpen(...list);
    const cases = new CaseRepository(vault, now, { assertOpen, closedYears: () => years.closedYears(), origin });
    this.#backups.daily().catch((error: unknown) => this.#deps.logError?.('daily backup', error));
    return {
      accounts: new AccountsRepository(vault, now),
      audit: new AuditLog(vault, now),
      cases,
      years,
      drafts: new DraftsRepository(vault, now),
      imports: new ImportService(cases, vault, assertOpen, now),
      backups: this.#backups,
      totals: new TotalsReports(cases, years, vault),
    };
  }

  /** The database belongs to this key, and is not an older copy of itself. */
  #bind(vault: Vault): void {
    const { keyId } = this.#session.dataKey();
    guarded(() => {
      const stored = readMeta(vault.db, 'keyId');
      if (stored !== undefined && stored !== keyId) {
        throw new AppFailure(
          'store-unreadable',
          'The case database was encrypted with a different key. It has not been changed.',
          {
            file: 'cases.db',
            reason: 'it was encrypted with a different key (from another PC or an earlier set-up)',
          },
        );
      }
      if (stored === undefined) writeMeta(vault.db, 'keyId', keyId);
    });
    if (this.#raised) return;
    bumpGeneration(this.#storage.dir, vault.db, (above) => this.#backups.newerThan(above));
    this.#raised = true;
  }
}
