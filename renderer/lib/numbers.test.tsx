import { describe, expect, it } from 'vitest';
import type { Digits } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/translate';
import { hookIn } from '../test/i18n-hook';
import { useWholeNumberText } from './numbers';

const wholeIn = (language: Language, digits: Digits) => hookIn(() => useWholeNumberText(), language, digits);

describe('useWholeNumberText: a number field reads back what it shows', () => {
  it('English: shown grouped with commas; Latin or Khmer digits typed, grouped or not', () => {
    const whole = wholeIn('en', 'latin');
    expect(whole.show(12500)).toBe('12,500');
    expect(['12,500', '12500', '១២,៥០០', ' ១២៥០០ '].map(whole.parse)).toEqual([12500, 12500, 12500, 12500]);
    // A dot is a decimal point here: not a whole number, refused rather than guessed at.
    expect(whole.parse('12.500')).toBeUndefined();
  });

  it('English with Khmer digits: shown in them, and read back', () => {
    const whole = wholeIn('en', 'khmer');
    expect(whole.show(12500)).toBe('១២,៥០០');
    expect(whole.parse(whole.show(12500))).toBe(12500);
  });

  it('Khmer with Khmer digits: shown grouped with dots, which are read back as groups; commas too', () => {
    const whole = wholeIn('km', 'khmer');
    expect(whole.show(12500)).toBe('១២.៥០០');
    expect(['១២.៥០០', '១២,៥០០', '12,500'].map(whole.parse)).toEqual([12500, 12500, 12500]);
    expect(whole.parse('១២.៥')).toBeUndefined();
  });
});
