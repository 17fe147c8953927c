import { describe, expect, it } from 'vitest';
import { rowOpenerWorkerSource } from '../../scripts/worker-source.mjs';
import { testKey } from '../testing/test-vault';
import { AppFailure } from '../../shared/ipc/result';
import { rowOpener } from './row-opener';
import { sealRow, type RowPlace } from './row-seal';
import type { DataKey } from './sealed-codec';

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const place: RowPlace = { table: 'summaries', id: `s${i}`, year: 2025, revision: 1 + (i % 3) };
    return { place, value: { caseCode: `HIT-2025-${String(i).padStart(4, '0')}`, narrative: 'ក្មេង '.repeat(i % 50) } };
  });

describe('opening sealed rows on worker threads', () => {
  const key = testKey();
  const given = rows(300);
  const places = given.map((r) => r.place);
  const sealed = given.map((r) => sealRow(key, r.place, r.value));
  const expected = given.map((r) => JSON.stringify(r.value));

  it('gives each row its JSON in the order asked, batches sent together coming back each to its own caller', async () => {
    const opener = rowOpener(() => key, { workerSource: rowOpenerWorkerSource(), threads: 2 });
    expect(opener.threads).toBe(2);
    const batches = await Promise.all(
      [0, 100, 200].map((start) => opener.open(places.slice(start, start + 100), sealed.slice(start, start + 100))),
    );
    expect(batches.flat().map((b) => b?.toString('utf8'))).toEqual(expected);
    await opener.close();
  });

  it('refuses a row changed, moved or sealed under another key, as the main thread does', async () => {
    const opener = rowOpener(() => key, { workerSource: rowOpenerWorkerSource(), threads: 1 });
    const [p0, p1, p2, p3, p4] = places.slice(0, 5) as [RowPlace, RowPlace, RowPlace, RowPlace, RowPlace];
    const [s0, s1, s2, , s4] = sealed.slice(0, 5) as Uint8Array[] as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    const changed = Uint8Array.from(s1);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 1;
    const other = sealRow(testKey(), p3, given[3]?.value);
    const opened = await opener.open([p0, p1, { ...p2, year: 2024 }, p3, p4], [s0, changed, s2, other, s4]);
    expect(opened.map((b) => b?.toString('utf8'))).toEqual([expected[0], undefined, undefined, undefined, expected[4]]);
    await opener.close();
  });

  it('refuses to open more once the app is locked, and its threads stop when it is closed', async () => {
    let current: DataKey | undefined = key;
    const opener = rowOpener(
      () => {
        if (!current) throw new AppFailure('locked', 'The app is locked.');
        return current;
      },
      { workerSource: rowOpenerWorkerSource(), threads: 1 },
    );
    expect((await opener.open(places.slice(0, 3), sealed.slice(0, 3))).map((b) => b?.toString('utf8'))).toEqual(
      expected.slice(0, 3),
    );
    current = undefined;
    await expect(opener.open(places.slice(3, 6), sealed.slice(3, 6))).rejects.toMatchObject({ code: 'locked' });
    // A new key (the data key replaced meanwhile): the rows read under the old one are not opened either.
    current = testKey();
    await expect(opener.open(places.slice(3, 6), sealed.slice(3, 6))).rejects.toMatchObject({ code: 'locked' });
    await opener.close();
    expect(opener.threads).toBe(0);
  });

  it('opens rows on the calling thread when no worker starts, or after the opener is closed', async () => {
    const broken = rowOpener(() => key, { workerSource: 'throw new Error("no thread here")', threads: 1 });
    const opened = await broken.open(places.slice(0, 10), sealed.slice(0, 10));
    expect(opened.map((b) => b?.toString('utf8'))).toEqual(expected.slice(0, 10));
    expect(broken.threads).toBe(0);
    const none = rowOpener(() => key, { workerSource: undefined });
    expect(none.threads).toBe(0);
    expect((await none.open(places.slice(5, 8), sealed.slice(5, 8))).map((b) => b?.toString('utf8'))).toEqual(
      expected.slice(5, 8),
    );
    const closed = rowOpener(() => key, { workerSource: rowOpenerWorkerSource(), threads: 1 });
    await closed.close();
    expect((await closed.open(places.slice(0, 2), sealed.slice(0, 2))).map((b) => b?.toString('utf8'))).toEqual(
      expected.slice(0, 2),
    );
  });
});
