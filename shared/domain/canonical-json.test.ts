import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"f":1}]},"b":1}',
    );
  });

  it('keeps a key named __proto__ from a parsed file, so the checksum covers it', () => {
    const parsed: unknown = JSON.parse('{"to":{"__proto__":{"x":1},"a":2}}');
    expect(canonicalJson(parsed)).toBe('{"to":{"__proto__":{"x":1},"a":2}}');
    expect(canonicalJson(parsed)).not.toBe(canonicalJson({ to: { a: 2 } }));
  });
});
