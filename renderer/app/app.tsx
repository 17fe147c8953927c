import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/schemas/settings';
import { CasesPage } from '../features/cases/cases-page';
import { OfficerSettings } from '../features/settings/officer-settings';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { api, ApiError, unwrap } from '../lib/api';
import { ErrorBanner } from './error-banner';

function Shell({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const { t } = useI18n();
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <OfficerSettings settings={settings} onSaved={onSettings} />
      </header>
      <main>
        <CasesPage />
      </main>
    </div>
  );
}

/** Loads this PC's settings, then shows the app in the chosen language. */
export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    unwrap(api.settings.get({})).then(setSettings, (e: unknown) => {
      if (e instanceof ApiError) setError(e);
      else throw e;
    });
  }, []);

  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings]);

  return (
    <I18nProvider language={settings?.language ?? 'en'}>
      {error ? <ErrorBanner error={error.error} /> : null}
      {settings ? <Shell settings={settings} onSettings={setSettings} /> : null}
    </I18nProvider>
  );
}
