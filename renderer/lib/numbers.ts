import { useMemo } from 'react';
import { provinceByCode } from '../../shared/domain/provinces';
import type { MessageKey } from '../../shared/i18n/en';
import { formatNumber, type NumberOptions, type NumberStyle } from '../../shared/i18n/format';
import { isMessageKey, type Language } from '../../shared/i18n/translate';
import { useI18n } from './i18n';

export type FormatNumber = (value: number, options?: NumberOptions) => string;

const LATIN: NumberStyle = { language: 'en', digits: 'latin' };
const latin: FormatNumber = (value, options) => formatNumber(value, LATIN, options);

/*
 * Numbers as the report prints them. Each takes the officer's number format (language and
 * digits, from `useI18n()`); without one, English with Latin digits.
 */
export function formatCount(value: number, format: FormatNumber = latin): string {
  return format(Math.round(value));
}

/** A rate already rounded to one decimal, always shown with it: `85.6%`, `80.0%`. */
export function formatPercent(value: number, format: FormatNumber = latin): string {
  return `${format(value, { fractionDigits: 1 })}%`;
}

/** A change with its sign, so a rise and a fall read apart without colour: `+14.2%`, `-27.3%`. */
export function formatChange(value: number, format: FormatNumber = latin): string {
  return `${value > 0 ? '+' : ''}${formatPercent(value, format)}`;
}

export function formatUsd(value: number, format: FormatNumber = latin): string {
  return `USD ${formatCount(value, format)}`;
}

export interface Numbers {
  count: (value: number) => string;
  percent: (value: number) => string;
  change: (value: number) => string;
  usd: (value: number) => string;
}

/** The formatters above in the officer's language and digits. */
export function useNumbers(): Numbers {
  const { formatNumber: format } = useI18n();
  return useMemo(
    () => ({
      count: (value) => formatCount(value, format),
      percent: (value) => formatPercent(value, format),
      change: (value) => formatChange(value, format),
      usd: (value) => formatUsd(value, format),
    }),
    [format],
  );
}

/** A province's name in the UI language; `unknown` is the totals' row for none recorded. */
export function provinceLabel(language: Language, code: string, unknown: string): string {
  const province = provinceByCode(code);
  if (!province) return code === 'unknown' ? unknown : code;
  return language === 'km' ? province.name_km : province.name_en;
}

/** A fixed list's label (`offence.rape-under-15`), or the stored code when the catalogue has none. */
export function listLabel(t: (key: MessageKey) => string, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key) : code;
}
