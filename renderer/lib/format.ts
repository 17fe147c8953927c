import { formatDate as formatDateIn, formatDateTime as formatDateTimeIn, type NumberStyle } from '../../shared/i18n/format';

const ENGLISH: NumberStyle = { language: 'en', digits: 'latin' };

/**
 * English, Latin-digit dates for code that has no i18n context. Screens use `formatDate`
 * and `formatDateTime` from `useI18n()`, which follow the officer's language and digits.
 */
export function formatDate(iso: string): string {
  return formatDateIn(iso, ENGLISH);
}

export function formatDateTime(instant: string): string {
  return formatDateTimeIn(instant, ENGLISH);
}
