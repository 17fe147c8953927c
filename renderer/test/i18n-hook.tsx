import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Digits } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/translate';
import { I18nProvider } from '../lib/i18n';

/** What `hook` returns inside the app's language provider, in `language` with `digits`. */
export function hookIn<T>(hook: () => T, language: Language, digits: Digits): T {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider language={language} digits={digits}>
      {children}
    </I18nProvider>
  );
  return renderHook(hook, { wrapper }).result.current;
}
