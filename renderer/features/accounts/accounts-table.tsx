import type { Account } from '../../../shared/schemas/accounts';
import { useI18n } from '../../lib/i18n';

interface Props {
  accounts: readonly Account[];
  labelledBy: string;
  /** The administrator's own account: they cannot disable it (they would lock themselves out). */
  signedInId: string | undefined;
  onEdit: (account: Account) => void;
  onReset: (account: Account) => void;
  onEnable: (account: Account) => void;
  onDisable: (account: Account) => void;
}

/** Every account of this PC, disabled ones too, with what can be done to each. */
export function AccountsTable({ accounts, labelledBy, signedInId, onEdit, onReset, onEnable, onDisable }: Props) {
  const { t } = useI18n();
  const byName = [...accounts].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return (
    <table className="accounts" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('account.displayName')}</th>
          <th scope="col">{t('account.teams')}</th>
          <th scope="col">{t('account.role')}</th>
          <th scope="col">{t('accounts.state')}</th>
          <th scope="col">{t('accounts.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {byName.map((account) => {
          const name = account.displayName;
          return (
            <tr key={account.id} className={account.disabled ? 'disabled' : undefined}>
              <th scope="row">{name}</th>
              <td>{account.teams.join(', ')}</td>
              <td>{t(`role.${account.role}`)}</td>
              <td>{account.disabled ? t('accounts.state.disabled') : t('accounts.state.enabled')}</td>
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('accounts.edit.label', { name })}
                    onClick={() => onEdit(account)}
                  >
                    {t('accounts.edit')}
                  </button>
                  {account.disabled ? (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('accounts.enable.label', { name })}
                      onClick={() => onEnable(account)}
                    >
                      {t('accounts.enable')}
                    </button>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t('accounts.reset.label', { name })}
                        onClick={() => onReset(account)}
                      >
                        {t('accounts.reset')}
                      </button>
                      {account.id === signedInId ? null : (
                        <button
                          type="button"
                          className="danger"
                          aria-label={t('accounts.disable.label', { name })}
                          onClick={() => onDisable(account)}
                        >
                          {t('accounts.disable')}
                        </button>
                      )}
                    </>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
