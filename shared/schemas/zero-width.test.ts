import { describe, expect, it } from 'vitest';
import { issues } from '../testing/schema-issues';
import { CalendarDate, OptionalCalendarDate } from './date-fields';
import { InvestigationRef, Sha256 } from './fields';
import { optionalWholeNumber, wholeNumber } from './number-fields';

describe('zero-width characters pasted into a reference, a number, a date or a hash', () => {
  // U+200B, U+200C, U+200D, U+2060 and U+FEFF: invisible on screen, so the officer cannot find them to take out.
  const hidden = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

  it('are dropped, so what the officer sees is what is checked and stored', () => {
    for (const z of hidden) {
      expect(InvestigationRef.parse(`CPU-2026-${z}014`)).toBe('CPU-2026-014');
      expect(wholeNumber(7, 110, 'v.age.suspect').parse(`4${z}1`)).toBe(41);
      expect(wholeNumber(0, 500, 'v.count.max500').parse(`៣${z}`)).toBe(3);
      expect(CalendarDate.parse(`14/03/${z}2025`)).toBe('2025-03-14');
      expect(OptionalCalendarDate.parse(`${z}01/02/2026`)).toBe('2026-02-01');
      expect(Sha256.parse(`${z}${'a'.repeat(64)}`)).toBe('a'.repeat(64));
      // A field that looks empty is empty.
      expect(OptionalCalendarDate.parse(z)).toBeUndefined();
      expect(optionalWholeNumber(7, 110, 'v.age.suspect').parse(` ${z}`)).toBeUndefined();
    }
  });

  it('do not make a wrong value right', () => {
    expect(issues(InvestigationRef, 'CPU 2026\u200b014')).toEqual([': v.ref.format']);
    expect(issues(wholeNumber(7, 110, 'v.age.suspect'), '4\u200b1\u200b1')).toEqual([': v.age.suspect']);
    expect(issues(CalendarDate, '31/02/\u200b2025')).toEqual([': v.date.invalid']);
  });
});
