import { describe, expect, it } from 'vitest';
import { localTimeText, UNIT_TIME_ZONE } from './case-time';

/** Phnom Penh's wall clock as Intl writes it in Swedish, `YYYY-MM-DD HH:MM`: the reference the fast path must match. */
const reference = new Intl.DateTimeFormat('sv-SE', {
  timeZone: UNIT_TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
});
const expected = (iso: string) => reference.format(new Date(iso));

describe('localTimeText', () => {
  it('reads a stored UTC time on the Phnom Penh clock, across days, months and years', () => {
    const cases = [
      '2025-12-31T16:59:59.999Z',
      '2025-12-31T17:00:00.000Z',
      '2024-02-28T17:05:00.000Z',
      '2026-01-01T00:00:00Z',
    ];
    // Every 7 hours and 13 minutes over three years: single-digit months, days, hours and minutes.
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += (7 * 60 + 13) * 60_000)
      cases.push(new Date(t).toISOString());
    for (const iso of cases) expect(localTimeText(iso), iso).toBe(expected(iso));
    expect(localTimeText('2025-12-31T20:30:00.000Z')).toBe('2026-01-01 03:30');
    expect(localTimeText('2025-03-04T01:02:00.000Z')).toBe('2025-03-04 08:02');
  });

  it('keeps a four-digit year, and gives back what is not a time as it is', () => {
    // Before 1906 the zone's clock was local mean time (its offset depends on the time-zone data).
    expect(localTimeText('0999-06-01T00:00:00.000Z')).toMatch(/^0999-06-01 0[67]:\d\d$/);
    expect(localTimeText('not a time')).toBe('not a time');
  });
});
