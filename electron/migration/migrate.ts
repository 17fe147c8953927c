import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../../shared/domain/canonical-json';
import { yearOf } from '../../shared/domain/dates';
import { AppFailure } from '../../shared/ipc/result';
import type { CaseRecord } from '../../shared/schemas/case';
import { factsOf, CaseRows } from '../cases/case-rows';
import { codePrefix } from '../cases/case-code';
import { Sequences } from '../cases/sequences';
import { guarded, readMeta, writeMeta } from '../storage/case-db';
import type { DataKey } from '../storage/sealed-codec';
import { sealedCodec } from '../storage/sealed-codec';
import { transaction } from '../storage/sql';
import { unreadable, type HostStorage } from '../storage/store-location';
import type { Vault } from '../storage/vault';
import { LegacyDraftsFile, LegacyYearsFile, parseYearFile, yearFromFileName } from './legacy-year-file';

const DONE = 'migration.release-0.1';

/** What the migration moved, per year: counts and a checksum over the records' canonical JSON. */
export interface MigrationReport {
  years: Record<string, { summaries: number; history: number; checksum: string }>;
  drafts: number;
  yearSettings: number;
  movedTo: string | undefined;
}

const isLegacyName = (name: string) =>
  yearFromFileName(name.replace(/\.json$/, '')) !== undefined || name === 'drafts.json' || name === 'years.json';

const legacyNames = (dir: string) => {
  try {
    return readdirSync(dir).filter(isLegacyName);
  } catch {
    return [];
  }
};

const checksum = (records: readonly CaseRecord[]) =>
  createHash('sha256')
    .update(canonicalJson([...records].sort((a, b) => a.id.localeCompare(b.id))))
    .digest('hex');

/**
 * The first unlock of a data folder from the release before the database moves its year
 * files, drafts and year settings into the database in one transaction, checks that every
 * summary and history entry arrived (counts and a checksum per year, read back through the
 * database), and only after the commit moves the old files (and their backups) into a dated
 * folder beside the data: never deleted. Killed before the commit, the old files stay in use
 * and the next unlock starts again; killed after it, the next unlock finishes the move.
 */
export function migrateLegacyFolder(
  storage: HostStorage,
  vault: Vault,
  key: () => DataKey,
  now: () => Date,
): MigrationReport | undefined {
  const dir = storage.dir;
  const names = legacyNames(dir);
  if (names.length === 0) return undefined;
  const done = guarded(() => readMeta(vault.db, DONE));
  if (done !== undefined) {
    const report = JSON.parse(done) as MigrationReport;
    return { ...report, movedTo: moveAside(dir, names, now) };
  }
  const location = storage.location(sealedCodec(key));
  const read = <T>(name: string, parse: (raw: Record<string, unknown>) => T): T => {
    try {
      return parse(location.open(name).store);
    } catch (error) {
      throw unreadable(join(dir, `${name}.json`), error);
    }
  };
  const years = names
    .map((n) => yearFromFileName(n.replace(/\.json$/, '')))
    .filter((y): y is number => y !== undefined);
  const files = years.map((year) => ({ year, file: read(`cases-${year}`, (raw) => parseYearFile(raw)) }));
  const drafts = names.includes('drafts.json') ? read('drafts', (raw) => LegacyDraftsFile.parse(raw)).drafts : [];
  const settings = names.includes('years.json')
    ? Object.values(read('years', (raw) => LegacyYearsFile.parse(raw)).years)
    : [];

  // A summary whose move between year files was cut short sits in two files: the higher revision wins.
  const byId = new Map<string, CaseRecord>();
  for (const { file } of files) {
    for (const record of file.summaries) {
      const other = byId.get(record.id);
      if (!other || other.revision < record.revision) byId.set(record.id, record);
    }
  }
  const records = [...byId.values()];
  const report: MigrationReport = {
    years: {},
    drafts: drafts.length,
    yearSettings: settings.length,
    movedTo: undefined,
  };
  for (const year of new Set(records.map((r) => yearOf(r.summary.dateReported)))) {
    const ofYear = records.filter((r) => yearOf(r.summary.dateReported) === year);
    report.years[String(year)] = {
      summaries: ofYear.length,
      history: ofYear.reduce((n, r) => n + r.history.length, 0),
      checksum: checksum(ofYear),
    };
  }

  const rows = new CaseRows(vault);
  const sequences = new Sequences(vault);
  guarded(() =>
    transaction(vault.db, () => {
      for (const record of records) rows.put(factsOf(record), yearOf(record.summary.dateReported), record.history);
      for (const { year, file } of files) {
        const issued = sequences.get(year);
        const values = { ...issued.values };
        for (const [team, n] of Object.entries(file.lastSequence ?? {})) {
          const prefix = codePrefix(team as CaseRecord['summary']['team'], year);
          values[prefix] = Math.max(values[prefix] ?? 0, n);
        }
        sequences.put(year, issued, values);
      }
      const draftInsert = vault.db.prepare(
        'INSERT OR REPLACE INTO drafts (key, saved_at, revision, content) VALUES (?, ?, 1, ?)',
      );
      for (const draft of drafts)
        draftInsert.run(
          draft.key,
          draft.savedAt,
          vault.seal({ table: 'drafts', id: draft.key, year: 0, revision: 1 }, draft),
        );
      const yearInsert = vault.db.prepare('INSERT OR REPLACE INTO years (year, revision, content) VALUES (?, 1, ?)');
      for (const s of settings)
        yearInsert.run(s.year, vault.seal({ table: 'years', id: String(s.year), year: s.year, revision: 1 }, s));
      verify(rows, report);
      writeMeta(vault.db, DONE, JSON.stringify({ ...report, at: now().toISOString() }));
    }),
  );
  return { ...report, movedTo: moveAside(dir, names, now) };
}

/** Reads every year back through the database; any difference rolls the whole migration back. */
function verify(rows: CaseRows, report: MigrationReport): void {
  for (const [year, expected] of Object.entries(report.years)) {
    const back = rows.ofYear(Number(year));
    const history = back.reduce((n, r) => n + r.history.length, 0);
    if (back.length !== expected.summaries || history !== expected.history || checksum(back) !== expected.checksum) {
      throw new AppFailure(
        'store-unreadable',
        `Moving the summaries of ${year} into the database did not check out; nothing was changed.`,
        {
          file: `cases-${year}.json`,
          reason: 'the migration check failed',
        },
      );
    }
  }
}

/** Moves the old files and their backups into `migrated-YYYYMMDD/` (or `-2`, `-3`, … when taken). */
function moveAside(dir: string, names: readonly string[], now: () => Date): string {
  const day = now().toISOString().slice(0, 10).replaceAll('-', '');
  let target = join(dir, `migrated-${day}`);
  for (let n = 2; existsSync(target) && readdirSync(target).some((f) => names.includes(f)); n += 1)
    target = join(dir, `migrated-${day}-${n}`);
  mkdirSync(target, { recursive: true });
  for (const name of names) renameSync(join(dir, name), join(target, name));
  const oldBackups = join(dir, 'backups');
  if (existsSync(oldBackups)) {
    for (const name of readdirSync(oldBackups).filter((n) => /^cases-\d{4}$/.test(n))) {
      mkdirSync(join(target, 'backups'), { recursive: true });
      renameSync(join(oldBackups, name), join(target, 'backups', name));
    }
  }
  return target;
}
