import { describe, expect, it } from 'vitest';
import { issues } from '../testing/schema-issues';
import type { z } from 'zod';
import { toIsoDate } from '../domain/dates';
import { translate } from '../i18n/translate';
import { formatNumber } from '../i18n/format';
import { ProvinceCode } from '../domain/provinces';
import { CalendarDate, OptionalCalendarDate } from './date-fields';
import { dateYearIssues, entryDateIssues, futureDateIssues } from './date-issues';
import { choice, choices, InvestigationRef, LIMITS, PersonName, Sha256, text, Uuid } from './fields';
import { FIRST_YEAR, isListedYear, lastYear, listedYears } from './listed-years';
import { count, optionalWholeNumber, wholeNumber } from './number-fields';

/** Each issue as `path: message`, so a test states exactly which rule spoke and where. */
const parsed = (schema: z.ZodType, value: unknown) => schema.parse(value) as unknown;

const today = toIsoDate(new Date());
const tomorrow = toIsoDate(new Date(Date.now() + 36 * 3600 * 1000));

describe('CalendarDate', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['14/03/2025', '2025-03-14'],
    ['១៤/០៣/២០២៥', '2025-03-14'],
    ['4.3.2025', '2025-03-04'],
    [' 14-03-2025 ', '2025-03-14'],
    ['២០២៥-០៣-១៤', '2025-03-14'],
    ['29/02/2024', '2024-02-29'],
    [today, today],
    [tomorrow, tomorrow],
  ])('accepts %s as %s', (input, iso) => {
    expect(parsed(CalendarDate, input)).toBe(iso);
    expect(parsed(CalendarDate, iso)).toBe(iso);
  });

  it.each([
    ['', 'v.date.required'],
    ['   ', 'v.date.required'],
    [undefined, 'v.date.required'],
    [20250314, 'v.date.required'],
    ['2025-02-30', 'v.date.invalid'],
    ['29/02/2025', 'v.date.invalid'],
    ['03/14/2025', 'v.date.invalid'],
    ['14 March 2025', 'v.date.invalid'],
    ['១៤/១៣/២០២៥', 'v.date.invalid'],
  ])('refuses %s with %s', (input, message) => {
    expect(issues(CalendarDate, input)).toEqual([`: ${message}`]);
  });
});

describe('futureDateIssues', () => {
  it('finds every date after today by its field, as typed or stored, at any depth', () => {
    const summary = {
      dateReported: tomorrow,
      offenceDate: '01/01/2999',
      narrative: '2999-01-01',
      suspects: [{ arrestDate: today }, { arrestDate: '១/១/២៩៩៩' }],
      exhibits: [{ dateCollected: '2025-03-01', examinations: [{ date: tomorrow }] }],
    };
    expect(futureDateIssues(summary)).toEqual([
      { path: ['dateReported'], message: 'v.date.future' },
      { path: ['offenceDate'], message: 'v.date.future' },
      { path: ['suspects', 1, 'arrestDate'], message: 'v.date.future' },
      { path: ['exhibits', 0, 'examinations', 0, 'date'], message: 'v.date.future' },
    ]);
  });

  it('has nothing to say about empty, invalid or past dates', () => {
    expect(futureDateIssues({ dateReported: '', offenceDate: '31/02/2999', date: '2020-01-01' })).toEqual([]);
    expect(futureDateIssues(null)).toEqual([]);
  });
});

describe('OptionalCalendarDate', () => {
  it.each([
    ['', undefined],
    [' ', undefined],
    [undefined, undefined],
    ['១០/០៣/២០២៥', '2025-03-10'],
  ])('accepts %s as %s', (input, output) => {
    expect(parsed(OptionalCalendarDate, input)).toBe(output);
  });

  it.each([
    ['31/04/2025', 'v.date.invalid'],
    [14, 'v.date.invalid'],
  ])('refuses %s with %s', (input, message) => {
    expect(issues(OptionalCalendarDate, input)).toEqual([`: ${message}`]);
  });
});

describe('whole numbers', () => {
  const age = wholeNumber(0, 17, 'v.age.child');
  it.each([
    [0, 0],
    [17, 17],
    ['១២', 12],
    [' 7 ', 7],
  ])('accepts %s as %s', (input, n) => expect(parsed(age, input)).toBe(n));

  it.each([18, -1, 1.5, '1.5', '12a', '', '១៨', null, true])('refuses %s', (input) => {
    expect(issues(age, input)).toEqual([': v.age.child']);
  });

  it('an optional number reads an empty field as not known', () => {
    const suspectAge = optionalWholeNumber(7, 110, 'v.age.suspect');
    expect(parsed(suspectAge, '')).toBeUndefined();
    expect(parsed(suspectAge, undefined)).toBeUndefined();
    expect(parsed(suspectAge, '៤១')).toBe(41);
    expect(issues(suspectAge, 6)).toEqual([': v.age.suspect']);
    expect(issues(suspectAge, 'old')).toEqual([': v.age.suspect']);
  });

  it.each([100, 500, 1000] as const)('count(%i) takes 0 to its bound, in either digits, and names the bound', (max) => {
    expect(parsed(count(max), '០')).toBe(0);
    expect(parsed(count(max), max)).toBe(max);
    expect(issues(count(max), max + 1)).toEqual([`: v.count.max${max}`]);
    expect(issues(count(max), 50_000)).toEqual([`: v.count.max${max}`]);
    expect(issues(count(max), '')).toEqual([`: v.count.max${max}`]);
  });

  it('bounds every repeat group and count far below a year of the unit’s work, and far above one investigation', () => {
    for (const bound of Object.values(LIMITS)) expect(bound).toBeGreaterThanOrEqual(50);
    expect(LIMITS.children).toBeLessThan(50_000);
  });

  it.each([
    ['v.victims.max', LIMITS.children],
    ['v.suspects.max', LIMITS.suspects],
    ['v.exhibits.max', LIMITS.exhibits],
    ['v.examinations.max', LIMITS.examinations],
    ['v.custody.max', LIMITS.custody],
    ['v.services.max', LIMITS.services],
    ['v.referrals.max', LIMITS.referrals],
    ['v.referralIds.max', LIMITS.referralIds],
    ['v.partnerAgencies.max', LIMITS.partnerAgencies],
    ['v.count.max100', 100],
    ['v.count.max500', 500],
    ['v.count.max1000', 1000],
  ] as const)('%s names its bound (%i) in both languages', (key, bound) => {
    expect(translate('en', key)).toContain(bound.toLocaleString('en'));
    // As the officer's figures show it: Khmer digits, thousands grouped with a dot (១.០០០).
    expect(translate('km', key)).toContain(formatNumber(bound, { language: 'km', digits: 'khmer' }));
  });
});

describe('the years the register lists', () => {
  const mid2025 = new Date(2025, 5, 15);
  const newYearsEve = new Date(2025, 11, 31, 23, 59);

  it('runs from 2000 to next year by the clock given', () => {
    expect(FIRST_YEAR).toBe(2000);
    expect(lastYear(mid2025)).toBe(2026);
    expect(lastYear(new Date(2026, 0, 1))).toBe(2027);
    expect([1999, 2000, 2025, 2026, 2027, 9999].map((y) => isListedYear(y, newYearsEve))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(isListedYear(2025.5, mid2025)).toBe(false);
    const years = listedYears(mid2025);
    expect([years[0], years.at(-1), years.length]).toEqual([2026, 2000, 27]);
  });

  it('finds every date of a summary outside those years, as typed or stored, naming its field', () => {
    const summary = {
      dateReported: '31/12/1999',
      offenceDate: '1995-05-01',
      suspects: [{ arrestDate: '១/១/២០២៧' }, { arrestDate: '2026-12-31' }],
      exhibits: [{ dateCollected: '2000-01-01', custody: [{ date: '9999-01-01' }] }],
      services: [{ date: '1900-01-01' }],
    };
    expect(dateYearIssues(summary, mid2025)).toEqual([
      { path: ['dateReported'], message: 'v.date.year' },
      { path: ['suspects', 0, 'arrestDate'], message: 'v.date.year' },
      { path: ['exhibits', 0, 'custody', 0, 'date'], message: 'v.date.year' },
      { path: ['services', 0, 'date'], message: 'v.date.year' },
    ]);
  });

  it('lets only the offence date lie before 2000, never after next year; says nothing of empty or invalid dates', () => {
    expect(dateYearIssues({ offenceDate: '1985-01-01' }, mid2025)).toEqual([]);
    expect(dateYearIssues({ offenceDate: '2027-01-01' }, mid2025)).toEqual([
      { path: ['offenceDate'], message: 'v.date.year' },
    ]);
    expect(dateYearIssues({ dateReported: '', date: '31/02/1999', narrative: '1900-01-01' }, mid2025)).toEqual([]);
  });

  it('entry: dates after today first, then dates outside the years, a date after today said once', () => {
    const summary = {
      dateReported: '31/12/1999',
      offenceDate: '2027-02-01',
      suspects: [{ arrestDate: '2025-07-01' }, { arrestDate: '2025-06-01' }],
      exhibits: [{ custody: [{ date: '9999-01-01' }, { date: '1985-01-01' }] }],
      nested: [[[[[[{ date: '1900-01-01' }]]]]]],
    };
    expect(entryDateIssues(summary, mid2025)).toEqual([
      { path: ['offenceDate'], message: 'v.date.future' },
      { path: ['suspects', 0, 'arrestDate'], message: 'v.date.future' },
      { path: ['exhibits', 0, 'custody', 0, 'date'], message: 'v.date.future' },
      { path: ['dateReported'], message: 'v.date.year' },
      { path: ['exhibits', 0, 'custody', 1, 'date'], message: 'v.date.year' },
    ]);
  });
});

describe('text', () => {
  it.each([40, 80, 200, 500, 4000] as const)('text(%i) trims and refuses more than its limit', (max) => {
    expect(parsed(text(max), `  ${'a'.repeat(max)}  `)).toBe('a'.repeat(max));
    expect(issues(text(max), 'a'.repeat(max + 1))).toEqual([`: v.text.max${max}`]);
  });

  it('a required text refuses an empty or blank field; any text refuses a non-string', () => {
    expect(parsed(text(40), '')).toBe('');
    expect(issues(text(40, true), '   ')).toEqual([': v.required']);
    expect(issues(text(40), 5)).toEqual([': v.required']);
  });
});

describe('identifiers and names', () => {
  it('investigation reference: trimmed, upper case, 2 to 40 of A-Z 0-9 - /', () => {
    expect(parsed(InvestigationRef, ' cpu-2025/014 ')).toBe('CPU-2025/014');
    expect(parsed(InvestigationRef, 'A'.repeat(40))).toBe('A'.repeat(40));
    expect(issues(InvestigationRef, '')).toEqual([': v.ref.required']);
    expect(issues(InvestigationRef, '   ')).toEqual([': v.ref.required']);
    expect(issues(InvestigationRef, undefined)).toEqual([': v.ref.required']);
    for (const bad of ['C', 'CPU 2025', '-CPU', 'CPU_1', 'A'.repeat(41), 'ស២០២៥']) {
      expect(issues(InvestigationRef, bad)).toEqual([': v.ref.format']);
    }
  });

  it('person name: at most 80 characters, trimmed, may be empty', () => {
    expect(parsed(PersonName, ' Sok Dara ')).toBe('Sok Dara');
    expect(parsed(PersonName, '')).toBe('');
    expect(issues(PersonName, 'ស'.repeat(81))).toEqual([': v.name.long']);
  });

  it('summary id: a UUID', () => {
    expect(parsed(Uuid, '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45')).toBe('0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45');
    expect(issues(Uuid, '0b4e7f2a')).toEqual([': v.id.invalid']);
  });

  it('SHA-256: empty means none; otherwise 64 hex characters, stored in lower case', () => {
    expect(parsed(Sha256, '')).toBeUndefined();
    expect(parsed(Sha256, undefined)).toBeUndefined();
    expect(parsed(Sha256, ` ${'AB'.repeat(32)} `)).toBe('ab'.repeat(32));
    expect(issues(Sha256, 'ab'.repeat(31))).toEqual([': v.hash.sha256']);
    expect(issues(Sha256, 'g'.repeat(64))).toEqual([': v.hash.sha256']);
  });

  it('province: a code from the list', () => {
    expect(parsed(ProvinceCode, '12')).toBe('12');
    expect(issues(ProvinceCode, '99')).toEqual([': v.province.unknown']);
    expect(issues(ProvinceCode, '4')).toEqual([': v.province.unknown']);
  });
});

describe('choices', () => {
  const one = choice(['a', 'b']);
  const many = choices(['a', 'b', 'c'], 1, 'v.offences.min');

  it('a choice is one of its list; the empty "Choose…" option is no choice', () => {
    expect(parsed(one, 'b')).toBe('b');
    expect(issues(one, '')).toEqual([': v.choose']);
    expect(issues(one, 'z')).toEqual([': v.choose']);
    expect(issues(one, undefined)).toEqual([': v.choose']);
  });

  it('a list of choices needs its minimum, known codes, and no repeats', () => {
    expect(parsed(many, ['a', 'c'])).toEqual(['a', 'c']);
    expect(issues(many, [])).toEqual([': v.offences.min']);
    expect(issues(many, ['a', 'z'])).toEqual(['1: v.offences.min']);
    expect(issues(many, 'a')).toEqual([': v.offences.min']);
    expect(issues(many, ['a', 'a'])).toEqual([': v.duplicate']);
  });
});
