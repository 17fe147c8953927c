import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/en';
import { translate, type Language } from '../../shared/i18n/translate';
import type { AppError } from '../../shared/ipc/result';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  t: T;
  /** Translates a schema message, which is a key, or zod's own English wording. */
  tMessage: (message: string) => string;
  tError: (error: AppError) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const t = useCallback<T>((key, params) => translate(language, key, params), [language]);
  const value = useMemo<I18n>(() => {
    const tMessage = (message: string) => translate(language, message);
    return {
      language,
      t,
      tMessage,
      tError: (error) => {
        const first = error.issues?.[0];
        const given = error.params?.detail;
        const detail = given ? tMessage(given) : first ? `${first.path}: ${tMessage(first.message)}` : error.message;
        return translate(language, `error.${error.code}`, { ...error.params, detail });
      },
    };
  }, [language, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
