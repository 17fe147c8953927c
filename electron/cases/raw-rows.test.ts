import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseFacts } from '../../shared/schemas/case';
import { generateRecords } from '../../shared/testing/generate-records';
import { summaryJson } from '../exchange/data-file-v2';
import { sealRow } from '../storage/row-seal';
import { tempDir } from '../testing/temp-dir';
import { testKey, testVault } from '../testing/test-vault';
import { CaseRepository } from './case-repository';
import { openRowBytes } from '../storage/row-seal';
import { RawRows } from './raw-rows';

/** A fresh case database with its key, as the app's data services have both. */
function folder() {
  const key = testKey();
  const vault = testVault(tempDir('raw-rows'), key);
  return { cases: new CaseRepository(vault), db: vault.db, raw: new RawRows(vault), opener: vault.opener() };
}

const place = { table: 'summaries', id: 'a1', year: 2025, revision: 3 };

describe('opening a sealed row without parsing it', () => {
  it('gives the JSON the row was sealed with, and refuses it anywhere else or under another key', () => {
    const key = testKey();
    const value = { caseCode: 'HIT-2025-1', narrative: 'ក្មេង “quoted”', n: [1, 2] };
    const sealed = sealRow(key, place, value);
    expect(openRowBytes(key, place, sealed)?.toString('utf8')).toBe(JSON.stringify(value));
    expect(openRowBytes(key, { ...place, revision: 2 }, sealed)).toBeUndefined();
    expect(openRowBytes(key, { ...place, id: 'a2' }, sealed)).toBeUndefined();
    expect(openRowBytes(key, { ...place, table: 'history' }, sealed)).toBeUndefined();
    expect(openRowBytes(testKey(), place, sealed)).toBeUndefined();
    const changed = Uint8Array.from(sealed);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 1;
    expect(openRowBytes(key, place, changed)).toBeUndefined();
  });
});

describe('a year read in bulk', () => {
  const records = generateRecords(23, 2025, 11);

  it('gives every summary of the year, history included, as the line a whole record gives', async () => {
    const { cases, raw, opener } = folder();
    cases.importRecords([...records, ...generateRecords(4, 2024, 12)]);
    const seen: string[] = [];
    // Opened on a worker thread, as an export does (vitest builds the worker as the app's build does).
    expect(opener.threads).toBeGreaterThan(0);
    for await (const batch of raw.batches(2025, opener, 5)) {
      expect(batch.length).toBeLessThanOrEqual(5);
      for (const summary of batch) {
        seen.push(summary.id);
        const line = Buffer.concat(summaryJson(summary.content, summary.history).parts).toString('utf8');
        expect(line).toBe(JSON.stringify(cases.get(summary.id)));
      }
    }
    expect(seen.sort()).toEqual(records.map((r) => r.id).sort());
    const facts: CaseFacts[] = [];
    for await (const batch of raw.facts(2025, opener, 7)) facts.push(...batch);
    expect(facts.map((f) => f.id).sort()).toEqual(seen);
    for (const f of facts) expect({ ...f, history: cases.get(f.id).history }).toEqual(cases.get(f.id));
    await opener.close();
  });

  it('refuses a row changed outside the app, naming it', async () => {
    const { cases, db, raw, opener } = folder();
    cases.importRecords(records);
    const [a, b] = records;
    db.prepare('UPDATE summaries SET content = (SELECT content FROM summaries WHERE id = ?) WHERE id = ?').run(
      b?.id ?? '',
      a?.id ?? '',
    );
    const failure = async (run: () => unknown) => {
      try {
        await run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const all = async () => {
      for await (const batch of raw.batches(2025, opener)) void batch;
    };
    const facts = async () => {
      for await (const batch of raw.facts(2025, opener)) void batch;
    };
    for (const read of [all, facts]) {
      const error = await failure(read);
      expect(error).toBeInstanceOf(AppFailure);
      expect(error).toMatchObject({ code: 'row-unreadable', params: { id: a?.id } });
    }
    await opener.close();
  });
});

describe('a bulk read that stops early', () => {
  it('leaves no refusal of a batch read ahead unhandled, and no worker running', async () => {
    const { cases, db, raw, opener } = folder();
    cases.importRecords(generateRecords(40, 2025, 13));
    // Every row after the first batch is changed outside the app: the batches read ahead are refused too.
    db.prepare('UPDATE summaries SET content = zeroblob(64) WHERE rowid > 5').run();
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      for (const read of [() => raw.batches(2025, opener, 5), () => raw.facts(2025, opener, 5)]) {
        const batches = read();
        await expect(
          (async () => {
            for await (const batch of batches) void batch;
          })(),
        ).rejects.toMatchObject({ code: 'row-unreadable' });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
      await opener.close();
    }
    expect(opener.threads).toBe(0);
  });
});
