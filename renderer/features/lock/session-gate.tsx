import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/ipc/result';
import type { SessionStatus } from '../../../shared/schemas/session';
import { ErrorBanner } from '../../components/error-banner';
import { api, onLocked } from '../../lib/api';
import { finishBeforeLock } from '../../lib/before-lock';
import { RecoveryKeyNotice } from '../../components/recovery-key-notice';
import { SessionContext, type SessionControls } from '../../lib/session';
import { useApiResult } from '../../lib/use-api-result';
import { SetupScreen } from './setup-screen';
import { SignInScreen } from './sign-in-screen';
import { useIdleLock } from './use-idle-lock';
import './lock.css';

interface GateProps {
  children: ReactNode;
  lockedHeader?: ReactNode;
}

/**
 * Nothing of the app is shown until an officer signs in: first-run set-up of the first
 * administrator, then the one-time recovery key, or the sign-in screen. Signing out, the idle
 * lock and a lock told by main unmount the whole app below, so no decrypted data stays in the page.
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
  // Who was working when the app locked: the sign-in screen chooses them again.
  const [lastAccountId, setLastAccountId] = useState(initial.user?.id);
  if (status.user && status.user.id !== lastAccountId) setLastAccountId(status.user.id);

  const locked = useCallback((byItself: boolean) => {
    setStatus((s) => ({ ...s, state: 'locked', user: null }));
    setLockedItself(byItself);
    setGeneration((g) => g + 1);
  }, []);
  // Main's answer carries who can sign in now (an administrator may have added someone).
  const answered = useCallback((result: Result<SessionStatus>) => {
    if (result.ok && result.value.state === 'locked') setStatus(result.value);
  }, []);
  useEffect(
    () =>
      onLocked(() => {
        locked(true);
        void api.session.status({}).then(answered);
      }),
    [locked, answered],
  );

  // What the officer typed a moment ago is sent as a draft first (see `beforeLock`), then the
  // screen is hidden at once, and main locks once the draft is kept.
  const lock = useCallback(async () => {
    const kept = finishBeforeLock();
    locked(false);
    await kept;
    answered(await api.session.lock({}));
  }, [locked, answered]);
  const idle = useCallback(() => {
    const kept = finishBeforeLock();
    locked(true);
    void kept.then(() => api.session.lock({ idle: true })).then(answered);
  }, [locked, answered]);

  const controls = useMemo<SessionControls>(
    () => ({
      status,
      lock,
      refresh: () => setGeneration((g) => g + 1),
      generation,
      setStatus,
    }),
    [status, lock, generation],
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
      <RecoveryKeyNotice
        recoveryKey={recoveryKey}
        onConfirmed={(next) => {
          setRecoveryKey(undefined);
          setStatus(next);
        }}
      />
    ) : status.state === 'locked' ? (
      <SignInScreen
        key={status.accounts.map((a) => a.id).join()}
        status={status}
        lockedItself={lockedItself}
        // After the idle or OS lock the same officer comes back; after signing out, someone else may.
        lastAccountId={lockedItself ? lastAccountId : undefined}
        onSignedIn={(next) => {
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
      {children}
    </SessionContext.Provider>
  );
}

function IdleLock({ minutes, onIdle }: { minutes: number; onIdle: () => void }) {
  useIdleLock(minutes, onIdle);
  return null;
}
