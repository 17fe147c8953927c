import { fieldLabel } from '../../shared/domain/display';
import { toLatinDigits } from '../../shared/domain/numerals';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/en';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  type Digits,
  type NumberOptions,
  type NumberStyle,
} from '../../shared/i18n/format';
import { isMessageKey, translate, type Language } from '../../shared/i18n/translate';
import type { AppError } from '../../shared/ipc/result';

type Params = Record<string, string | number>;
type T = (key: MessageKey, params?: Params) => string;

interface I18n {
  language: Language;
  digits: Digits;
  t: T;
  /** Translates a schema message, which is a key, or zod's own English wording. */
  tMessage: (message: string) => string;
  tError: (error: AppError) => string;
  /** A label made outside the catalogue (a list's, a table row's) with its own numbers in the officer's digits, as `t` writes them. */
  localText: (text: string) => string;
  /** Counts and amounts, grouped, in the officer's digits. */
  formatNumber: (value: number, options?: NumberOptions) => string;
  /** An ISO date: `14/03/2025`, or `14 មីនា 2025` in Khmer. */
  formatDate: (iso: string) => string;
  /** An instant in local time with hours and minutes. */
  formatDateTime: (instant: string) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/**
 * Number params are shown in the officer's digits but not grouped: a `{year}` must not
 * become 2,025. Pass `formatNumber(count)` where grouping is wanted.
 */
function localParams(params: Params, style: NumberStyle): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'number' ? formatNumber(value, style, { grouping: false }) : value;
  }
  return out;
}

/**
 * The message for an error: by its code, or where main says why (`params.reason`) by the reason,
 * so a refused call says what the account lacks ('forbidden': a role, a team, an investigation).
 */
function errorKey(error: AppError): string {
  const { reason, team } = error.params ?? {};
  // A whole investigation refused names no team; one summary of it names its team.
  if (reason === 'other-investigation' && !team) return `error.${error.code}.investigation`;
  const specific = `error.${error.code}.${reason ?? ''}`;
  return reason && isMessageKey(specific) ? specific : `error.${error.code}`;
}

export function I18nProvider({
  language,
  digits = 'latin',
  children,
}: {
  language: Language;
  digits?: Digits;
  children: ReactNode;
}) {
  const t = useCallback<T>(
    (key, params = {}) => translate(language, key, localParams(params, { language, digits }), digits),
    [language, digits],
  );
  const value = useMemo<I18n>(() => {
    const style: NumberStyle = { language, digits };
    const tMessage = (message: string) => translate(language, message, {}, digits);
    return {
      language,
      digits,
      t,
      tMessage,
      tError: (error) => {
        const first = error.issues?.[0];
        const given = error.params?.detail;
        const where = first ? fieldLabel(first.path.replace(/^summary\./, ''), style) : '';
        const detail = given ? tMessage(given) : first ? `${where}: ${tMessage(first.message)}` : error.message;
        const params: Params = { ...error.params, detail };
        // A field main names by its path (`summary.offenceDate`) is named as the form labels it.
        if (typeof error.params?.field === 'string') {
          params.field = fieldLabel(error.params.field.replace(/^summary\./, ''), style);
        }
        // A role is named in the officer's language.
        const roleKey = `role.${error.params?.role ?? ''}`;
        if (error.params?.role && isMessageKey(roleKey)) params.role = translate(language, roleKey, {}, digits);
        // Main sends every param as text: a whole number (seconds to wait, a count) is shown in the chosen digits.
        for (const [name, value] of Object.entries(params))
          if (/^\d{1,15}$/.test(String(value))) params[name] = Number(value);
        return translate(language, errorKey(error), localParams(params, style), digits);
      },
      localText: (text) => (digits === 'latin' ? toLatinDigits(text) : text),
      formatNumber: (n, options) => formatNumber(n, style, options),
      formatDate: (iso) => formatDate(iso, style),
      formatDateTime: (instant) => formatDateTime(instant, style),
    };
  }, [language, digits, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
