import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord, CaseRow } from '../../shared/schemas/case';
import type { Draft } from '../../shared/schemas/draft';
import type { YearSettings } from '../../shared/schemas/year-settings';
import type { SessionStatus } from '../../shared/schemas/session';
import { createHandlers } from '../app/handlers';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { LEGACY_ACCOUNT, Session } from '../session/session';
import { acquireCaseDb, closeCaseDb, readMeta } from '../storage/case-db';
import { confStorage } from '../storage/conf-location';
import { sealedCodec } from '../storage/sealed-codec';
import { call } from '../testing/dispatch-calls';
import { quitApp } from '../testing/test-vault';
import { bundleChild, killNine, startChild } from '../testing/child-process';
import { sharedTempDir } from '../testing/temp-dir';
import { TEST_KDF, TEST_PASSPHRASE, unlockedExistingDispatch } from '../testing/unlocked-app';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'release-0.1');
const NOW = () => new Date('2025-07-01T08:00:00.000Z');
const MOVED_TO = 'migrated-20250701';
const LEGACY = ['cases-2024.json', 'cases-2025.json', 'drafts.json', 'years.json'];

/** Every file under `dir` (relative path → bytes), to compare folders byte for byte. */
function filesUnder(dir: string, under = dir): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [k, v] of filesUnder(path, under)) out.set(k, v);
    else out.set(relative(under, path), readFileSync(path));
  }
  return out;
}

/** What the previous release held: its files read with its own codec (on a copy, so the fixture is never touched). */
async function legacyContent(work: string) {
  const dir = join(work, 'reference');
  cpSync(FIXTURE, dir, { recursive: true });
  const session = new Session({ dir, kdf: TEST_KDF });
  await session.unlock(LEGACY_ACCOUNT, TEST_PASSPHRASE);
  const location = confStorage(dir).location(sealedCodec(() => session.dataKey()));
  const byId = new Map<string, CaseRecord>();
  for (const year of [2024, 2025]) {
    for (const record of (location.open(`cases-${year}`).store as { summaries: CaseRecord[] }).summaries) {
      // A move leaves no stale copy in the fixture, but the higher revision would be the summary.
      if ((byId.get(record.id)?.revision ?? 0) < record.revision) byId.set(record.id, record);
    }
  }
  const drafts = (location.open('drafts').store as { drafts: Draft[] }).drafts;
  const years = (location.open('years').store as { years: Record<string, YearSettings> }).years;
  session.lock();
  return { records: [...byId.values()], drafts, years };
}

/** Every summary the app shows (lists of both years, and the bin), each opened whole. */
async function everything(dispatch: Dispatch) {
  const rows: CaseRow[] = [];
  const binned: CaseRow[] = [];
  for (const year of await call<number[]>(dispatch, 'cases:years', {})) {
    rows.push(...(await call<{ rows: CaseRow[] }>(dispatch, 'cases:list', { year })).rows);
    binned.push(...(await call<{ rows: CaseRow[] }>(dispatch, 'cases:list', { year, bin: true })).rows);
  }
  const records = await Promise.all(
    [...rows, ...binned].map((r) => call<CaseRecord>(dispatch, 'cases:get', { id: r.id })),
  );
  return { rows, binned, records };
}

describe('migration of a data folder from release 0.1', () => {
  const work = sharedTempDir('migrate');
  let legacy: Awaited<ReturnType<typeof legacyContent>>;
  let child: string;
  const fixtureFiles = filesUnder(FIXTURE);
  let n = 0;
  const copyFixture = () => {
    const dir = join(work(), `data-${(n += 1)}`);
    cpSync(FIXTURE, dir, { recursive: true });
    return dir;
  };

  beforeAll(async () => {
    [legacy, child] = await Promise.all([legacyContent(work()), bundleChild('storage-child', work())]);
    expect(legacy.records).toHaveLength(16);
  });

  it(
    'keeps every summary, history entry, case code, draft, spending and the closed year, and moves the old files aside unchanged',
    { timeout: 20_000 },
    async () => {
      const dir = copyFixture();
      const dispatch = unlockedExistingDispatch(dir, NOW);
      const { rows, binned, records } = await everything(dispatch);

      expect(rows).toHaveLength(15);
      expect(binned).toHaveLength(1);
      expect(records.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        legacy.records.sort((a, b) => a.id.localeCompare(b.id)),
      );
      // The edit and the move kept their history; the binned one is in the bin.
      const edited = records.find((r) =>
        r.history.some((h) => h.action === 'edited' && h.changes.some((c) => c.path === 'district')),
      );
      expect(edited?.summary.district).toBe('Daun Penh');
      const moved = records.find((r) => r.summary.dateReported === '2025-01-20');
      expect(moved?.history.map((h) => h.action)).toEqual(['created', 'edited']);
      expect(rows.find((r) => r.id === moved?.id)?.dateReported).toBe('2025-01-20');
      expect(binned[0]?.deletedAt).toBeDefined();
      expect(new Set(records.map((r) => r.caseCode)).size).toBe(16);

      expect(await call(dispatch, 'drafts:get', { key: 'new:HIT' })).toEqual(
        legacy.drafts.find((d) => d.key === 'new:HIT'),
      );
      const y2024 = await call<YearSettings>(dispatch, 'years:get', { year: 2024 });
      expect(y2024).toEqual(legacy.years['2024']);
      expect(y2024.spending).toMatchObject({ HIT: 120_000, OVA: 80_000 });
      expect(y2024.closed).toBeDefined();
      // Closed stays closed: an edit of a 2024 summary is refused.
      const of2024 = records.find(
        (r) => r.summary.dateReported.startsWith('2024') && r.deletedAt === undefined,
      ) as CaseRecord;
      const refused = await dispatch('cases:save', {
        id: of2024.id,
        expectedRevision: of2024.revision,
        summary: { ...of2024.summary, district: 'Chamkar Mon' },
      });
      expect(refused.ok ? 'saved' : refused.error.code).toBe('year-closed');

      // Moved, never deleted, byte for byte (with the old per-year backups).
      for (const name of LEGACY) expect(existsSync(join(dir, name)), name).toBe(false);
      const moved2 = filesUnder(join(dir, MOVED_TO));
      for (const [path, bytes] of fixtureFiles) {
        if (LEGACY.includes(path) || /^backups\/cases-\d{4}\//.test(path))
          expect(moved2.get(path)?.equals(bytes), path).toBe(true);
      }
      expect([...moved2.keys()].length).toBe(
        [...fixtureFiles.keys()].filter((p) => LEGACY.includes(p) || /^backups\/cases-\d{4}\//.test(p)).length,
      );

      // A second unlock (after a restart) does nothing more.
      const meta = readMeta(acquireCaseDb(dir), 'migration.release-0.1');
      await quitApp();
      const again = unlockedExistingDispatch(dir, () => new Date('2025-07-02T08:00:00.000Z'));
      const second = await everything(again);
      expect(second.records.sort((a, b) => a.id.localeCompare(b.id))).toEqual(records);
      expect(readdirSync(dir).filter((f) => f.startsWith('migrated-'))).toEqual([MOVED_TO]);
      expect(filesUnder(join(dir, MOVED_TO))).toEqual(moved2);
      expect(readMeta(acquireCaseDb(dir), 'migration.release-0.1')).toBe(meta);
    },
  );

  it('refuses a damaged year file, naming it, and changes nothing', async () => {
    const dir = copyFixture();
    const path = join(dir, 'cases-2024.json');
    const text = readFileSync(path, 'utf8');
    // One character of the sealed data changed: the file no longer opens.
    const at = text.indexOf('"data":"') + 20;
    writeFileSync(path, text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    const before = filesUnder(dir);

    // Signing in opens (and so migrates) the data: the PC passphrase's sign-in is refused, naming the file.
    const dispatch = createDispatcher(
      createHandlers(confStorage(dir), { version: '1.0.0', host: 'browser-shell' }, NOW, { kdf: TEST_KDF }),
    );
    const result = await dispatch('session:unlock', { accountId: LEGACY_ACCOUNT, passphrase: TEST_PASSPHRASE });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('store-unreadable');
    expect(result.error.params?.file).toBe('cases-2024.json');
    expect(result.error.message).toContain('cases-2024.json');
    // No account was made of the PC passphrase: it is still the folder's way in.
    expect((await call<SessionStatus>(dispatch, 'session:status', {})).accounts.map((a) => a.id)).toEqual([
      LEGACY_ACCOUNT,
    ]);
    expect((await dispatch('cases:years', {})).ok).toBe(false);

    const db = acquireCaseDb(dir);
    expect(db.prepare('SELECT COUNT(*) AS n FROM summaries').get()?.n).toBe(0);
    expect(readMeta(db, 'migration.release-0.1')).toBeUndefined();
    // Every data file as it was (keys.json only records the database's generation, see generation.ts).
    const after = filesUnder(dir);
    for (const [file, bytes] of before) {
      if (file !== 'keys.json' && !file.startsWith('backups/keys/'))
        expect(after.get(file)?.equals(bytes), file).toBe(true);
    }
    expect(readdirSync(dir).some((f) => f.startsWith('migrated-'))).toBe(false);
  });

  it('killed with SIGKILL at random moments, leaves the old files in use or the database complete; then shows all 16', async () => {
    const RUNS = 16;
    // How long sign-in → migrated takes here (signing in opens the data, so migrates it), so kills
    // fall before, inside and after the migration.
    const calibration = startChild(child, ['migrate', copyFixture()]);
    await calibration.line('SIGNING-IN');
    const started = performance.now();
    await calibration.line('DONE');
    const span = performance.now() - started;
    await killNine(calibration);

    const outcomes = { untouched: 0, complete: 0 };
    // Children run two at a time (CI PCs have two cores); the checks run here, one folder after another.
    const dirs = Array.from({ length: RUNS }, copyFixture);
    for (let lane = 0; lane < RUNS; lane += 2) {
      await Promise.all(
        dirs.slice(lane, lane + 2).map(async (dir) => {
          const running = startChild(child, ['migrate', dir]);
          await running.line('SIGNING-IN');
          await new Promise((resolve) => setTimeout(resolve, Math.random() * span * 1.3));
          await killNine(running);
        }),
      );
    }
    for (const [run, dir] of dirs.entries()) {
      const db = acquireCaseDb(dir);
      const done = readMeta(db, 'migration.release-0.1');
      const count = Number(db.prepare('SELECT COUNT(*) AS n FROM summaries').get()?.n);
      // The child signs in on today's clock: the summary binned in the fixture may be past the bin's
      // days already, and purged at that sign-in (its marker stays).
      const purged = Number(db.prepare('SELECT COUNT(*) AS n FROM purged').get()?.n);
      // Each old file is in exactly one place, unchanged: in use, or moved aside (the child runs on today's clock).
      const aside = readdirSync(dir).filter((f) => f.startsWith('migrated-'));
      expect(aside.length).toBeLessThanOrEqual(1);
      for (const name of LEGACY) {
        const places = [join(dir, name), ...aside.map((a) => join(dir, a, name))].filter((p) => existsSync(p));
        expect(places, name).toHaveLength(1);
        expect(readFileSync(places[0] as string).equals(fixtureFiles.get(name) as Buffer), name).toBe(true);
      }
      if (done === undefined) {
        expect(count + purged, 'an interrupted migration left no summaries behind').toBe(0);
        for (const name of LEGACY) expect(existsSync(join(dir, name)), name).toBe(true);
        outcomes.untouched += 1;
      } else {
        expect(count + purged).toBe(16);
        expect(purged).toBeLessThanOrEqual(1);
        outcomes.complete += 1;
      }
      closeCaseDb(dir);

      const { rows, binned } = await everything(unlockedExistingDispatch(dir, NOW));
      const gone = Number(acquireCaseDb(dir).prepare('SELECT COUNT(*) AS n FROM purged').get()?.n);
      expect(rows.length + binned.length + gone, `run ${run}`).toBe(16);
      for (const name of LEGACY) expect(existsSync(join(dir, name)), name).toBe(false);
      closeCaseDb(dir);
    }
    console.info(
      `migration kills: ${outcomes.untouched} before the commit, ${outcomes.complete} after (window ${span.toFixed(0)} ms)`,
    );
    // Each run's check signs in (the PC passphrase becomes an account there) before reading all 16.
  }, 120_000);
});
