import { describe, expect, it } from 'vitest';
import { CaseRecord } from '../../shared/schemas/case';
import { generateRecords } from '../../shared/testing/generate-records';
import { summaryJson } from './data-file-v2';
import { idHint, sameBytes, sameValue, type OurCopy } from './our-copies';

/** A record as this PC stores it (the schema's output) and its stored parts, as the bulk read opens them. */
function stored(record: CaseRecord): { copy: OurCopy; line: Buffer } {
  const checked = CaseRecord.parse(record);
  const { history, ...facts } = checked;
  const copy: OurCopy = {
    id: checked.id,
    revision: checked.revision,
    content: Buffer.from(JSON.stringify(facts)),
    history: history.map((entry) => Buffer.from(JSON.stringify(entry))),
  };
  // The line another PC's export writes from its own stored copy.
  const line = Buffer.concat(summaryJson(copy.content, copy.history).parts);
  return { copy, line };
}

describe("our copies compared with a file's lines", () => {
  const [record, other] = generateRecords(2, 2025, 11);

  it('takes a line written from the same stored copy as ours, byte for byte', () => {
    const { copy, line } = stored(record as CaseRecord);
    expect(line.equals(Buffer.from(JSON.stringify(CaseRecord.parse(record))))).toBe(true);
    expect(idHint(line)).toBe(copy.id);
    expect(sameBytes(line, copy)).toBe(true);
  });

  it('refuses a line with any byte changed, added or missing', () => {
    const { copy, line } = stored(record as CaseRecord);
    const changed = Buffer.from(line);
    const middle = Math.floor(line.length / 2);
    changed[middle] = (line[middle] ?? 0) ^ 1;
    expect(sameBytes(changed, copy)).toBe(false);
    expect(sameBytes(Buffer.concat([line, Buffer.from(' ')]), copy)).toBe(false);
    expect(sameBytes(line.subarray(0, line.length - 1), copy)).toBe(false);
    expect(sameBytes(stored(other as CaseRecord).line, copy)).toBe(false);
  });

  it('gives no id for a line that does not open as the app writes it', () => {
    expect(idHint(Buffer.from('{"caseCode":"x","id":"0b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d"}'))).toBeUndefined();
    expect(idHint(Buffer.from('{"id":"short"}'))).toBeUndefined();
  });

  it('compares values with keys in any order, but arrays in theirs', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    // In order: the same JSON text, as kept for applying.
    expect(sameValue({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2, d: 3 } }, true)).toBe(true);
    expect(sameValue({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { d: 3, c: 2 } }, true)).toBe(false);
  });
});
