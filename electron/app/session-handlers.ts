import type { Handlers } from '../ipc/dispatcher';
import type { Session } from '../session/session';
import { sealedCodec } from '../storage/sealed-codec';
import type { DataAccess } from './data-services';
import { assertNoOrphanedStores, sealPlainStores } from '../migration/seal-stores';

type SessionChannel =
  | 'session:status'
  | 'session:setup'
  | 'session:unlock'
  | 'session:unlockWithRecovery'
  | 'session:lock'
  | 'session:changePassphrase'
  | 'session:setAutoLock'
  | 'backups:list'
  | 'backups:restore';

/** Set-up, unlock and lock of the data key, and the backups screen. */
export function sessionHandlers(dir: string, session: Session, data: DataAccess): Pick<Handlers, SessionChannel> {
  return {
    'session:status': () => session.status(),
    'session:setup': async ({ passphrase }) => {
      assertNoOrphanedStores(dir);
      const { recoveryKey } = await session.setup(passphrase);
      sealPlainStores(dir, sealedCodec(() => session.dataKey()));
      return { recoveryKey, status: session.status() };
    },
    'session:unlock': async ({ passphrase }) => {
      await session.unlock(passphrase);
      return session.status();
    },
    'session:unlockWithRecovery': async ({ recoveryKey, newPassphrase }) => {
      await session.unlockWithRecovery(recoveryKey, newPassphrase);
      return session.status();
    },
    'session:lock': () => {
      session.lock();
      return session.status();
    },
    'session:changePassphrase': async ({ current, next }) => {
      await session.changePassphrase(current, next);
      return session.status();
    },
    'session:setAutoLock': ({ minutes }) => session.setAutoLock(minutes),
    // Both work while the database in use is refused (damaged, or an older copy), as long as the key is here.
    'backups:list': () => {
      session.dataKey();
      return data.backups.list();
    },
    'backups:restore': async ({ sequence }) => {
      session.dataKey();
      return data.backups.restore(sequence);
    },
  };
}
