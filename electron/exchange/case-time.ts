/** Where the unit works: every time in the case-level files is given in this zone (UTC+7, no summer time). */
export const UNIT_TIME_ZONE = 'Asia/Phnom_Penh';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: UNIT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The zone's offset from UTC in milliseconds on a UTC day, asked of Intl once per day. */
const offsets = new Map<number, number>();
function offsetOn(time: number): number {
  const day = Math.floor(time / 86_400_000);
  let offset = offsets.get(day);
  if (offset === undefined) {
    const at = new Date(day * 86_400_000 + 43_200_000);
    const p: Record<string, number> = {};
    for (const part of parts.formatToParts(at)) p[part.type] = Number(part.value);
    offset =
      Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0) - at.getTime();
    offsets.set(day, offset);
  }
  return offset;
}

/** The wall clock in Phnom Penh at a stored UTC time, as a Date whose UTC fields read it. */
function wallClock(iso: string): Date | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time + offsetOn(time));
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A stored UTC time as Phnom Penh reads it, `2025-03-14 09:15` (text Excel reads as a date and
 * time). Composed from the fields, not from `toISOString` twice: a year's case-level CSV holds
 * some hundred thousand of them.
 */
export function localTimeText(iso: string): string {
  const t = wallClock(iso);
  if (!t) return iso;
  const year = t.getUTCFullYear();
  if (year < 0 || year > 9999) return `${t.toISOString().slice(0, 10)} ${t.toISOString().slice(11, 16)}`;
  return `${String(year).padStart(4, '0')}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/**
 * A stored UTC time as an Excel date cell showing Phnom Penh's wall clock: Excel has no time
 * zones, and a workbook's dates are written as if in UTC, so the Date carries the local fields.
 */
export function localTimeCell(iso: string): Date | undefined {
  return wallClock(iso);
}

/** A stored `YYYY-MM-DD` as an Excel date cell (midnight, no time zone), or undefined when it is not one. */
export function dateCell(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}
