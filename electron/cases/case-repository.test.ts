import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { jsonCodec } from '../storage/codec';
import { confLocation } from '../storage/conf-location';
import { CaseRepository } from './case-repository';

const summary = { investigationRef: 'CPU-2025-014', team: 'HIT' as const, dateReported: '2025-03-14' };

describe('CaseRepository on real conf files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-cases-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file per report year and reads it back in a new instance', () => {
    const repo = new CaseRepository(confLocation(dir, jsonCodec));
    const saved = repo.save({ summary }, 'Sok Dara');
    repo.save({ summary: { ...summary, dateReported: '2024-12-31' } }, 'Sok Dara');

    const reopened = new CaseRepository(confLocation(dir, jsonCodec));
    expect(reopened.years()).toEqual([2025, 2024]);
    expect(reopened.list(2025)).toEqual([saved]);
    expect(saved).toMatchObject({ revision: 1, createdBy: 'Sok Dara', updatedBy: 'Sok Dara' });
    expect(JSON.parse(readFileSync(join(dir, 'cases-2025.json'), 'utf8'))).toMatchObject({ formatVersion: 1 });
  });

  it('an edit bumps the revision, refuses a stale revision, and moves years with the date', () => {
    const repo = new CaseRepository(confLocation(dir, jsonCodec));
    const first = repo.save({ summary }, 'A');
    const second = repo.save({ id: first.id, expectedRevision: 1, summary: { ...summary, dateReported: '2024-06-01' } }, 'B');
    expect(second).toMatchObject({ id: first.id, revision: 2, createdBy: 'A', updatedBy: 'B' });
    expect(() => repo.save({ id: first.id, expectedRevision: 1, summary }, 'C')).toThrow(AppFailure);

    const reopened = new CaseRepository(confLocation(dir, jsonCodec));
    expect(reopened.list(2025)).toEqual([]);
    expect(reopened.list(2024)).toEqual([second]);
  });

  it.each([
    ['not JSON', '{"formatVersion":1,"summaries":[', /not valid JSON/],
    ['not an object', '[1,2,3]', /does not hold a data object/],
    ['a record breaking the schema', JSON.stringify({ formatVersion: 1, summaries: [{ id: 'x' }] }), /summaries\.0/],
  ])('reports a year file that is %s, by name and reason, and never changes it', (_label, bytes, reason) => {
    const file = join(dir, 'cases-2025.json');
    writeFileSync(file, bytes);
    const repo = new CaseRepository(confLocation(dir, jsonCodec));

    let failure: unknown;
    try {
      repo.list(2025);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('store-unreadable');
    expect((failure as AppFailure).params.file).toBe('cases-2025.json');
    expect((failure as AppFailure).params.reason).toMatch(reason);

    expect(() => repo.save({ summary }, 'Sok')).toThrow(/cases-2025\.json/);
    expect(readFileSync(file, 'utf8')).toBe(bytes);
  });
});
