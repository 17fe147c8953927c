import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileLines, placeOf, type LinePlace } from './file-lines';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A plain file of `count` lines of about `size` bytes each, and each line's place. */
function fileOf(count: number, size: number): { path: string; bytes: Buffer; places: LinePlace[] } {
  const dir = mkdtempSync(join(tmpdir(), 'file-lines-'));
  dirs.push(dir);
  const lines = Array.from({ length: count }, (_, i) => Buffer.from(`{"line":${i},"text":"${'é'.repeat(size / 2)}"}`));
  const places: LinePlace[] = [];
  let offset = 0;
  for (const line of lines) {
    places.push(placeOf(offset, line));
    offset += line.length + 1;
  }
  const bytes = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
  const path = join(dir, 'file.jsonl');
  writeFileSync(path, bytes);
  return { path, bytes, places };
}

describe('a plain file read again by its lines', () => {
  it('gives back every line kept, over several megabytes, and lines longer than what is read at once', () => {
    const { path, bytes, places } = fileOf(600, 9_000);
    const long = fileOf(2, 3 * 1024 * 1024);
    const lines = new FileLines(path, bytes.length);
    // Every other line, as an import keeps only those it writes.
    for (const place of places.filter((_, i) => i % 2 === 0)) {
      expect(lines.read(place).equals(bytes.subarray(place.offset, place.offset + place.length))).toBe(true);
    }
    lines.close();
    const longLines = new FileLines(long.path, long.bytes.length);
    for (const place of long.places) expect(longLines.read(place).length).toBe(place.length);
    longLines.close();
  });

  it('refuses a line changed since the preview', () => {
    const { path, bytes, places } = fileOf(50, 200);
    const lines = new FileLines(path, bytes.length);
    expect(lines.read(places[0] as LinePlace).length).toBe((places[0] as LinePlace).length);
    lines.close();
    const changed = Buffer.from(bytes);
    changed[(places[10] as LinePlace).offset + 3] = 0x31;
    writeFileSync(path, changed);
    const again = new FileLines(path, bytes.length);
    expect(() => again.read(places[10] as LinePlace)).toThrow(expect.objectContaining({ code: 'file-changed' }));
    again.close();
  });
});
