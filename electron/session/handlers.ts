import { randomUUID } from 'node:crypto';
import { TEAMS } from '../../shared/domain/teams';
import { AppFailure } from '../../shared/ipc/result';
import type { Account, AuditAction } from '../../shared/schemas/accounts';
import { signedIn, type AccountsRepository } from '../accounts/accounts-repository';
import type { SignInFailures } from '../accounts/sign-in-failures';
import type { FeatureHandlers } from '../ipc/handler-kit';
import { assertNoOrphanedStores, sealPlainStores } from '../migration/seal-stores';
import { sealedCodec } from '../storage/sealed-codec';
import { settingsTarget } from '../settings/settings-log';
import { LEGACY_ACCOUNT, type Session } from './session';

type SessionChannel =
  | 'session:status'
  | 'session:setup'
  | 'session:unlock'
  | 'session:unlockWithRecovery'
  | 'session:lock'
  | 'session:changePassphrase'
  | 'session:setAutoLock'
  | 'session:recoveryKeyKept';

/** Writes one entry of the access log as the signed-in account. */
export type RecordAccess = (action: AuditAction, detail?: { target?: string; count?: number }) => void;

export interface SessionDeps {
  dir: string;
  session: Session;
  /** The accounts, once the data key is here. */
  accounts: () => AccountsRepository;
  failures: SignInFailures;
  record: RecordAccess;
  /** A failed sign-in, written into the log at the next sign-in. */
  recordFailure: (accountId: string, at: string) => void;
  /** The name the PC passphrase of a folder from before accounts gives its administrator. */
  legacyName: () => string;
  now: () => Date;
  /**
   * A database that does not open (damaged, or an older copy): its failure, naming the newest
   * good backup when there is one. The key stays so that backups can be listed and restored.
   */
  offer: (error: unknown) => unknown;
  /** Work each sign-in starts (emptying the bin of what stayed past its time). */
  afterSignIn: () => void;
}

const DATABASE_REFUSED = ['store-unreadable', 'row-unreadable', 'database-older'];

/** Set-up, sign-in and sign-out; all answered while locked. */
export function sessionHandlers(deps: SessionDeps): FeatureHandlers<SessionChannel> {
  const { dir, session, accounts, record } = deps;

  const status = () => {
    const current = session.status();
    const name = deps.legacyName() || 'Administrator';
    return {
      ...current,
      accounts: current.accounts.map((a) => (a.id === LEGACY_ACCOUNT ? { ...a, displayName: name } : a)),
    };
  };

  /** After the key opened: who signed in, from the sealed accounts table; a disabled account is turned away. */
  const enter = async (accountId: string, passphrase: string, action: AuditAction) => {
    try {
      const repo = accounts();
      let account: Account | undefined;
      if (accountId === LEGACY_ACCOUNT) {
        // The PC passphrase becomes the administrator's account, once (a crash before the key file changed finds it again).
        account =
          repo.list().find((a) => a.createdBy === LEGACY_ACCOUNT) ??
          repo.create(
            { displayName: deps.legacyName() || 'Administrator', teams: [...TEAMS], role: 'administrator' },
            LEGACY_ACCOUNT,
          );
        await session.adoptLegacySlot(account.id, account.displayName, passphrase);
      } else account = repo.get(accountId);
      if (!account || account.disabled) {
        throw new AppFailure(
          'account-disabled',
          'This account is disabled on this PC. An administrator can enable it again.',
        );
      }
      session.setUser(signedIn(account));
      deps.failures.drain((failure) => deps.recordFailure(failure.accountId, failure.at));
      record(action);
      deps.afterSignIn();
    } catch (error) {
      const offered = deps.offer(error);
      if (offered instanceof AppFailure && DATABASE_REFUSED.includes(offered.code)) throw offered;
      session.lock();
      throw error;
    }
    return status();
  };

  const noteFailure = (accountId: string) => (error: unknown) => {
    if (error instanceof AppFailure && error.code === 'unlock-failed') {
      deps.failures.note({ accountId, at: deps.now().toISOString() });
    }
    throw error;
  };

  return {
    'session:status': status,
    'session:setup': async ({ displayName, teams, passphrase }) => {
      assertNoOrphanedStores(dir);
      const id = randomUUID();
      const { recoveryKey } = await session.setup(id, displayName, passphrase);
      sealPlainStores(
        dir,
        sealedCodec(() => session.dataKey()),
      );
      const account = accounts().create({ displayName, teams, role: 'administrator' }, displayName, id);
      session.setUser(signedIn(account));
      record('account-add', { target: displayName });
      record('sign-in');
      return { recoveryKey, status: status() };
    },
    'session:unlock': async ({ accountId, passphrase }) => {
      await session.unlock(accountId, passphrase).catch(noteFailure(accountId));
      return enter(accountId, passphrase, 'sign-in');
    },
    'session:unlockWithRecovery': async ({ accountId, recoveryKey, newPassphrase }) => {
      await session.unlockWithRecovery(accountId, recoveryKey, newPassphrase).catch(noteFailure(accountId));
      return enter(accountId, newPassphrase, 'recovery-used');
    },
    'session:lock': ({ idle }) => {
      session.lock(idle ? 'lock' : 'sign-out');
      return status();
    },
    'session:changePassphrase': async ({ current, next }) => {
      await session.changePassphrase(session.user().id, current, next);
      record('passphrase-change');
      return status();
    },
    'session:recoveryKeyKept': async () => {
      await session.confirmRecoveryKey();
      return status();
    },
    'session:setAutoLock': ({ minutes }) => {
      const before = status().autoLockMinutes;
      session.setAutoLock(minutes);
      const target = settingsTarget({ autoLockMinutes: before }, { autoLockMinutes: minutes });
      if (target !== undefined) record('settings-change', { target });
      return status();
    },
  };
}
