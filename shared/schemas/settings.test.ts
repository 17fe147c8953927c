import { describe, expect, it } from 'vitest';
import { issues } from '../testing/schema-issues';
import { Settings, UpdateSettingsRequest } from './settings';

describe('Settings', () => {
  it('officer name at most 80 characters (may be empty); a known language and digits; nothing else', () => {
    expect(issues(Settings, { officerName: '', language: 'en', digits: 'latin', pcName: '' })).toEqual([]);
    expect(issues(Settings, { officerName: 'n'.repeat(81), language: 'km', digits: 'khmer', pcName: '' })).toEqual([
      'officerName: v.name.long',
    ]);
    expect(
      issues(Settings, { officerName: 'Sok', language: 'fr', digits: 'latin', pcName: '' }).map((i) => i.split(':')[0]),
    ).toEqual(['language']);
    expect(
      issues(Settings, { officerName: 'Sok', language: 'km', digits: 'arabic', pcName: '' }).map(
        (i) => i.split(':')[0],
      ),
    ).toEqual(['digits']);
    expect(issues(UpdateSettingsRequest, { digits: 'khmer' })).toEqual([]);
    expect(issues(UpdateSettingsRequest, { officerName: 'Sok' })).toEqual([]);
    expect(issues(UpdateSettingsRequest, {})).toEqual([]);
    expect(issues(UpdateSettingsRequest, { role: 'admin' }).map((i) => i.split(':')[0])).toEqual(['']);
  });
});
