import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/schemas/accounts';
import type { SessionStatus } from '../../shared/schemas/session';
import { call } from '../testing/dispatch-calls';
import { tempDir } from '../testing/temp-dir';
import { unlockedDispatch } from '../testing/unlocked-app';

const PASSPHRASE = 'the monsoon came early to Kampot that year';
const officer = (displayName: string) => ({ displayName, teams: ['HIT'], role: 'officer', passphrase: PASSPHRASE });

describe('account names', () => {
  it('refuses a second account under a name already in use, letter case and spaces aside, and keeps the first', async () => {
    const { dispatch } = unlockedDispatch(tempDir('account-names'));
    const sokha = await call<Account>(dispatch, 'accounts:add', officer('Sokha Chea'));

    await call<Account>(dispatch, 'accounts:add', officer('ចាន់ សុភា'));
    for (const same of [
      'Sokha Chea',
      ' sokha  chea ',
      'Test administrator',
      'ចាន់សុភា',
      'ចាន់\u200bសុភា',
      'ចាន់\u2060សុភា',
      // Full-width letters, and Cyrillic look-alikes (е, о, а, С): the same name on the screen.
      'Ｓｏｋｈａ Ｃｈｅａ',
      'Sokha Chеa',
      'Sоkhа Сhea',
      'SOKНA CHEA',
    ]) {
      const refused = await dispatch('accounts:add', officer(same));
      expect(refused.ok, same).toBe(false);
      if (!refused.ok) expect(refused.error).toMatchObject({ code: 'conflict', params: { reason: 'name-taken' } });
    }
    const renamed = await dispatch('accounts:update', { id: sokha.id, displayName: 'TEST ADMINISTRATOR' });
    expect(renamed.ok).toBe(false);

    const accounts = await call<Account[]>(dispatch, 'accounts:list', {});
    expect(accounts.map((a) => a.displayName).sort()).toEqual(['Sokha Chea', 'Test Administrator', 'ចាន់ សុភា']);
    const status = await call<SessionStatus>(dispatch, 'session:status', {});
    expect(status.accounts.map((a) => a.displayName).sort()).toEqual(['Sokha Chea', 'Test Administrator', 'ចាន់ សុភា']);
  });

  it('reads a Greek or Cyrillic capital as the Latin capital it looks like, not as its small form', async () => {
    const { dispatch } = unlockedDispatch(tempDir('account-names'));
    await call<Account>(dispatch, 'accounts:add', officer('Vanna'));
    // Greek capital Nu looks like N (its small form, like v): beside Vanna it is a name of its own.
    await call<Account>(dispatch, 'accounts:add', officer('\u039danna'));
    const refused = await dispatch('accounts:add', officer('Nanna'));
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'conflict', params: { reason: 'name-taken' } });
  });

  it('still lets an account keep its name in another letter case, and change its teams', async () => {
    const { dispatch } = unlockedDispatch(tempDir('account-names'));
    const sokha = await call<Account>(dispatch, 'accounts:add', officer('Sokha Chea'));
    await call(dispatch, 'accounts:update', { id: sokha.id, displayName: 'SOKHA CHEA', teams: ['HIT', 'FST'] });
    const after = (await call<Account[]>(dispatch, 'accounts:list', {})).find((a) => a.id === sokha.id);
    expect(after).toMatchObject({ displayName: 'SOKHA CHEA', teams: ['HIT', 'FST'] });
  });

  it('refuses a name that would not show: only zero-width spaces (a Khmer keyboard types them)', async () => {
    const { dispatch } = unlockedDispatch(tempDir('account-names'));
    for (const blank of ['\u200b', ' \u200b\u200c ', '\ufeff', '\u2060\u17b4']) {
      const refused = await dispatch('accounts:add', officer(blank));
      expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid-input' });
    }
    const sokha = await call<Account>(dispatch, 'accounts:add', officer('សុខា\u200bជា'));
    const renamed = await dispatch('accounts:update', { id: sokha.id, displayName: '\u200b' });
    expect(renamed.ok).toBe(false);
    expect((await call<Account[]>(dispatch, 'accounts:list', {})).map((a) => a.displayName)).toContain('សុខា\u200bជា');
  });
});
