import { describe, expect, it } from 'vitest';
import type { Digits } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/translate';
import { useI18n } from './i18n';
import { hookIn } from '../test/i18n-hook';

const i18nIn = (language: Language, digits: Digits) => hookIn(() => useI18n(), language, digits);

describe('an error from main, in the chosen digits', () => {
  const wait = { code: 'unlock-failed', message: 'no', params: { seconds: '8' } } as const;

  it('shows the seconds to wait in Khmer digits when they are chosen, in either language', () => {
    expect(i18nIn('km', 'khmer').tError(wait)).toContain('សូមរង់ចាំ ៨ វិនាទី');
    expect(i18nIn('en', 'khmer').tError(wait)).toContain('Wait ៨ seconds');
    expect(i18nIn('en', 'latin').tError(wait)).toContain('Wait 8 seconds');
    expect(i18nIn('km', 'latin').tError(wait)).toContain('សូមរង់ចាំ 8 វិនាទី');
  });

  it('leaves codes and names as they are: only a param that is a whole number is a number', () => {
    const unreadable = { code: 'row-unreadable', message: 'no', params: { caseCode: 'HIT-2025-0012' } } as const;
    expect(i18nIn('en', 'khmer').tError(unreadable)).toContain('(HIT-2025-0012)');
  });
});
