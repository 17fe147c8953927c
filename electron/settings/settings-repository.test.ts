import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonCodec } from '../storage/codec';
import { confLocation } from '../storage/conf-location';
import { tempDir } from '../testing/temp-dir';
import { SettingsRepository } from './settings-repository';

describe('SettingsRepository on a real conf file', () => {
  let dir: string;
  const open = () => new SettingsRepository(confLocation(dir, jsonCodec));
  const file = () => join(dir, 'settings.json');
  beforeEach(() => {
    dir = tempDir('settings');
  });

  it('answers the defaults without writing, and keeps an update for the next start', () => {
    const defaults = {
      officerName: '',
      language: 'en',
      digits: 'latin',
      pcName: '',
      binRetentionDays: 90,
      suppressBelow: 5,
      unitName: '',
      unitAddress: '',
      directorName: '',
      directorTitle: '',
    };
    expect(open().get()).toEqual(defaults);
    expect(existsSync(file())).toBe(false);
    expect(open().update({ pcName: ' OVA office 2 ', binRetentionDays: 30 })).toEqual({
      ...defaults,
      pcName: 'OVA office 2',
      binRetentionDays: 30,
    });
    expect(open().get()).toEqual({ ...defaults, pcName: 'OVA office 2', binRetentionDays: 30 });
  });

  it('answers from memory while the file is unchanged, and reads it again once it changed on disk', () => {
    const settings = open();
    settings.update({ pcName: 'OVA office 2' });
    const answer = settings.get();
    answer.pcName = 'changed by a caller';
    expect(settings.get().pcName).toBe('OVA office 2');
    writeFileSync(file(), JSON.stringify({ pcName: 'Renamed outside the app' }));
    expect(settings.get().pcName).toBe('Renamed outside the app');
    writeFileSync(file(), '{"officerName": 42, "pcName": "x"}');
    expect(() => settings.get()).toThrow(/settings\.json could not be opened/);
  });

  it('reports a damaged settings file by name and never changes it', () => {
    writeFileSync(file(), '{"officerName": 42}');
    expect(() => open().get()).toThrow(/settings\.json could not be opened: a record breaks the rules at officerName/);
    expect(() => open().update({ pcName: 'Sok' })).toThrow(/settings\.json/);
    expect(readFileSync(file(), 'utf8')).toBe('{"officerName": 42}');
  });
});
