import { translate } from './translate';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, KHMER_MONTHS, type NumberStyle } from './format';

const EN: NumberStyle = { language: 'en', digits: 'latin' };
const EN_KHMER_DIGITS: NumberStyle = { language: 'en', digits: 'khmer' };
const KM: NumberStyle = { language: 'km', digits: 'latin' };
const KM_KHMER_DIGITS: NumberStyle = { language: 'km', digits: 'khmer' };

/** Node's ICU has the Khmer data Chromium lacks: the hand-built output must match it. */
const locale = ({ language, digits }: NumberStyle) => (digits === 'khmer' ? `${language}-u-nu-khmr` : language);

describe('formatNumber', () => {
  it('writes Khmer digits U+17E0–U+17E9 when the officer chose them', () => {
    expect(formatNumber(313, KM_KHMER_DIGITS)).toBe('៣១៣');
    expect(formatNumber(9876543210, EN_KHMER_DIGITS)).toBe('៩,៨៧៦,៥៤៣,២១០');
    expect(formatNumber(1234, EN)).toBe('1,234');
  });

  it.each([EN, EN_KHMER_DIGITS, KM, KM_KHMER_DIGITS])('groups and rounds as CLDR does (%o)', (style) => {
    for (const value of [0, 7, 85.6, 999, 1000, 1234.5, -1234.5, 30000, 1120000, 0.1234, 2.5e-4]) {
      expect(formatNumber(value, style), String(value)).toBe(new Intl.NumberFormat(locale(style)).format(value));
    }
    const fixed = new Intl.NumberFormat(locale(style), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(formatNumber(85.63, style, { fractionDigits: 1 })).toBe(fixed.format(85.63));
  });

  it('leaves years ungrouped when asked', () => {
    expect(formatNumber(2025, KM_KHMER_DIGITS, { grouping: false })).toBe('២០២៥');
    expect(formatNumber(2025, EN, { grouping: false })).toBe('2025');
  });
});

describe('formatDate', () => {
  it('writes day/month/year in English, in the chosen digits', () => {
    expect(formatDate('2025-03-14', EN)).toBe('14/03/2025');
    expect(formatDate('2025-03-14', EN_KHMER_DIGITS)).toBe('១៤/០៣/២០២៥');
  });

  it('names the month in Khmer', () => {
    expect(formatDate('2025-03-14', KM)).toBe('14 មីនា 2025');
    expect(formatDate('2025-03-04', KM_KHMER_DIGITS)).toBe('៤ មីនា ២០២៥');
  });

  it.each([KM, KM_KHMER_DIGITS])('matches CLDR Khmer for every month (%o)', (style) => {
    const cldr = new Intl.DateTimeFormat(locale(style), { dateStyle: 'medium', timeZone: 'UTC' });
    KHMER_MONTHS.forEach((_, i) => {
      const iso = `2024-${String(i + 1).padStart(2, '0')}-0${(i % 9) + 1}`;
      expect(formatDate(iso, style), iso).toBe(cldr.format(new Date(`${iso}T00:00:00Z`)));
    });
  });

  it('returns text that is not a date as it is', () => {
    expect(formatDate('14/03/2025', KM_KHMER_DIGITS)).toBe('14/03/2025');
    expect(formatDate('', EN)).toBe('');
  });
});

describe('formatDateTime', () => {
  const instant = new Date(2025, 10, 23, 9, 5);

  it('uses local time on a 24-hour clock', () => {
    expect(formatDateTime(instant, EN)).toBe('23/11/2025 09:05');
    expect(formatDateTime(instant.toISOString(), KM_KHMER_DIGITS)).toBe('២៣ វិច្ឆិកា ២០២៥, ០៩:០៥');
  });

  it('matches CLDR Khmer', () => {
    const cldr = (loc: string) =>
      new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(instant);
    expect(formatDateTime(instant, KM)).toBe(cldr('km'));
    expect(formatDateTime(instant, KM_KHMER_DIGITS)).toBe(cldr('km-u-nu-khmr'));
  });

  it('returns an unreadable instant as it is', () => {
    expect(formatDateTime('not a date', KM)).toBe('not a date');
  });
});

describe('a message in the officer’s digits', () => {
  it('writes the Khmer catalogue’s own numbers in Latin digits when Latin digits are chosen', () => {
    expect(translate('km', 'v.count.max500')).toContain('០ ដល់ ៥០០');
    expect(translate('km', 'v.count.max500', {}, 'khmer')).toContain('០ ដល់ ៥០០');
    expect(translate('km', 'v.count.max500', {}, 'latin')).toContain('0 ដល់ 500');
    expect(translate('km', 'v.count.max500', {}, 'latin')).not.toMatch(/[០-៩]/);
    // Thousands as the officer's figures show them in each: ៣.៦៥០ in Khmer digits, 3,650 in Latin.
    expect(translate('km', 'v.retention')).toContain('១ ដល់ ៣.៦៥០');
    expect(translate('km', 'v.retention', {}, 'latin')).toContain('1 ដល់ 3,650');
    expect(translate('km', 'v.spending', {}, 'latin')).toContain('0 ដល់ 999,999,999');
    expect(translate('km', 'v.retention', {}, 'khmer')).toContain(
      formatNumber(3650, { language: 'km', digits: 'khmer' }),
    );
  });

  it('leaves Latin digits as they are, as they also stand in names', () => {
    expect(translate('en', 'field.sha256', {}, 'khmer')).toContain('SHA-256');
  });
});
