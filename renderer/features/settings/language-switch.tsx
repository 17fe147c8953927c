import { useId, useState } from 'react';
import { DIGITS } from '../../../shared/i18n/format';
import { LANGUAGES } from '../../../shared/i18n/translate';
import type { AppError } from '../../../shared/ipc/result';
import type { Settings } from '../../../shared/schemas/settings';
import { ErrorBanner } from '../../components/error-banner';
import { useI18n } from '../../lib/i18n';
import { api } from '../../lib/api';

type Choice = Partial<Pick<Settings, 'language' | 'digits'>>;

/**
 * English or Khmer, and Latin or Khmer digits. The screen changes at once; the choice is
 * saved for this PC and put back if saving fails.
 */
export function LanguageSwitch({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [error, setError] = useState<AppError>();

  const choose = async (choice: Choice) => {
    onSaved({ ...settings, ...choice });
    const result = await api.settings.update(choice);
    if (result.ok) {
      setError(undefined);
      onSaved(result.value);
    } else {
      setError(result.error);
      onSaved(settings);
    }
  };

  return (
    <div className="language-switch">
      <div className="switch" role="group" aria-labelledby={`${id}-language`}>
        <span id={`${id}-language`} className="switch-label">
          {t('settings.language')}
        </span>
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            className="secondary"
            aria-pressed={settings.language === language}
            onClick={() => void choose({ language })}
          >
            {t(`language.${language}`)}
          </button>
        ))}
      </div>
      <div className="switch">
        <label htmlFor={`${id}-digits`} className="switch-label">
          {t('settings.digits')}
        </label>
        <select
          id={`${id}-digits`}
          value={settings.digits}
          onChange={(e) => void choose({ digits: DIGITS.find((d) => d === e.target.value) ?? 'latin' })}
        >
          {DIGITS.map((digits) => (
            <option key={digits} value={digits}>
              {t(`settings.digits.${digits}`)}
            </option>
          ))}
        </select>
      </div>
      {error ? <ErrorBanner error={error} /> : null}
    </div>
  );
}
