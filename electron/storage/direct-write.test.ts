import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir';
import { jsonCodec, type Codec } from './codec';
import { confLocation } from './conf-location';
import { withoutRereadOnWrite } from './direct-write';
import type { StoreFile } from './store-location';

/** The JSON codec, counting how often a whole file is decoded. */
function countingCodec(): Codec & { reads: number } {
  const codec = {
    reads: 0,
    serialize: jsonCodec.serialize,
    deserialize: (text: string) => {
      codec.reads += 1;
      return jsonCodec.deserialize(text);
    },
  };
  return codec;
}

describe('store writes', () => {
  it('write the codec’s bytes atomically without decoding the old file first, and read back the same', () => {
    const dir = tempDir('direct-write');
    const codec = countingCodec();
    const file = confLocation(dir, codec).open('cases-2025');
    file.store = { formatVersion: 1, summaries: [] };
    const before = codec.reads;
    file.store = { formatVersion: 1, summaries: [{ id: 'a' }] };
    file.store = { formatVersion: 1, summaries: [{ id: 'b' }] };
    expect(codec.reads).toBe(before);
    expect(readFileSync(join(dir, 'cases-2025.json'), 'utf8')).toBe('{"formatVersion":1,"summaries":[{"id":"b"}]}');
    expect(readdirSync(dir)).toEqual(['cases-2025.json']);
    expect(confLocation(dir, jsonCodec).open('cases-2025').store).toEqual({
      formatVersion: 1,
      summaries: [{ id: 'b' }],
    });
  });

  it('make the folder again if it was removed in the meantime', () => {
    const dir = join(tempDir('direct-write'), 'data');
    const file = confLocation(dir, jsonCodec).open('settings');
    rmSync(dir, { recursive: true, force: true });
    file.store = { language: 'km' };
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ language: 'km' });
  });

  it('fall back to the plain setter when there is no conf writer to call', () => {
    const plain: StoreFile = { path: '/nowhere/x.json', store: {} };
    expect(withoutRereadOnWrite(plain)).toBe(plain);
  });
});
