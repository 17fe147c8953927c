import { describe, expect, it } from 'vitest';
import { issues } from '../testing/schema-issues';
import { Settings, UpdateSettingsRequest } from './settings';

const VALID = { officerName: '', language: 'en', digits: 'latin', pcName: '', binRetentionDays: 90 };

describe('Settings', () => {
  it('a known language and digits, a PC name of at most 80 characters, a bin kept 1 to 3,650 days; nothing else', () => {
    expect(issues(Settings, VALID)).toEqual([]);
    expect(issues(Settings, { ...VALID, officerName: 'n'.repeat(81) })).toEqual(['officerName: v.name.long']);
    expect(issues(Settings, { ...VALID, language: 'fr' }).map((i) => i.split(':')[0])).toEqual(['language']);
    expect(issues(Settings, { ...VALID, digits: 'arabic' }).map((i) => i.split(':')[0])).toEqual(['digits']);
    for (const days of [0, 3651, 1.5, '90'])
      expect(issues(Settings, { ...VALID, binRetentionDays: days })).toEqual(['binRetentionDays: v.retention']);
    expect(issues(Settings, { ...VALID, binRetentionDays: 3650 })).toEqual([]);
  });

  it('an update changes the language, digits, PC name or bin days, never the old officer name', () => {
    expect(issues(UpdateSettingsRequest, { digits: 'khmer' })).toEqual([]);
    expect(issues(UpdateSettingsRequest, { binRetentionDays: 30 })).toEqual([]);
    // Nothing the update leaves out is filled with its default: a language switch changes the language only.
    expect(UpdateSettingsRequest.parse({ language: 'km' })).toEqual({ language: 'km' });
    expect(UpdateSettingsRequest.parse({ suppressBelow: 9 })).toEqual({ suppressBelow: 9 });
    expect(issues(UpdateSettingsRequest, { suppressBelow: 1 })).toEqual(['suppressBelow: v.threshold']);
    expect(issues(UpdateSettingsRequest, {})).toEqual([]);
    expect(issues(UpdateSettingsRequest, { officerName: 'Sok' }).map((i) => i.split(':')[0])).toEqual(['']);
    expect(issues(UpdateSettingsRequest, { role: 'admin' }).map((i) => i.split(':')[0])).toEqual(['']);
  });
});
