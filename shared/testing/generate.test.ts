import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES } from '../domain/provinces';
import { CaseInput, CaseRecord } from '../schemas/case';
import { generateSummaries } from './generate';
import { generateRecords } from './generate-records';

describe('generateSummaries', () => {
  it('makes valid summaries of every team, the same for the same seed', () => {
    const a = generateSummaries(400, 2025, 7);
    expect(a).toEqual(generateSummaries(400, 2025, 7));
    for (const summary of a) {
      const parsed = CaseInput.safeParse(summary);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
    expect(new Set(a.map((s) => s.team))).toEqual(new Set(['HIT', 'ICAC', 'FST', 'OVA']));
  });

  it('with `full`, fills every repeat group and writes longer Khmer and English narratives, other fields unchanged', () => {
    const basic = generateSummaries(1000, 2025, 3);
    const full = generateSummaries(1000, 2025, 3, { full: true });
    const keys = ['team', 'investigationRef', 'dateReported', 'province', 'status'] as const;
    expect(full.map((s) => keys.map((k) => s[k]))).toEqual(basic.map((s) => keys.map((k) => s[k])));
    for (const summary of full) expect(CaseInput.safeParse(summary).error?.issues ?? []).toEqual([]);
    const count = (f: (s: CaseInput) => number) => full.reduce((n, s) => n + f(s), 0);
    expect(count((s) => (s.team === 'ICAC' ? s.partnerAgencies.length : 0))).toBeGreaterThan(0);
    expect(count((s) => (s.team === 'OVA' ? s.referrals.length : 0))).toBeGreaterThan(0);
    expect(count((s) => (s.team === 'FST' ? s.exhibits.filter((e) => e.sha256).length : 0))).toBeGreaterThan(0);
    expect(count((s) => (s.team === 'HIT' ? s.suspects.filter((x) => x.charges).length : 0))).toBeGreaterThan(0);
    expect(full.some((s) => /[\u1780-\u17ff]/.test(s.narrative)) && full.some((s) => /^[A-Z]/.test(s.narrative))).toBe(
      true,
    );
    expect(new Set(full.map((s) => s.province))).toEqual(new Set(PROVINCE_CODES));
  });
});

describe('generateRecords', () => {
  it('makes valid stored records with unique ids and case codes in sequence per team', () => {
    const records = generateRecords(500, 2024, 5);
    for (const record of records) expect(CaseRecord.safeParse(record).error?.issues ?? []).toEqual([]);
    expect(new Set(records.map((r) => r.id)).size).toBe(500);
    const hit = records.filter((r) => r.summary.team === 'HIT').map((r) => r.caseCode);
    expect(hit.slice(0, 2)).toEqual(['HIT-2024-0001', 'HIT-2024-0002']);
    expect(records.some((r) => r.revision === 2)).toBe(true);
  });
});
