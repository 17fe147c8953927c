import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../testing/samples';
import { issues } from '../testing/schema-issues';
import {
  CaseIdRequest,
  caseCodeParts,
  CaseRecord,
  distinctCaseCode,
  FieldChange,
  HistoryEntry,
  InvestigationRequest,
  ListCasesRequest,
  SaveCaseRequest,
  toRow,
  Year,
} from './case';

const ID = '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';
const AT = '2025-04-01T08:00:00.000Z';
function record(changes: Record<string, unknown> = {}) {
  return {
    id: ID,
    caseCode: 'HIT-2025-0001',
    revision: 1,
    createdAt: AT,
    createdBy: 'Sok Dara',
    updatedAt: AT,
    updatedBy: '',
    summary: sampleSummary('HIT'),
    history: [
      { revision: 1, at: AT, by: 'Sok Dara', action: 'created', changes: [{ path: 'status', from: null, to: 'open' }] },
    ],
    ...changes,
  };
}

describe('CaseRecord and history', () => {
  it('accepts a stored record, with and without bin fields', () => {
    expect(issues(CaseRecord, record())).toEqual([]);
    expect(issues(CaseRecord, record({ deletedAt: AT, deletedBy: 'Sok', revision: 2 }))).toEqual([]);
    expect(issues(CaseRecord, record({ caseCode: 'ICAC-2024-12345' }))).toEqual([]);
  });

  it.each([
    ['id', { id: 'x' }, 'id: v.id.invalid'],
    ['createdBy', { createdBy: 'n'.repeat(81) }, 'createdBy: v.name.long'],
    ['summary', { summary: { ...sampleSummary('HIT'), victims: [] } }, 'summary.victims: v.victims.min'],
  ])('refuses a bad %s with its message', (_field, changes, expected) => {
    expect(issues(CaseRecord, record(changes))).toEqual([expected]);
  });

  it.each([
    ['caseCode', { caseCode: 'HIT-25-1' }],
    ['caseCode team', { caseCode: 'CPU-2025-0001' }],
    ['caseCode letter', { caseCode: 'HIT-2025-0001-A' }],
    ['caseCode letters', { caseCode: 'HIT-2025-0001-BCD' }],
    ['revision', { revision: 0 }],
    ['createdAt', { createdAt: '2025-04-01' }],
    ['deletedAt', { deletedAt: 'yesterday' }],
    ['unknown key', { owner: 'x' }],
  ])('refuses a bad %s at its path', (field, changes) => {
    const path = field === 'unknown key' ? '' : field.split(' ')[0];
    expect(issues(CaseRecord, record(changes)).map((i) => i.split(':')[0])).toEqual([path]);
  });

  it('history entries: revision from 1, a known action, changes with a path of at most 200', () => {
    const entry = { revision: 1, at: AT, by: '', action: 'edited', changes: [] };
    expect(issues(HistoryEntry, entry)).toEqual([]);
    expect(issues(HistoryEntry, { ...entry, action: 'imported' })).toEqual([]);
    expect(issues(HistoryEntry, { ...entry, action: 'renamed' }).map((i) => i.split(':')[0])).toEqual(['action']);
    expect(issues(HistoryEntry, { ...entry, revision: 0 }).map((i) => i.split(':')[0])).toEqual(['revision']);
    expect(issues(HistoryEntry, { ...entry, by: 'b'.repeat(81) })).toEqual(['by: v.name.long']);
    expect(issues(FieldChange, { path: 'p'.repeat(200), from: null, to: 1 })).toEqual([]);
    expect(issues(FieldChange, { path: 'p'.repeat(201), from: null, to: 1 }).map((i) => i.split(':')[0])).toEqual([
      'path',
    ]);
  });

  it('FieldChange needs from and to present: an absent side is stored as null (JSON drops undefined)', () => {
    expect(issues(FieldChange, { path: 'offenceDate', from: null, to: '2025-03-10' })).toEqual([]);
    expect(issues(FieldChange, { path: 'offenceDate', to: '2025-03-10' }).map((i) => i.split(':')[0])).toEqual([
      'from',
    ]);
  });

  it('toRow keeps the common fields and the bin date, not repeat groups or history', () => {
    const row = toRow(CaseRecord.parse(record({ deletedAt: AT, deletedBy: 'Sok' })));
    expect(row).toMatchObject({
      id: ID,
      caseCode: 'HIT-2025-0001',
      team: 'HIT',
      deletedAt: AT,
      offences: ['rape-under-15'],
    });
    expect(row).not.toHaveProperty('victims');
    expect(row).not.toHaveProperty('history');
    expect(toRow(CaseRecord.parse(record()))).not.toHaveProperty('deletedAt');
  });
});

describe('requests', () => {
  it('cases:save: an edit names the revision it started from; a valid summary, nothing else', () => {
    const summary = sampleSummary('OVA');
    expect(issues(SaveCaseRequest, { summary })).toEqual([]);
    expect(issues(SaveCaseRequest, { id: ID, expectedRevision: 3, summary })).toEqual([]);
    expect(issues(SaveCaseRequest, { id: 'nope', expectedRevision: 1, summary })).toEqual(['id: v.id.invalid']);
    expect(issues(SaveCaseRequest, { id: ID, summary })).toEqual(['expectedRevision: v.revision.required']);
    expect(issues(SaveCaseRequest, { expectedRevision: 0, summary }).map((i) => i.split(':')[0])).toEqual([
      'expectedRevision',
    ]);
    expect(issues(SaveCaseRequest, { summary: { ...summary, services: [] } })).toEqual([
      'summary.services: v.services.min',
    ]);
    expect(issues(SaveCaseRequest, { summary, officer: 'me' }).map((i) => i.split(':')[0])).toEqual(['']);
  });

  it('case codes name their team and year, also when kept apart with a letter', () => {
    for (const code of ['HIT-2025-0001-B', 'FST-2024-KQMB-0089-ZZ'])
      expect(issues(CaseRecord, record({ caseCode: code }))).toEqual([]);
    expect(caseCodeParts('FST-2024-KQMB-0089-C')).toEqual({ team: 'FST', year: 2024 });
    expect(caseCodeParts('ICAC-2025-0001')).toEqual({ team: 'ICAC', year: 2025 });
    expect(caseCodeParts('CPU-2025-0001')).toBeUndefined();
  });

  it('keeps a code apart with the first letter free, from the code without its letter', () => {
    const taken = new Set(['HIT-2025-0007', 'HIT-2025-0007-B']);
    expect(distinctCaseCode('HIT-2025-0007', taken)).toBe('HIT-2025-0007-C');
    expect(distinctCaseCode('HIT-2025-0007-B', taken)).toBe('HIT-2025-0007-C');
    const letters = 'BCDEFGHJKMNPQRSTVWXYZ';
    const singles = [...letters].map((l) => `FST-2025-0001-${l}`);
    expect(distinctCaseCode('FST-2025-0001', new Set(singles))).toBe('FST-2025-0001-BB');
    const all = new Set([
      ...singles,
      ...[...letters].flatMap((a) => [...letters].map((b) => `FST-2025-0001-${a}${b}`)),
    ]);
    expect(distinctCaseCode('FST-2025-0001', all)).toBeUndefined();
  });

  it('years 2000 to next year, as the register lists them; list with an optional bin flag', () => {
    const next = new Date().getFullYear() + 1;
    expect(issues(Year, 2000)).toEqual([]);
    expect(issues(Year, next)).toEqual([]);
    for (const bad of [1999, next + 1, 2100, 9999, 2025.5]) expect(issues(Year, bad)).toEqual([': v.year']);
    expect(issues(Year, '2025')).toHaveLength(1);
    expect(issues(ListCasesRequest, { year: 2025, bin: true })).toEqual([]);
    expect(issues(ListCasesRequest, { year: 2025, bin: 'yes' }).map((i) => i.split(':')[0])).toEqual(['bin']);
  });

  it('delete / restore: a summary id and an optional revision; investigation: a reference', () => {
    expect(issues(CaseIdRequest, { id: ID, expectedRevision: 2 })).toEqual([]);
    expect(issues(CaseIdRequest, { id: 'x' })).toEqual(['id: v.id.invalid']);
    expect(InvestigationRequest.parse({ investigationRef: ' cpu-2025-014 ' })).toEqual({
      investigationRef: 'CPU-2025-014',
    });
    expect(issues(InvestigationRequest, { investigationRef: 'CPU 1' })).toEqual(['investigationRef: v.ref.format']);
    // Khmer digits typed in a reference are stored as its Latin digits.
    expect(InvestigationRequest.parse({ investigationRef: 'cpu-២០២៥-០០៣f' })).toEqual({
      investigationRef: 'CPU-2025-003F',
    });
  });
});
