import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/schemas/settings';
import { SessionGate } from '../features/lock/session-gate';
import { LanguageSwitch } from '../features/settings/language-switch';
import { I18nProvider } from '../lib/i18n';
import { api, ApiError, unwrap } from '../lib/api';
import { ErrorBanner } from '../components/error-banner';
import { RouterProvider } from '../lib/router';
import { Screens } from './screens';

/** Loads this PC's settings, then shows the app in the chosen language once the data is unlocked. */
export function App() {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    unwrap(api.settings.get({})).then(setSettings, (e: unknown) => {
      if (e instanceof ApiError) setError(e);
      else throw e;
    });
  }, []);

  // Screen readers, fonts and line breaking follow the page's language.
  const language = settings?.language ?? 'en';
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <I18nProvider language={language} digits={settings?.digits ?? 'latin'}>
      {error ? <ErrorBanner error={error.error} /> : null}
      {settings ? (
        <SessionGate lockedHeader={<LanguageSwitch settings={settings} onSaved={setSettings} />}>
          <RouterProvider>
            <Screens settings={settings} onSettings={setSettings} />
          </RouterProvider>
        </SessionGate>
      ) : null}
    </I18nProvider>
  );
}
