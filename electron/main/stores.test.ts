import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sampleSummary } from '../../shared/testing/samples';
import { CaseRepository } from '../cases/case-repository';
import { DraftsRepository } from '../drafts/drafts-repository';
import { randomBytes } from 'node:crypto';
import { jsonCodec } from '../storage/codec';
import { sealedCodec } from '../storage/sealed-codec';

const userData = mkdtempSync(join(tmpdir(), 'cpu-userdata-'));

// Only `electron` is mocked: electron-store and conf run their real code (see vitest.config.ts).
vi.mock('electron', () => {
  const app = { getPath: () => userData, getVersion: () => '0.1.0', getName: () => 'cpu-case-register' };
  const ipcMain = { on: vi.fn() };
  return { default: { app, ipcMain, shell: {} }, app, ipcMain, shell: {} };
});

const { electronStoreLocation } = await import('./stores');

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('electron-store location', () => {
  it('stores year files in the user-data folder through the real electron-store', () => {
    const repo = new CaseRepository(electronStoreLocation(jsonCodec));
    const saved = repo.save({ summary: sampleSummary('OVA') }, 'Sok');
    const onDisk = JSON.parse(readFileSync(join(userData, 'cases-2025.json'), 'utf8')) as { summaries: unknown[] };
    expect(onDisk.summaries).toEqual([saved]);
    expect(new CaseRepository(electronStoreLocation(jsonCodec)).get(saved.id)).toEqual(saved);
  });

  it('stores drafts beside them', () => {
    new DraftsRepository(electronStoreLocation(jsonCodec)).save('new:ICAC', { team: 'ICAC' });
    expect(new DraftsRepository(electronStoreLocation(jsonCodec)).get('new:ICAC')?.values).toEqual({ team: 'ICAC' });
    expect(JSON.parse(readFileSync(join(userData, 'drafts.json'), 'utf8'))).toMatchObject({ formatVersion: 1 });
  });

  it('encrypts a year file through electron-store’s serialize / deserialize hooks', () => {
    const key = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
    const codec = sealedCodec(() => key);
    const saved = new CaseRepository(electronStoreLocation(codec)).save({ summary: { ...sampleSummary('HIT'), dateReported: '2022-05-01', offenceDate: '2022-04-30', suspects: [] } }, 'Sok');
    const text = readFileSync(join(userData, 'cases-2022.json'), 'utf8');
    expect(text).toMatch(/^\{"format":"cpu-case-register\/sealed"/);
    expect(text).not.toContain(saved.id);
    // (The other year files here are plain ones from the tests above, so read this year only.)
    expect(new CaseRepository(electronStoreLocation(codec)).ofYear(2022)).toEqual([saved]);
    expect(() => new CaseRepository(electronStoreLocation(jsonCodec)).rows(2022)).toThrow(/cases-2022\.json could not be opened/);
  });

  it('reports a damaged file and leaves its bytes unchanged', () => {
    const file = join(userData, 'cases-2023.json');
    writeFileSync(file, 'garbage\u0000');
    const repo = new CaseRepository(electronStoreLocation(jsonCodec));
    expect(() => repo.rows(2023)).toThrow(/cases-2023\.json could not be opened: the file is not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('garbage\u0000');
  });
});
