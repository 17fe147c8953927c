import { useId, useState } from 'react';
import type { AppError } from '../../../shared/ipc/result';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';
import { useApiResult } from '../../lib/use-api-result';

/** This PC's name in the unit, written into every data file it exports. */
export function PcNameSetting() {
  const { t } = useI18n();
  const id = useId();
  const settings = useApiResult(() => api.settings.get({}), []);
  // What the officer typed, else the saved name once it is read.
  const [typed, setTyped] = useState<string>();
  const name = typed ?? settings.value?.pcName ?? '';
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppError>();
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await api.settings.update({ pcName: name });
    setSaved(result.ok);
    setError(result.ok ? undefined : result.error);
  };
  return (
    <form className="card field" onSubmit={(e) => void save(e)}>
      <label htmlFor={`${id}-pc`}>{t('data.pcName')}</label>
      <div className="row">
        <input
          id={`${id}-pc`}
          maxLength={80}
          value={name}
          onChange={(e) => {
            setTyped(e.target.value);
            setSaved(false);
          }}
        />
        <button type="submit">{t('common.save')}</button>
      </div>
      <p className="muted">{t('data.pcName.hint')}</p>
      {saved ? (
        <p role="status" className="ok">
          {t('settings.saved')}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
    </form>
  );
}
