import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVINCES, PROVINCES_BY_NAME, ProvinceCode } from './provinces';

describe('provinces', () => {
  it('are exactly the rows of shared/data/provinces.csv', () => {
    const [header, ...lines] = readFileSync(join(import.meta.dirname, '..', 'data', 'provinces.csv'), 'utf8')
      .trim()
      .split(/\r?\n/);
    const keys = (header ?? '').split(',');
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [keys[i], cell])));
    expect(PROVINCES).toEqual(rows);
  });

  it('has the capital and 24 provinces keyed by two-digit code', () => {
    expect(PROVINCES).toHaveLength(25);
    expect(PROVINCES.filter((p) => p.kind === 'capital').map((p) => p.name_en)).toEqual(['Phnom Penh']);
    expect(PROVINCES.find((p) => p.code === '04')).toMatchObject({
      iso: 'KH-4',
      name_en: 'Kampong Chhnang',
      name_km: 'កំពង់ឆ្នាំង',
    });
  });

  it('are listed in Khmer in Khmer dictionary order (the collation Node carries and Chromium does not)', () => {
    const collated = [...PROVINCES].sort((a, b) => a.name_km.localeCompare(b.name_km, 'km'));
    expect(PROVINCES_BY_NAME.km.map((p) => p.code)).toEqual(collated.map((p) => p.code));
    expect(PROVINCES_BY_NAME.en[0]?.name_en).toBe('Banteay Meanchey');
  });

  it('accepts known codes only', () => {
    expect(ProvinceCode.safeParse('12').success).toBe(true);
    expect(ProvinceCode.safeParse('26').success).toBe(false);
    expect(ProvinceCode.safeParse('4').success).toBe(false);
  });
});
