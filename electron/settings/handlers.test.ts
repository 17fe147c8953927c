import { describe, expect, it } from 'vitest';
import type { SignedIn } from '../../shared/schemas/accounts';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/schemas/settings';
import { settingsHandlers } from './handlers';
import type { SettingsRepository } from './settings-repository';

/** A settings store in memory, with the repository's parse-on-update. */
function memory(): SettingsRepository {
  let settings: Settings = DEFAULT_SETTINGS;
  return {
    get: () => settings,
    update: (patch: Partial<Settings>) => (settings = { ...settings, ...patch }),
  } as unknown as SettingsRepository;
}

const as = (role: SignedIn['role']) => ({ id: 'a1', displayName: 'Sok', role, teams: ['OVA'] }) as SignedIn;
const letterhead = {
  unitName: 'Child Protection Unit',
  unitAddress: 'Street 21\nPhnom Penh',
  directorName: 'Sok Dara',
  directorTitle: 'Director',
};

describe('the report letterhead settings', () => {
  it('are set by a coordinator or an administrator, and kept', async () => {
    for (const role of ['coordinator', 'administrator'] as const) {
      const handlers = settingsHandlers(memory(), () => as(role));
      expect(await handlers['settings:update'](letterhead)).toMatchObject(letterhead);
    }
  });

  it('are refused to an officer, who still changes their language without touching them', async () => {
    const store = memory();
    const handlers = settingsHandlers(store, () => as('officer'));
    await expect(async () => handlers['settings:update']({ unitName: 'Another unit' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(store.get().unitName).toBe('');
    expect(await handlers['settings:update']({ language: 'km' })).toMatchObject({ language: 'km', unitName: '' });
  });
});
