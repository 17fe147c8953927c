import { ISO_DATE, toIsoDate } from '../domain/dates';
import { toKhmerDigits } from '../domain/numerals';
import type { Language } from './translate';

/** How the officer wants digits shown: 0–9, or the Khmer ០–៩ (U+17E0–U+17E9). */
export const DIGITS = ['latin', 'khmer'] as const;
export type Digits = (typeof DIGITS)[number];

/** The officer's choices that shape every number and date on screen. */
export interface NumberStyle {
  language: Language;
  digits: Digits;
}

export interface NumberOptions {
  /** Thousands separators; off for years and identifiers. Default on. */
  grouping?: boolean;
  /** Exactly this many decimals; by default up to 3, trailing zeros dropped (as Intl does). */
  fractionDigits?: number;
}

/** Khmer month names, January first (CLDR's, as Node's ICU prints them). */
export const KHMER_MONTHS = [
  'មករា',
  'កុម្ភៈ',
  'មីនា',
  'មេសា',
  'ឧសភា',
  'មិថុនា',
  'កក្កដា',
  'សីហា',
  'កញ្ញា',
  'តុលា',
  'វិច្ឆិកា',
  'ធ្នូ',
] as const;

/**
 * CLDR's separators: Khmer written in Khmer digits groups with `.` and marks decimals with
 * `,` (១.២៣៤,៥); with Latin digits, and in English, it is `1,234.5`.
 */
function separators({ language, digits }: NumberStyle): { group: string; decimal: string } {
  return language === 'km' && digits === 'khmer' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
}

function digitsOf(text: string, digits: Digits): string {
  return digits === 'khmer' ? toKhmerDigits(text) : text;
}

/**
 * A number as the officer reads it, built by hand because Chromium has no Khmer data for
 * Intl (km silently falls back to English there).
 */
export function formatNumber(value: number, style: NumberStyle, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const { grouping = true, fractionDigits } = options;
  const fixed = Math.abs(value).toFixed(fractionDigits ?? 3);
  let [whole = '0', fraction = ''] = fixed.split('.');
  if (fractionDigits === undefined) fraction = fraction.replace(/0+$/, '');
  const { group, decimal } = separators(style);
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const negative = value < 0 && /[1-9]/.test(whole + fraction);
  const text = `${negative ? '-' : ''}${whole}${fraction ? decimal + fraction : ''}`;
  return digitsOf(text, style.digits);
}

/**
 * An ISO calendar date, day first: `14/03/2025` in English, `14 មីនា 2025` in Khmer, each
 * in the chosen digits. Text that is not an ISO date is returned as given.
 */
export function formatDate(iso: string, style: NumberStyle): string {
  if (!ISO_DATE.test(iso)) return iso;
  const [y = '', m = '', d = ''] = iso.split('-');
  const text = style.language === 'km' ? `${Number(d)} ${KHMER_MONTHS[Number(m) - 1] ?? m} ${y}` : `${d}/${m}/${y}`;
  return digitsOf(text, style.digits);
}

/** An instant in local time, 24-hour clock: `14/03/2025 09:05`, `14 មីនា 2025, 09:05`. */
export function formatDateTime(instant: string | Date, style: NumberStyle): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return String(instant);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  const separator = style.language === 'km' ? ', ' : ' ';
  return `${formatDate(toIsoDate(d), style)}${separator}${digitsOf(time, style.digits)}`;
}
