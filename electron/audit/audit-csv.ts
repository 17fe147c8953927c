import type { Language } from '../../shared/i18n/translate';
import type { AuditEntry } from '../../shared/schemas/accounts';
import type { ExportFile } from '../../shared/schemas/exchange';
import { toCsv, type CsvValue } from '../exchange/csv';

/** The access log's entries as a CSV file named for `now`'s day, and how many it holds. */
export function auditCsv(
  entries: Iterable<AuditEntry>,
  language: Language,
  now: Date,
): ExportFile & { entries: number } {
  const rows: CsvValue[][] = [CSV_HEADERS[language]];
  for (const e of entries) {
    rows.push([e.seq, localTime(new Date(e.at)), e.actor, e.accountId, e.action, e.target, e.count, e.previousHash]);
  }
  return {
    fileName: `cpu-access-log-${localDate(now)}.csv`,
    mediaType: 'text/csv',
    base64: Buffer.from(toCsv(rows), 'utf8').toString('base64'),
    entries: rows.length - 1,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** ISO 8601 in this PC's time zone with its offset, e.g. `2025-01-31T23:30:00+07:00`. */
export function localTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${localDate(date)}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The CSV's header row in each language (the page's catalogues are not read here: the file
 * needs only these eight labels). Actions are written as their codes, the same in both.
 */
export const CSV_HEADERS: Record<Language, string[]> = {
  en: [
    'No.',
    'Date and time',
    'Account name',
    'Account ID',
    'Action',
    'Target',
    'Count',
    'Previous entry hash (SHA-256)',
  ],
  km: [
    'លេខរៀង',
    'កាលបរិច្ឆេទ និងម៉ោង',
    'ឈ្មោះគណនី',
    'លេខសម្គាល់គណនី',
    'សកម្មភាព',
    'អ្វីដែលពាក់ព័ន្ធ',
    'ចំនួន',
    'Hash នៃកំណត់ត្រាមុន (SHA-256)',
  ],
};
