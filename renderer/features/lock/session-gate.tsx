import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionStatus } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { api, onLocked } from '../../lib/api';
import { RecoveryKeyNotice } from './recovery-key-notice';
import { SessionContext, type SessionControls } from '../../lib/session';
import { useApiResult } from '../../lib/use-api-result';
import { SetupScreen } from './setup-screen';
import { UnlockScreen } from './unlock-screen';
import { useIdleLock } from './use-idle-lock';
import './lock.css';

interface GateProps {
  children: ReactNode;
  lockedHeader?: ReactNode;
}

/**
 * Nothing of the app is shown until the data is unlocked: first-run set-up, then the
 * one-time recovery key, or the unlock screen. Locking (by hand, when idle, or told by
 * main) unmounts the whole app below, so no decrypted data stays in the page.
 */
export function SessionGate(props: GateProps) {
  const { value: status, error } = useApiResult(() => api.session.status({}), []);
  if (error) return <ErrorBanner error={error} />;
  if (!status) return null;
  return <Session initial={status} {...props} />;
}

/** The session from main's first answer on; every screen and lock after it changes `status` here. */
function Session({ initial, children, lockedHeader }: GateProps & { initial: SessionStatus }) {
  const [status, setStatus] = useState(initial);
  const [recoveryKey, setRecoveryKey] = useState<string>();
  const [lockedItself, setLockedItself] = useState(false);
  const [generation, setGeneration] = useState(0);

  const locked = useCallback((byItself: boolean) => {
    setStatus((s) => ({ ...s, state: 'locked' }));
    setLockedItself(byItself);
    setGeneration((g) => g + 1);
  }, []);
  useEffect(() => onLocked(() => locked(true)), [locked]);

  const lock = useCallback(async () => {
    locked(false);
    const result = await api.session.lock({});
    if (result.ok) setStatus(result.value);
  }, [locked]);
  const idle = useCallback(() => {
    locked(true);
    void api.session.lock({});
  }, [locked]);

  const controls = useMemo<SessionControls>(
    () => ({
      status,
      lock,
      refresh: () => setGeneration((g) => g + 1),
      setStatus,
    }),
    [status, lock],
  );

  const screen =
    status.state === 'setup' ? (
      <SetupScreen
        onDone={(key, next) => {
          setRecoveryKey(key);
          setStatus(next);
        }}
      />
    ) : recoveryKey ? (
      <RecoveryKeyNotice recoveryKey={recoveryKey} onConfirmed={() => setRecoveryKey(undefined)} />
    ) : status.state === 'locked' ? (
      <UnlockScreen
        status={status}
        lockedItself={lockedItself}
        onUnlocked={(next) => {
          setLockedItself(false);
          setStatus(next);
        }}
      />
    ) : undefined;
  if (screen) {
    return (
      <>
        {lockedHeader ? <div className="locked-header">{lockedHeader}</div> : null}
        {screen}
      </>
    );
  }
  return (
    <SessionContext.Provider value={controls}>
      <IdleLock minutes={status.autoLockMinutes} onIdle={idle} />
      <Fragment key={generation}>{children}</Fragment>
    </SessionContext.Provider>
  );
}

function IdleLock({ minutes, onIdle }: { minutes: number; onIdle: () => void }) {
  useIdleLock(minutes, onIdle);
  return null;
}
