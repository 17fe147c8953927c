import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/schemas/settings';
import { I18nProvider } from '../i18n/i18n';
import { api, ApiError, unwrap } from '../lib/api';
import { ErrorBanner } from './error-banner';
import { RouterProvider } from './router';
import { Screens } from './screens';

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
      {settings ? (
        <RouterProvider>
          <Screens settings={settings} onSettings={setSettings} />
        </RouterProvider>
      ) : null}
    </I18nProvider>
  );
}
