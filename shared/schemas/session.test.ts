import { describe, expect, it } from 'vitest';
import { NewPassphrase, passphraseProblems } from './passphrase';

describe('passphrase rules for the data key', () => {
  it.each([
    ['short one', ['v.keyPassphrase.short']],
    ['aaaaaaaaaaaaaaaa', ['v.keyPassphrase.variety']],
    ['121212121212121', ['v.keyPassphrase.variety']],
    ['Password 2025!', ['v.keyPassphrase.common']],
    ['CPU Case Register', ['v.keyPassphrase.common']],
    ['x'.repeat(300), ['v.keyPassphrase.long', 'v.keyPassphrase.variety']],
    ['x'.repeat(600), ['v.keyPassphrase.long']],
    ['seven tall palm trees by the river', []],
    // Khmer counts by characters, not bytes.
    ['ដើមត្នោតប្រាំពីរដើម', []],
  ])('%s → %j', (passphrase, problems) => {
    expect(passphraseProblems(passphrase)).toEqual(problems);
  });

  it('the schema reports every broken rule as a catalogue key', () => {
    const result = NewPassphrase.safeParse('aaaa');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['v.keyPassphrase.short', 'v.keyPassphrase.variety']);
  });
});
