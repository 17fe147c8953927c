import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord } from '../../shared/schemas/case';
import { generateRecords } from '../../shared/testing/generate-records';
import { failureOf, repositoryFolder } from './repository-test-kit';

const batchesOf = (records: readonly CaseRecord[], size: number) =>
  Array.from({ length: Math.ceil(records.length / size) }, (_, i) => records.slice(i * size, (i + 1) * size));

describe('importRecords, a batch at a time in one transaction', () => {
  const folder = repositoryFolder();

  it('writes every batch of several years, and the same records as one array would', () => {
    const records = [...generateRecords(30, 2024, 1), ...generateRecords(30, 2025, 2)];
    const repository = folder.open();
    const years = repository.importRecords({ batches: batchesOf(records, 7) });
    expect(years).toEqual([2024, 2025]);
    const reopened = folder.open();
    expect(reopened.rows(2024).length + reopened.rows(2025).length).toBe(60);
    expect(reopened.get(records[45]?.id ?? '').summary).toEqual(records[45]?.summary);
  });

  it('writes nothing when a later batch fails: a closed year, then a record that breaks the schema', () => {
    const first = generateRecords(20, 2024, 3);
    const closed = generateRecords(5, 2023, 4);
    const repository = folder.open({
      assertOpen: (...years) => {
        if (years.includes(2023)) throw new AppFailure('year-closed', '2023 is closed.');
      },
    });
    expect(failureOf(() => repository.importRecords({ batches: [first, closed] })).code).toBe('year-closed');
    const broken = { ...first[0], id: crypto.randomUUID(), summary: { ...first[0]?.summary, team: 'NONE' } };
    const second = generateRecords(5, 2024, 5);
    expect(() =>
      repository.importRecords({ batches: [second, [broken as unknown as CaseRecord]] }, undefined, []),
    ).toThrow();
    // Nor does a generator that stops on an error of its own after the first batch.
    function* stopping() {
      yield generateRecords(5, 2024, 6);
      throw new AppFailure('invalid-input', 'stopped');
    }
    expect(failureOf(() => repository.importRecords({ batches: stopping() })).code).toBe('invalid-input');
    const reopened = folder.open();
    expect(reopened.years()).toEqual([]);
    expect(repository.years()).toEqual([]);
  });
});
