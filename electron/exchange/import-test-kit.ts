import { randomUUID } from 'node:crypto';
import { diffSummaries } from '../../shared/domain/history';
import type { CaseInput, CaseRecord } from '../../shared/schemas/case';
import type { ImportPreview } from '../../shared/schemas/exchange';
import { CaseRepository } from '../cases/case-repository';
import { acquireCaseDb } from '../storage/case-db';
import { dbSnapshot } from '../testing/db-snapshot';
import { tempDir } from '../testing/temp-dir';
import { testVault } from '../testing/test-vault';
import { ImportService } from './import-service';
import { writeDataFile } from './data-file';

/**
 * The import's rules tested on one PC's real repository and import service, with files of
 * another PC written for the test (tests only).
 */

/** The PCs' clock: late in 2025, so the register lists 2000 to 2026. */
const NOW = new Date('2025-12-20T08:00:00.000Z');
export const AT = '2025-06-01T08:00:00.000Z';

/** One PC: its own case database, repository and import service (the real ones), on a fixed clock. */
export function pc(name: string) {
  const dir = tempDir(name);
  const now = () => NOW;
  const origin = { pcId: randomUUID(), pcName: name };
  const vault = testVault(dir);
  const cases = new CaseRepository(vault, now, { origin: () => origin });
  const imports = new ImportService(cases, vault, () => undefined, now);
  const save = (summary: CaseInput) => cases.save({ summary }, `Officer on ${name}`);
  const apply = (preview: ImportPreview) => imports.apply(preview.token, {}, `Officer on ${name}`);
  return { cases, imports, save, apply, snapshot: () => dbSnapshot(acquireCaseDb(dir)) };
}

/** A summary as another PC stored it: created once, with the history a save writes. */
export function record(caseCode: string, summary: CaseInput): CaseRecord {
  return {
    id: randomUUID(),
    caseCode,
    revision: 1,
    createdAt: AT,
    createdBy: 'Sok Dara',
    updatedAt: AT,
    updatedBy: 'Sok Dara',
    summary,
    history: [{ revision: 1, at: AT, by: 'Sok Dara', action: 'created', changes: diffSummaries(undefined, summary) }],
  };
}

const OTHER_PC = { pcId: randomUUID(), pcName: 'Takhmao office' };

/** A yearly data file of another PC, with a right checksum: only the rules can object to it. */
export const fileOf = (summaries: CaseRecord[], year = 2025) =>
  writeDataFile({
    format: 'cpu-case-register/year-data',
    formatVersion: 1,
    appVersion: '0.1.0',
    pc: OTHER_PC,
    exportedAt: AT,
    year,
    summaries,
  });

export { failureOf } from '../cases/repository-test-kit';
