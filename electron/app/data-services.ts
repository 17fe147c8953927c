import { AppFailure } from '../../shared/ipc/result';
import type { PcRef } from '../../shared/schemas/case';
import { CaseRepository } from '../cases/case-repository';
import { DraftsRepository } from '../drafts/drafts-repository';
import { ImportService } from '../exchange/import-service';
import type { Session } from '../session/session';
import { withBackups } from '../storage/backed-up-location';
import { Backups } from '../storage/backups';
import { sealedCodec } from '../storage/sealed-codec';
import type { HostStorage } from '../storage/store-location';
import { YearSettingsRepository } from '../years/year-settings-repository';
import { BackupService, isBackedUp } from './backup-service';

/** Everything that reads or writes case data; it exists only while the app is unlocked. */
export interface DataServices {
  cases: CaseRepository;
  drafts: DraftsRepository;
  years: YearSettingsRepository;
  imports: ImportService;
  backups: BackupService;
}

export interface DataDeps {
  now: () => Date;
  /** This PC, stamped as the origin of every summary entered here. */
  origin: () => PcRef;
  /** Where a failed backup is reported (the store name only, never data). */
  logError?: (what: string, error: unknown) => void;
}

/**
 * Opens the encrypted stores (year files with their backups, drafts, year settings) on
 * unlock and forgets them, with every cached record and import preview, on lock.
 */
export class DataAccess {
  readonly #storage: HostStorage;
  readonly #session: Session;
  readonly #deps: DataDeps;
  #open: DataServices | undefined;

  constructor(storage: HostStorage, session: Session, deps: DataDeps) {
    this.#storage = storage;
    this.#session = session;
    this.#deps = deps;
    session.onChange(() => this.reset());
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

  /** Drops every cache; the next call reads the files afresh (after a lock or a restore). */
  reset(): void {
    this.#open = undefined;
  }

  #build(): DataServices {
    const { now, origin, logError } = this.#deps;
    const codec = sealedCodec(() => this.#session.dataKey());
    const sealed = this.#storage.location(codec);
    const backups = new Backups(this.#storage.dir, now);
    const onBackupError = (name: string, error: unknown) => logError?.(`backup of ${name}`, error);
    const years = new YearSettingsRepository(sealed, now);
    const assertOpen = (...list: number[]) => years.assertOpen(...list);
    const cases = new CaseRepository(withBackups(sealed, backups, isBackedUp, onBackupError), now, { assertOpen, origin });
    return {
      cases,
      years,
      drafts: new DraftsRepository(sealed, now),
      imports: new ImportService(cases, assertOpen, now),
      backups: new BackupService(this.#storage.dir, backups, codec, () => sealed.names()),
    };
  }
}
