import { describe, expect, it } from 'vitest';
import { CaseEntry, SaveCaseRequest } from './case';

const hit = {
  team: 'HIT',
  investigationRef: 'CPU-2025-014',
  dateReported: '14/03/2025',
  offenceDate: '10/03/2025',
  province: '',
  district: '',
  offences: ['child-homicide'],
  status: 'open',
  narrative: '',
  victims: [{ age: '25', sex: 'female', outcome: 'injured' }],
  homicide: true,
  suspiciousDeath: false,
  suspects: [
    {
      age: '200',
      sex: 'male',
      relationship: 'father',
      arrested: true,
      arrestDate: '01/03/2025',
      charges: '',
      courtStage: 'charged',
      courtOutcome: '',
    },
  ],
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`).sort();

describe('every error at once: field and cross-field rules on the first Save', () => {
  it('a victim aged 25, a suspect aged 200 and an arrest before the offence are all reported together', () => {
    expect(issuesOf(CaseEntry.safeParse(hit))).toEqual(
      [
        'victims.0.age: v.age.child',
        'suspects.0.age: v.age.suspect',
        'suspects.0.arrestDate: v.arrestDate.beforeOffence',
        'homicide: v.homicide.noDeath',
      ].sort(),
    );
  });

  it('main refuses the save request with the same issues, under `summary`', () => {
    const fromMain = issuesOf(SaveCaseRequest.safeParse({ summary: hit }));
    expect(fromMain).toEqual(issuesOf(CaseEntry.safeParse(hit)).map((issue) => `summary.${issue}`));
  });

  it('a rule compares only fields that passed: an unreadable offence date is reported once, not as "after"', () => {
    const issues = issuesOf(CaseEntry.safeParse({ ...hit, offenceDate: '31/02/2025', victims: [] }));
    expect(issues).toContain('offenceDate: v.date.invalid');
    expect(issues).toContain('victims: v.victims.min');
    expect(issues.filter((issue) => issue.startsWith('offenceDate'))).toHaveLength(1);
    expect(issues).not.toContain('suspects.0.arrestDate: v.arrestDate.beforeOffence');
  });

  it('a suspect marked arrested without a date is told so beside a bad age in the same row', () => {
    const suspect = { ...hit.suspects[0], arrestDate: '' };
    const issues = issuesOf(CaseEntry.safeParse({ ...hit, suspects: [suspect] }));
    expect(issues).toContain('suspects.0.age: v.age.suspect');
    expect(issues).toContain('suspects.0.arrestDate: v.arrestDate.required');
  });

  it('an FST exhibit collected before the offence, with custody out of order, beside a bad hash', () => {
    const { victims, homicide, suspiciousDeath, suspects, ...common } = hit;
    void [victims, homicide, suspiciousDeath, suspects];
    const summary = {
      ...common,
      team: 'FST',
      exhibits: [
        {
          reference: 'EX-1',
          type: 'clothing',
          dateCollected: '05/03/2025',
          sha256: 'not a hash',
          examinations: [],
          custody: [{ holder: 'Lab', date: '01/03/2025', place: 'CPU' }],
        },
      ],
    };
    expect(issuesOf(CaseEntry.safeParse(summary))).toEqual(
      [
        'exhibits.0.sha256: v.hash.sha256',
        'exhibits.0.custody.0.date: v.custody.order',
        'exhibits.0.dateCollected: v.collected.beforeOffence',
      ].sort(),
    );
  });
});
