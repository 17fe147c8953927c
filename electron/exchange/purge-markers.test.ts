import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/schemas/exchange';
import { sampleSummary } from '../../shared/testing/samples';
import { CaseRepository } from '../cases/case-repository';
import { acquireCaseDb } from '../storage/case-db';
import { dbSnapshot } from '../testing/db-snapshot';
import { tempDir } from '../testing/temp-dir';
import { testVault } from '../testing/test-vault';
import { createExport } from './export-service';
import { ImportService } from './import-service';
import { writeDataFile, type DataFile } from './data-file';

const DAY = 24 * 60 * 60 * 1000;

/** One PC: its own case database, repository and import, on a shared clock. */
function pc(name: string, clock: { t: number }) {
  const dir = tempDir(name);
  const now = () => new Date(clock.t);
  const origin = { pcId: randomUUID(), pcName: name };
  const vault = testVault(dir);
  const cases = new CaseRepository(vault, now, { origin: () => origin });
  const imports = new ImportService(cases, vault, () => undefined, now);
  const settings = (year: number) => ({ year, spending: {}, log: [] });
  const exportYear = async (year = 2025) => {
    const file = await createExport(
      { year, format: 'year-json' },
      {
        appVersion: '0.1.0',
        pc: origin,
        language: 'en',
        now: now(),
        ofYear: cases.ofYear(year),
        allFacts: cases.allFacts(),
        purged: cases.purgedMarkers(),
        settings: settings(year),
        previousSettings: settings(year - 1),
      },
    );
    return Buffer.from(file.base64, 'base64').toString('utf8');
  };
  const importFile = (content: string) => {
    const preview = imports.preview(content);
    return { preview, result: imports.apply(preview.token, {}, `Officer on ${name}`) };
  };
  const ids = () => cases.allRows().map((r) => r.id);
  return { dir, cases, imports, exportYear, importFile, ids, snapshot: () => dbSnapshot(acquireCaseDb(dir)) };
}

const kinds = (preview: ImportPreview) =>
  Object.fromEntries(Object.entries(preview.counts).filter(([, n]) => n > 0)) as Record<string, number>;

describe('purge markers in yearly data files', () => {
  const clock = { t: Date.parse('2025-04-01T08:00:00.000Z') };

  /** A holds `gone` (binned, then purged after 90 days) and `stays`; B imported both before the purge. */
  async function purgedOnA() {
    clock.t = Date.parse('2025-04-01T08:00:00.000Z');
    const a = pc('a', clock);
    const b = pc('b', clock);
    const gone = a.cases.save({ summary: { ...sampleSummary('HIT'), district: 'Gone' } }, 'Sok Dara');
    const stays = a.cases.save({ summary: sampleSummary('OVA') }, 'Sok Dara');
    a.cases.delete({ id: gone.id }, 'Sok Dara');
    const beforePurge = await a.exportYear();
    b.importFile(beforePurge);
    expect(b.ids().sort()).toEqual([gone.id, stays.id].sort());
    clock.t += 90 * DAY;
    const [marker] = a.cases.purgeExpired(90, 'Admin Lim', new Date(clock.t));
    if (!marker) throw new Error('the summary was purged');
    return { a, b, gone, stays, marker, beforePurge };
  }

  it('writes every marker into the file, and a file without markers has no `purged` (as version-1 files)', async () => {
    const { a, gone, marker, beforePurge } = await purgedOnA();
    expect('purged' in (JSON.parse(beforePurge) as object)).toBe(false);
    const file = JSON.parse(await a.exportYear()) as { summaries: { id: string }[]; purged: unknown[] };
    expect(file.purged).toEqual([marker]);
    expect(file.summaries.map((s) => s.id)).not.toContain(gone.id);
    // Markers of every year travel in each year's file.
    const other = JSON.parse(await a.exportYear(2024)) as { summaries: unknown[]; purged: unknown[] };
    expect(other).toMatchObject({ summaries: [], purged: [marker] });
  });

  it('purges the copy on a PC that imports the marker, shown in the preview, and stores the marker there', async () => {
    const { a, b, gone, stays, marker } = await purgedOnA();
    const file = await a.exportYear();
    const { preview, result } = b.importFile(file);
    expect(kinds(preview)).toEqual({ identical: 1, purge: 1 });
    expect(preview.items.find((i) => i.id === gone.id)).toMatchObject({
      caseCode: gone.caseCode,
      team: 'HIT',
      kind: 'purge',
    });
    expect(result).toEqual({ written: 1, years: [2025] });
    expect(b.ids()).toEqual([stays.id]);
    expect(b.cases.rows(2025, true)).toEqual([]);
    expect(b.cases.allFacts().map((f) => f.id)).toEqual([stays.id]);
    expect(b.cases.getMany([gone.id]).size).toBe(0);
    // The marker keeps who purged it and when, on the PC where it happened.
    expect(b.cases.purgedMarkers()).toEqual([marker]);

    // The same file again: nothing left to do, nothing written.
    const before = b.snapshot();
    const again = b.importFile(file);
    expect(kinds(again.preview)).toEqual({ identical: 1 });
    expect(again.result).toEqual({ written: 0, years: [] });
    expect(b.snapshot()).toEqual(before);
  });

  it('refuses a purged summary that comes back in a file, showing it in the preview', async () => {
    const { a, b, gone, beforePurge } = await purgedOnA();
    const before = a.snapshot();
    const { preview, result } = a.importFile(beforePurge);
    expect(preview.items.find((i) => i.id === gone.id)).toMatchObject({ caseCode: gone.caseCode, kind: 'purged' });
    expect(kinds(preview)).toEqual({ identical: 1, purged: 1 });
    expect(result.written).toBe(0);
    expect(a.cases.getMany([gone.id]).size).toBe(0);
    expect(a.snapshot()).toEqual(before);

    // B took the marker; then B's own older copy of the file comes back to B: refused too.
    b.importFile(await a.exportYear());
    const back = b.importFile(beforePurge);
    expect(back.preview.items.find((i) => i.id === gone.id)?.kind).toBe('purged');
    expect(b.ids()).not.toContain(gone.id);
  });

  it('passes markers on through a PC that never held the summary', async () => {
    const { a, gone, marker, beforePurge } = await purgedOnA();
    const c = pc('c', clock);
    const { preview, result } = c.importFile(await a.exportYear());
    expect(preview.items.map((i) => i.id)).not.toContain(gone.id);
    expect(result.written).toBe(1);
    expect(c.cases.purgedMarkers()).toEqual([marker]);
    // C's own file carries the marker on; A's old file cannot bring the summary to C.
    expect((JSON.parse(await c.exportYear()) as { purged: unknown[] }).purged).toEqual([marker]);
    c.importFile(beforePurge);
    expect(c.ids()).not.toContain(gone.id);
  });

  it('purges when a file holds both a marker and a copy of the summary, and never writes the copy', async () => {
    const { a, b, gone, stays, marker } = await purgedOnA();
    const { checksum, ...body } = JSON.parse(await a.exportYear()) as DataFile;
    void checksum;
    const copy = b.cases.get(gone.id);
    const crafted = writeDataFile({ ...body, summaries: [...body.summaries, copy] });
    const { preview, result } = b.importFile(crafted);
    expect(preview.items.filter((i) => i.id === gone.id)).toEqual([expect.objectContaining({ kind: 'purge' })]);
    expect(result.written).toBe(1);
    expect(b.ids()).toEqual([stays.id]);
    expect(b.cases.purgedMarkers()).toEqual([marker]);
    // The repository itself refuses to write a purged summary, whoever asks.
    expect(() => b.cases.importRecords([copy])).toThrow(/purged from the bin/);
    expect(b.ids()).toEqual([stays.id]);
  });

  it('does not show a copy as newer only because a value of its history was redacted here', async () => {
    const { a, b, stays } = await purgedOnA();
    const edited = a.cases.save(
      { id: stays.id, expectedRevision: 1, summary: { ...sampleSummary('OVA'), district: 'Victim Name' } },
      'Sok Dara',
    );
    b.importFile(await a.exportYear());
    const fromB = await b.exportYear();
    a.cases.redact(stays.id, 2, 'district', 'a name typed by mistake', 'Admin Lim', new Date(clock.t));
    const { preview } = a.importFile(fromB);
    expect(preview.items.find((i) => i.id === stays.id)?.kind).toBe('identical');
    // Nor the other way round: B keeps its copy, unchanged, and sees nothing new.
    const { preview: onB } = b.importFile(await a.exportYear());
    expect(onB.items.find((i) => i.id === stays.id)?.kind).toBe('identical');
    expect(a.cases.get(stays.id).history[1]?.changes[0]?.to).toMatchObject({ redacted: true });
    expect(edited.revision).toBe(2);
  });
});
