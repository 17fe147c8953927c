import { describe, expect, it } from 'vitest';
import { CaseInput } from '../schemas/case';
import { generateSummaries } from './generate';

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
});
