import { BlobWriter, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipChunks, zipFiles } from './zip-files';

describe('a zip of the case-level files', () => {
  it('opens with every file as it was written, its CRC checked', async () => {
    const text = 'case_id,narrative\r\n1,ក្មេងស្រី "quoted"\r\n'.repeat(2000);
    const files = {
      'summaries.csv': new TextEncoder().encode(text),
      'victims.csv': new TextEncoder().encode('\uFEFFage\r\n'),
      'empty.csv': new Uint8Array(0),
    };
    const bytes = zipFiles(files, new Date(2026, 11, 2, 9, 15, 30));
    expect(bytes.length).toBeLessThan(text.length / 4);
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(Object.keys(files));
    for (const [name, content] of Object.entries(files)) expect(back[name]).toEqual(content);
    const reader = new ZipReader(new Uint8ArrayReader(bytes), { checkSignature: true });
    const entries = await reader.getEntries();
    expect(entries.map((e) => [e.filename, e.uncompressedSize])).toEqual(
      Object.entries(files).map(([name, content]) => [name, content.length]),
    );
    expect(entries[0]?.lastModDate).toEqual(new Date(2026, 11, 2, 9, 15, 30));
    const first = entries[0];
    if (!first || first.directory) throw new Error('expected a file');
    expect(await (await first.getData(new BlobWriter())).text()).toBe(text);
    await reader.close();
  });

  it('writes the same zip from chunks made one at a time as from whole files', async () => {
    const text = 'case_id,narrative\r\n1,ក្មេងស្រី "quoted"\r\n'.repeat(1000);
    function* chunks(count: number): Generator<Uint8Array> {
      for (let i = 0; i < count; i++) yield new TextEncoder().encode(text);
    }
    const now = new Date(2026, 11, 2, 9, 15, 30);
    const bytes = await zipChunks(
      [
        { name: 'summaries.csv', chunks: chunks(20) },
        { name: 'empty.csv', chunks: [] },
      ],
      now,
    );
    const whole = { 'summaries.csv': new TextEncoder().encode(text.repeat(20)), 'empty.csv': new Uint8Array(0) };
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(Object.keys(whole));
    expect(Buffer.from(back['summaries.csv'] ?? []).equals(whole['summaries.csv'])).toBe(true);
    expect(back['empty.csv']?.length).toBe(0);
    expect(Buffer.from(bytes).equals(Buffer.from(zipFiles(whole, now)))).toBe(true);
  });

  it('fails as a whole when a file’s content cannot be made', async () => {
    function* broken(): Generator<Uint8Array> {
      yield new TextEncoder().encode('case_id\r\n');
      throw new Error('a summary did not open');
    }
    await expect(zipChunks([{ name: 'summaries.csv', chunks: broken() }], new Date())).rejects.toThrow(
      'a summary did not open',
    );
  });
});
