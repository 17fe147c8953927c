import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Settings, UpdateSettingsRequest } from './settings';

function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('Settings', () => {
  it('officer name at most 80 characters (may be empty); a known language; nothing else', () => {
    expect(issues(Settings, { officerName: '', language: 'en', pcName: '' })).toEqual([]);
    expect(issues(Settings, { officerName: 'n'.repeat(81), language: 'en', pcName: '' })).toEqual(['officerName: v.name.long']);
    expect(issues(Settings, { officerName: 'Sok', language: 'fr', pcName: '' }).map((i) => i.split(':')[0])).toEqual(['language']);
    expect(issues(UpdateSettingsRequest, { officerName: 'Sok' })).toEqual([]);
    expect(issues(UpdateSettingsRequest, {})).toEqual([]);
    expect(issues(UpdateSettingsRequest, { role: 'admin' }).map((i) => i.split(':')[0])).toEqual(['']);
  });
});
