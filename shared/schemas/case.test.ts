import { describe, expect, it } from 'vitest';
import { TEAMS } from '../domain/teams';
import { sampleSummary } from '../testing/samples';
import { issues } from '../testing/schema-issues';
import type { z } from 'zod';
import { CaseInput } from './case';
import { hash, variant } from './case-test-kit';
import { CalendarDate, OptionalCalendarDate } from './date-fields';
import { DATE_KEY } from './date-issues';

// Each rule, accepting one example and refusing another, is in case-rules-*.test.ts by area.

describe('CaseEntry: every rule accepts one example and refuses another', () => {
  it.each(TEAMS)('the %s sample is valid and parses to itself', (team) => {
    const sample = sampleSummary(team);
    expect(issues(CaseInput, sample)).toEqual([]);
    const output = CaseInput.parse(sample);
    expect(CaseInput.parse(JSON.parse(JSON.stringify(output)))).toEqual(output);
  });

  it.each(TEAMS)('the common cross-field rules apply to %s too', (team) => {
    expect(issues(CaseInput, variant(team, { offenceDate: '2025-03-01', dateReported: '2025-02-28' }))).toContain(
      'offenceDate: v.offenceDate.afterReport',
    );
    expect(issues(CaseInput, variant(team, { offences: ['debauchery'] }))).toContain('offences: v.offence.debauchery');
  });

  it('stores what officers type as the values kept: ISO dates, numbers, codes, trimmed text', () => {
    const typed = variant('HIT', {
      investigationRef: ' cpu-2025-014 ',
      dateReported: '១៤/០៣/២០២៥',
      offenceDate: '10/3/2025',
      province: '',
      district: '  Rolea B’ier  ',
      'victims.0.age': '១២',
      'suspects.0.age': '',
      'suspects.0.arrestDate': '12.03.2025',
    });
    const output = CaseInput.parse(typed);
    expect(output).toMatchObject({
      investigationRef: 'CPU-2025-014',
      dateReported: '2025-03-14',
      offenceDate: '2025-03-10',
      district: 'Rolea B’ier',
      victims: [{ age: 12 }],
      suspects: [{ arrestDate: '2025-03-12' }],
    });
    expect(output.province).toBeUndefined();
    expect(output.team === 'HIT' && output.suspects[0]?.age).toBeUndefined();
    const fst = CaseInput.parse(variant('FST', { 'exhibits.0.sha256': hash }));
    expect(fst.team === 'FST' && fst.exhibits[0]?.sha256).toBe('ab'.repeat(32));
  });

  it('refuses a field of another team or an unknown key (strict), naming it', () => {
    const result = CaseInput.safeParse(variant('OVA', { victims: [] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['victims'], path: [] });
    const nested = CaseInput.safeParse(variant('HIT', { 'victims.0.name': 'Dara' }));
    expect(nested.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['name'], path: ['victims', 0] });
  });

  it('homicide and suspicious death must be yes or no (note: no message key of their own)', () => {
    for (const field of ['homicide', 'suspiciousDeath']) {
      expect(issues(CaseInput, variant('HIT', { [field]: false }))).toEqual([]);
      const refused = CaseInput.safeParse(variant('HIT', { [field]: 'yes' }));
      expect(refused.error?.issues).toEqual([expect.objectContaining({ code: 'invalid_type', path: [field] })]);
    }
  });

  it('a refused summary that is not an object says to choose a team', () => {
    expect(issues(CaseInput, 'HIT')).toEqual([': v.team.required']);
  });
});

describe('date fields', () => {
  /** Every key in the summary schema whose field is a calendar date, found by walking the schema itself. */
  function dateKeys(schema: z.ZodType): string[] {
    const found: string[] = [];
    const seen = new Set<unknown>();
    const walk = (node: z.ZodType, key: string | undefined) => {
      if (node === CalendarDate || node === OptionalCalendarDate) {
        found.push(key ?? '');
        return;
      }
      if (seen.has(node)) return;
      seen.add(node);
      const def = node._zod.def as unknown as Record<string, unknown>;
      const shape = def.shape as Record<string, z.ZodType> | undefined;
      for (const [name, child] of Object.entries(shape ?? {})) walk(child, name);
      for (const child of [def.element, def.innerType, def.in, def.out]) if (child) walk(child as z.ZodType, key);
      for (const option of (def.options as z.ZodType[] | undefined) ?? []) walk(option, key);
    };
    walk(schema, undefined);
    return found;
  }

  it('are named so that the future-date rule finds every one of them', () => {
    const keys = dateKeys(CaseInput);
    expect(keys).toEqual(
      expect.arrayContaining(['dateReported', 'offenceDate', 'arrestDate', 'dateCollected', 'date']),
    );
    for (const key of keys) expect(key).toMatch(DATE_KEY);
  });
});
