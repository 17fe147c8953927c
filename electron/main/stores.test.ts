import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../shared/schemas/case';
import { sampleSummary } from '../../shared/testing/samples';
import { createHandlers } from '../app/handlers';
import { createDispatcher } from '../ipc/dispatcher';
import { pcId } from '../settings/pc-identity';
import { SettingsRepository } from '../settings/settings-repository';
import { acquireCaseDb } from '../storage/case-db';
import { jsonCodec } from '../storage/codec';
import { sealedCodec } from '../storage/sealed-codec';
import { sharedTempDir } from '../testing/temp-dir';
import { TEST_KDF, TEST_SETUP } from '../testing/unlocked-app';

/** The user-data folder, shared by the tests below in order (as one PC's folder is). */
const userData = sharedTempDir('userdata');

// Only `electron` is mocked: electron-store and conf run their real code (see vitest.config.ts).
vi.mock('electron', () => {
  const app = { getPath: () => userData(), getVersion: () => '0.1.0', getName: () => 'cpu-case-register' };
  const ipcMain = { on: vi.fn() };
  return { default: { app, ipcMain, shell: {} }, app, ipcMain, shell: {} };
});

const { electronStoreLocation, electronStoreStorage } = await import('./stores');

describe('electron-store location', () => {
  it('keeps this PC’s settings and id in the user-data folder through the real electron-store', () => {
    new SettingsRepository(electronStoreLocation(jsonCodec)).update({ officerName: 'Sok Dara', language: 'km' });
    expect(new SettingsRepository(electronStoreLocation(jsonCodec)).get()).toMatchObject({
      officerName: 'Sok Dara',
      language: 'km',
    });
    expect(JSON.parse(readFileSync(join(userData(), 'settings.json'), 'utf8'))).toMatchObject({
      officerName: 'Sok Dara',
      language: 'km',
    });

    const id = pcId(electronStoreLocation(jsonCodec));
    expect(pcId(electronStoreLocation(jsonCodec))).toBe(id);
    expect(JSON.parse(readFileSync(join(userData(), 'pc.json'), 'utf8'))).toEqual({ pcId: id });
  });

  it('seals and opens a store through electron-store’s serialize / deserialize hooks (how old year files are read to migrate them)', () => {
    const key = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
    const value = { formatVersion: 1, summaries: [], marker: 'Marker-PQ2-Kampot' };
    electronStoreLocation(sealedCodec(() => key)).open('cases-2022').store = value;
    const text = readFileSync(join(userData(), 'cases-2022.json'), 'utf8');
    expect(text).toMatch(/^\{"format":"cpu-case-register\/sealed"/);
    expect(text).not.toContain('Marker-PQ2-Kampot');
    expect(electronStoreLocation(sealedCodec(() => key)).open('cases-2022').store).toEqual(value);
    const otherPc = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
    expect(() => electronStoreLocation(sealedCodec(() => otherPc)).open('cases-2022').store).toThrow(
      /encrypted with a different key/,
    );
    expect(readFileSync(join(userData(), 'cases-2022.json'), 'utf8')).toBe(text);
    rmSync(join(userData(), 'cases-2022.json'));
  });

  it('reports a damaged file and leaves its bytes unchanged', () => {
    const file = join(userData(), 'settings.json');
    writeFileSync(file, 'garbage\u0000');
    const repo = new SettingsRepository(electronStoreLocation(jsonCodec));
    expect(() => repo.get()).toThrow(/settings\.json could not be opened: the file is not valid JSON/);
    expect(() => repo.update({ officerName: 'Sok' })).toThrow(/settings\.json/);
    expect(readFileSync(file, 'utf8')).toBe('garbage\u0000');
    rmSync(file);
  });

  it('in Electron’s storage, case data goes to cases.db beside the settings, never to a store file', async () => {
    const dispatch = createDispatcher(
      createHandlers(electronStoreStorage(), { version: '0.1.0', host: 'electron' }, undefined, { kdf: TEST_KDF }),
    );
    expect((await dispatch('session:setup', TEST_SETUP)).ok).toBe(true);
    const saved = await dispatch('cases:save', {
      summary: { ...sampleSummary('OVA'), narrative: 'Marker-JV8-Pailin' },
    });
    const draft = await dispatch('drafts:save', { key: 'new:HIT', values: { narrative: 'Marker-JV8-Pailin' } });
    expect(saved.ok && draft.ok).toBe(true);
    const id = saved.ok ? (saved.value as CaseRecord).id : '';
    expect((await dispatch('cases:get', { id })).ok).toBe(true);

    expect(acquireCaseDb(userData()).prepare('SELECT id FROM summaries').all()).toEqual([{ id }]);
    const names = readdirSync(userData());
    expect(names).toEqual(expect.arrayContaining(['cases.db', 'keys.json', 'pc.json']));
    expect(names.filter((n) => n.endsWith('.json')).sort()).toEqual(['keys.json', 'pc.json']);
  });
});
