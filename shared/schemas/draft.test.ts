import { describe, expect, it } from 'vitest';
import { issues } from '../testing/schema-issues';
import { Draft, DraftKey, DraftValues, MAX_DRAFT_CHARS } from './draft';

/** Nests `{ a: … }` `depth` times around a value. */
function nested(depth: number, leaf: unknown = 'x'): Record<string, unknown> {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value as Record<string, unknown>;
}

describe('DraftKey', () => {
  it.each(['new:OVA', 'new:HIT', 'new:FST', 'new:ICAC', 'edit:0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45'])(
    'accepts %s',
    (key) => {
      expect(issues(DraftKey, key)).toEqual([]);
    },
  );

  it.each([
    'new:hit',
    'new:POLICE',
    'new:',
    'edit:123',
    'edit:0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45x',
    ' new:HIT',
    'delete:HIT',
    '__proto__',
  ])('refuses %s', (key) => expect(issues(DraftKey, key)).toEqual([': v.draft.key']));
});

describe('DraftValues', () => {
  it('accepts whatever a form holds: plain JSON, half-typed, Khmer digits', () => {
    const values = { team: 'HIT', victims: [{ age: '១២', sex: '' }], homicide: false, suspects: [], note: null, n: 3 };
    expect(DraftValues.parse(values)).toEqual(values);
    expect(issues(DraftValues, nested(7))).toEqual([]);
  });

  it.each([
    ['__proto__ at the top', '{"__proto__":{"admin":true}}'],
    ['__proto__ inside a row', '{"victims":[{"__proto__":{"admin":true}}]}'],
    ['constructor', '{"constructor":{"prototype":{"admin":true}}}'],
    ['prototype', '{"a":{"prototype":1}}'],
  ])('refuses a prototype-polluting key: %s', (_label, json) => {
    expect(issues(DraftValues, JSON.parse(json))).toEqual([': v.draft.shape']);
  });

  it.each([
    ['too deep', nested(9)],
    ['a list', [{ team: 'HIT' }]],
    ['null', null],
    ['text', 'HIT'],
    ['a function inside', { f: () => 1 }],
    ['undefined inside', { a: undefined }],
    ['a bigint inside', { n: 10n }],
  ])('refuses data that is not plain JSON: %s', (_label, value) => {
    expect(issues(DraftValues, value)).toEqual([': v.draft.shape']);
  });

  it('refuses a circular value without throwing', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    expect(issues(DraftValues, circular)).toEqual([': v.draft.shape']);
  });

  it(`keeps drafts up to ${MAX_DRAFT_CHARS} characters of JSON and refuses larger ones`, () => {
    const fits = { n: 'x'.repeat(MAX_DRAFT_CHARS - '{"n":""}'.length) };
    expect(JSON.stringify(fits)).toHaveLength(MAX_DRAFT_CHARS);
    expect(issues(DraftValues, fits)).toEqual([]);
    expect(issues(DraftValues, { n: `${fits.n}x` })).toEqual([': v.draft.tooLarge']);
  });

  it('a stored draft has its key, values and an ISO save time, nothing else', () => {
    const draft = { key: 'new:OVA', values: { team: 'OVA' }, savedAt: '2025-04-01T08:00:00.000Z' };
    expect(issues(Draft, draft)).toEqual([]);
    expect(issues(Draft, { ...draft, key: 'new:XYZ' })).toEqual(['key: v.draft.key']);
    expect(issues(Draft, { ...draft, values: [] })).toEqual(['values: v.draft.shape']);
    expect(issues(Draft, { ...draft, savedAt: '01/04/2025' }).map((i) => i.split(':')[0])).toEqual(['savedAt']);
    expect(issues(Draft, { ...draft, extra: 1 }).map((i) => i.split(':')[0])).toEqual(['']);
  });
});
