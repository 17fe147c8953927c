import { BlobWriter, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip-files';

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
});
