import { describe, expect, it } from 'vitest';
import { displayValue, fieldLabel } from './display';

const en = { language: 'en', digits: 'latin' } as const;
const km = { language: 'km', digits: 'khmer' } as const;

describe('a stored value as the officer reads it', () => {
  it('shows provinces, statuses and offences by name in either language, never their codes', () => {
    expect(displayValue('province', '12', en)).toBe('Phnom Penh');
    expect(displayValue('province', '12', km)).toBe('ភ្នំពេញ');
    expect(displayValue('status', 'closed', en)).toBe('Closed');
    expect(displayValue('offences', ['rape-under-15', 'trafficking'], en)).toBe(
      'Rape / sexual intercourse with a minor under 15, Trafficking / unlawful removal',
    );
    expect(displayValue('onlineOffences', ['grooming'], en)).not.toContain('grooming,');
    expect(displayValue('onlineOffences', ['grooming'], en)).not.toBe('grooming');
  });

  it('shows a row of a group as its values in words: a suspect is not "38 · male · father · not-charged"', () => {
    const suspect = { age: 38, sex: 'male', relationship: 'father', arrested: false, courtStage: 'not-charged' };
    expect(displayValue('suspects.0', suspect, en)).toBe('38 · Male · Father · No · Not yet charged');
    expect(displayValue('suspects', [suspect], km)).toContain('៣៨');
    expect(displayValue('exhibits.0.type', 'weapon', en)).toBe(displayValue('exhibits.2.type', 'weapon', en));
    expect(displayValue('exhibits.0.examinations.1.type', 'dna', en)).not.toBe('dna');
  });

  it('shows dates day first in the chosen digits, numbers in the chosen digits, and empty as empty', () => {
    expect(displayValue('dateReported', '2025-03-14', en)).toBe('14/03/2025');
    expect(displayValue('suspects.1.arrestDate', '2025-03-14', km)).toBe('១៤ មីនា ២០២៥');
    expect(displayValue('victims.0.age', 12, km)).toBe('១២');
    expect(displayValue('province', null, en)).toBe('(empty)');
    expect(displayValue('offences', [], en)).toBe('(empty)');
    expect(displayValue('homicide', true, en)).toBe('Yes');
  });

  it('shows a redacted value as who removed it, when and why', () => {
    const note = { redacted: true, by: 'Chan Sophea', at: '2025-06-01T02:00:00.000Z', reason: 'Wrong child named' };
    expect(displayValue('district', note, en)).toMatch(/^\[removed by Chan Sophea on .*: Wrong child named\]$/);
  });
});

describe('a field path as the officer reads it', () => {
  it('names repeat rows by their number, in either language', () => {
    expect(fieldLabel('suspects.1.arrestDate', en)).toMatch(/^Suspect 2 › /);
    expect(fieldLabel('province', km)).toBe('ខេត្ត/រាជធានី');
  });
});

describe('numbers in labels, in the officer’s digits', () => {
  it('writes a Khmer label’s own numbers in Latin digits when Latin digits are chosen', () => {
    const latin = { language: 'km', digits: 'latin' } as const;
    const khmer = { language: 'km', digits: 'khmer' } as const;
    expect(displayValue('offences', ['rape-under-15'], khmer)).toMatch(/[០-៩]/);
    expect(displayValue('offences', ['rape-under-15'], latin)).toMatch(/15/);
    expect(displayValue('offences', ['rape-under-15'], latin)).not.toMatch(/[០-៩]/);
    expect(fieldLabel('victims.1.age', latin)).not.toMatch(/[០-៩]/);
  });
});
