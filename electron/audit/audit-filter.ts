import type { AuditFilter } from '../../shared/schemas/accounts';
import type { SqlValue } from '../storage/sql';

/** The filter as SQL on the plain columns; days are this PC's calendar days, as UTC bounds. */
export function sqlFilter(filter: AuditFilter): { conditions: string[]; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (filter.accountId !== undefined) {
    parts.push('account_id = ?');
    params.push(filter.accountId);
  }
  if (filter.action !== undefined) {
    parts.push('action = ?');
    params.push(filter.action);
  }
  if (filter.from !== undefined) {
    parts.push('at >= ?');
    params.push(localDayStart(filter.from).toISOString());
  }
  if (filter.to !== undefined) {
    parts.push('at < ?');
    params.push(localDayStart(filter.to, 1).toISOString());
  }
  return { conditions: parts, params };
}

/** The start of a calendar day (`YYYY-MM-DD`, plus `days`) in this PC's time zone. */
function localDayStart(date: string, days = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const start = new Date(0);
  start.setFullYear(year, month - 1, day + days);
  start.setHours(0, 0, 0, 0);
  return start;
}
