import { AppFailure } from '../../shared/ipc/result';
import type { Account } from '../../shared/schemas/accounts';
import type { FeatureHandlers, Unlocked } from '../ipc/handler-kit';
import type { Session } from '../session/session';
import type { DataKey } from '../storage/sealed-codec';
import type { RecordAccess } from '../session/handlers';
import { signedIn, type AccountsRepository } from './accounts-repository';

type AccountsChannel =
  | 'accounts:list'
  | 'accounts:add'
  | 'accounts:update'
  | 'accounts:disable'
  | 'accounts:enable'
  | 'accounts:resetPassphrase'
  | 'accounts:reissueRecoveryKey'
  | 'accounts:rotateKey';

const lastAdministrator = () =>
  new AppFailure('conflict', 'This is the last administrator who can sign in: add or enable another one first.', {
    reason: 'last-administrator',
  });

/** Administrators keep this PC's accounts: each account's key slot in the key file, its role and teams sealed in the database. */
export function accountsHandlers(
  unlocked: Unlocked<AccountsRepository>,
  session: Session,
  record: RecordAccess,
  /** Re-seals the whole database from one data key to the next (one transaction). */
  reseal: (from: DataKey, to: DataKey) => void,
): FeatureHandlers<AccountsChannel> {
  /** The one signed in sees their own change at once (a new role or teams). */
  const refresh = (account: Account) => {
    if (session.user().id === account.id) session.setUser(signedIn(account));
    return account;
  };
  const staysAdministered = (repo: AccountsRepository, account: Account, next: Partial<Account>) => {
    const loses =
      account.role === 'administrator' &&
      !account.disabled &&
      (next.disabled === true || (next.role !== undefined && next.role !== 'administrator'));
    if (loses && repo.activeAdministrators() <= 1) throw lastAdministrator();
  };

  return {
    'accounts:list': unlocked((repo) => repo.list()),
    'accounts:add': unlocked(async (repo, { displayName, teams, role, passphrase }) => {
      const account = repo.create({ displayName, teams, role }, session.user().displayName);
      await session.setSlot(account.id, displayName, passphrase);
      record('account-add', { target: displayName });
      return account;
    }),
    'accounts:update': unlocked(async (repo, { id, ...change }) => {
      const before = repo.require(id);
      staysAdministered(repo, before, change);
      const after = repo.update(id, change);
      if (!after.disabled && after.displayName !== before.displayName) await session.renameSlot(id, after.displayName);
      record('account-update', { target: after.displayName });
      return refresh(after);
    }),
    'accounts:disable': unlocked(async (repo, { id }) => {
      const before = repo.require(id);
      if (id === session.user().id) {
        throw new AppFailure('conflict', 'You cannot disable your own account.', { reason: 'own-account' });
      }
      staysAdministered(repo, before, { disabled: true });
      const after = repo.update(id, { disabled: true });
      await session.removeSlot(id);
      record('account-disable', { target: after.displayName });
      return after;
    }),
    'accounts:enable': unlocked(async (repo, { id, passphrase }) => {
      const after = repo.update(id, { disabled: false });
      await session.setSlot(id, after.displayName, passphrase);
      record('account-enable', { target: after.displayName });
      return after;
    }),
    'accounts:resetPassphrase': unlocked(async (repo, { id, passphrase }) => {
      const account = repo.require(id);
      if (account.disabled)
        throw new AppFailure('conflict', 'This account is disabled: enable it, with a new passphrase.', {
          reason: 'disabled-account',
        });
      await session.setSlot(id, account.displayName, passphrase);
      record('account-passphrase', { target: account.displayName });
      return account;
    }),
    'accounts:reissueRecoveryKey': unlocked(async () => {
      const result = await session.reissueRecoveryKey();
      record('recovery-reissue');
      return result;
    }),
    'accounts:rotateKey': unlocked(async () => {
      const result = await session.rotate(reseal);
      record('key-rotate');
      return result;
    }),
  };
}
