import { useEffect, useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import type { Account } from '../../../shared/schemas/accounts';
import { useConfirm } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { RecoveryKeyNotice } from '../../components/recovery-key-notice';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { useApiResult } from '../../lib/use-api-result';
import { accountError } from './account-error';
import { AccountsTable } from './accounts-table';
import { AddAccount } from './add-account';
import { EditAccountDialog, PassphraseDialog } from './account-dialogs';
import { DataKeySection, RecoveryKeySection } from './key-sections';
import './accounts.css';

type Editing = { kind: 'edit' | 'enable' | 'reset'; account: Account };
type Translate = ReturnType<typeof useI18n>['t'];
/** What was done, said in the language on screen (which may change while it is shown). */
type Said = (t: Translate) => string;

/**
 * Administrators keep this PC's accounts: who can sign in, for which teams, with which role;
 * an account is disabled rather than removed, so what it saved keeps its name.
 */
export function AccountsPage() {
  const { t } = useI18n();
  const id = useId();
  const session = useSession();
  const { value: accounts, error: listError, reload } = useApiResult(() => api.accounts.list({}), []);
  const [editing, setEditing] = useState<Editing>();
  const [message, setMessage] = useState<Said>();
  // After a change the control used is gone or emptied: focus goes to the message that says what was done.
  const said = useRef<HTMLParagraphElement>(null);
  const [focusSaid, setFocusSaid] = useState(0);
  useEffect(() => {
    if (focusSaid > 0) said.current?.focus();
  }, [focusSaid]);
  const [failure, setFailure] = useState<AppError>();
  const [recoveryKey, setRecoveryKey] = useState<string>();
  const [confirmDialog, ask] = useConfirm();
  const error = failure ?? listError;

  const changed = (account: Account, said: Said) => {
    setEditing(undefined);
    setFailure(undefined);
    setMessage(() => said);
    // The button or dialog used is gone or changed (Disable became Enable): focus goes to what was done.
    setFocusSaid((n) => n + 1);
    reload();
    // The header and the navigation follow a change to the signed-in account at once.
    const status = session?.status;
    if (status?.user?.id === account.id) {
      const { id: userId, displayName, teams, role } = account;
      session?.setStatus({ ...status, user: { id: userId, displayName, teams, role } });
    }
  };

  /** Another change begins: what the last one was told is no longer about what is on screen. */
  const start = (next: Editing) => {
    setMessage(undefined);
    setFailure(undefined);
    setEditing(next);
  };

  const disable = async (account: Account) => {
    setMessage(undefined);
    setFailure(undefined);
    const name = account.displayName;
    const yes = await ask({
      title: t('accounts.disable.title', { name }),
      body: t('accounts.disable.confirm', { name }),
      confirm: t('accounts.disable'),
      cancel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    const result = await api.accounts.disable({ id: account.id });
    if (result.ok) changed(result.value, (tr) => tr('accounts.disabled', { name }));
    else setFailure(accountError(result.error));
  };

  /**
   * A new recovery key is shown once: until it is said to be kept, it is one never confirmed
   * (as main has it), so leaving its sheet by the menu leaves the reminder above every screen.
   */
  const issued = (key: string) => {
    setRecoveryKey(key);
    if (session) session.setStatus({ ...session.status, recoveryKeyUnconfirmed: new Date().toISOString() });
  };

  if (recoveryKey) {
    return (
      <div className="accounts-page">
        <RecoveryKeyNotice
          inline
          recoveryKey={recoveryKey}
          onConfirmed={(next) => {
            setRecoveryKey(undefined);
            session?.setStatus(next);
          }}
        />
      </div>
    );
  }

  const name = editing?.account.displayName ?? '';
  return (
    <div className="accounts-page">
      <h2 id={`${id}-title`} className="page-title">
        {t('accounts.title')}
      </h2>
      <p className="hint">{t('accounts.intro')}</p>
      {message ? (
        <p role="status" className="ok" tabIndex={-1} ref={said}>
          {message(t)}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
      {accounts ? (
        <AccountsTable
          accounts={accounts}
          labelledBy={`${id}-title`}
          signedInId={session?.status.user?.id}
          onEdit={(account) => start({ kind: 'edit', account })}
          onReset={(account) => start({ kind: 'reset', account })}
          onEnable={(account) => start({ kind: 'enable', account })}
          onDisable={(account) => void disable(account)}
        />
      ) : null}
      <AddAccount
        onAttempt={() => {
          setMessage(undefined);
          setFailure(undefined);
        }}
        onAdded={(account) => {
          changed(account, (tr) =>
            tr('accounts.added', { name: account.displayName, role: tr(`role.${account.role}`) }),
          );
        }}
      />
      <RecoveryKeySection onIssued={issued} />
      <DataKeySection onIssued={issued} />
      {editing?.kind === 'edit' ? (
        <EditAccountDialog
          account={editing.account}
          onCancel={() => setEditing(undefined)}
          onDone={(account) => changed(account, (tr) => tr('accounts.updated', { name: account.displayName }))}
        />
      ) : null}
      {editing?.kind === 'enable' || editing?.kind === 'reset' ? (
        <PassphraseDialog
          account={editing.account}
          purpose={editing.kind}
          onCancel={() => setEditing(undefined)}
          onDone={(account) => {
            const done = editing.kind === 'enable' ? 'accounts.enabled' : 'accounts.reset.done';
            changed(account, (tr) => tr(done, { name }));
          }}
        />
      ) : null}
      {confirmDialog}
    </div>
  );
}
