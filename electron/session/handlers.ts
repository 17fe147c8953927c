import type { FeatureHandlers } from '../ipc/handler-kit';
import { assertNoOrphanedStores, sealPlainStores } from '../migration/seal-stores';
import { sealedCodec } from '../storage/sealed-codec';
import type { Session } from './session';

type SessionChannel =
  | 'session:status'
  | 'session:setup'
  | 'session:unlock'
  | 'session:unlockWithRecovery'
  | 'session:lock'
  | 'session:changePassphrase'
  | 'session:setAutoLock';

/** Set-up, unlock and lock of the data key; all answered while locked. */
export function sessionHandlers(dir: string, session: Session): FeatureHandlers<SessionChannel> {
  return {
    'session:status': () => session.status(),
    'session:setup': async ({ passphrase }) => {
      assertNoOrphanedStores(dir);
      const { recoveryKey } = await session.setup(passphrase);
      sealPlainStores(
        dir,
        sealedCodec(() => session.dataKey()),
      );
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
  };
}
