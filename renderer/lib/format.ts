import { isoToDayMonthYear, toIsoDate } from '../../shared/domain/dates';

/**
 * Dates as officers read them (day/month/year, 24-hour time), built by hand: Chromium has
 * no Khmer locale data for Intl, so `km` would silently fall back to English.
 */
export function formatDate(iso: string): string {
  return isoToDayMonthYear(iso);
}

export function formatDateTime(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${isoToDayMonthYear(toIsoDate(d))} ${hh}:${mm}`;
}
