import { useMemo } from 'react';
import { parseWholeNumber } from '../../shared/domain/numerals';
import { formatNumber, type NumberOptions, type NumberStyle } from '../../shared/i18n/format';
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

export interface WholeNumberText {
  /** A whole number as a field shows it back: grouped, in the officer's digits ("12,500", "១២.៥០០"). */
  show: (value: number) => string;
  /**
   * A whole number as typed: Latin or Khmer digits, plain or grouped with commas ("១២,៥០០"), or
   * with the officer's own group mark as shown back (a dot in Khmer with Khmer digits).
   */
  parse: (text: string) => number | undefined;
}

/** A whole-number field's text both ways, in the officer's number format: what it shows is read back. */
export function useWholeNumberText(): WholeNumberText {
  const { formatNumber: format, language, digits } = useI18n();
  return useMemo(() => {
    const dotGroups = language === 'km' && digits === 'khmer';
    return {
      show: (value) => format(value),
      parse: (text) => parseWholeNumber(dotGroups ? text.replaceAll('.', ',') : text),
    };
  }, [format, language, digits]);
}
