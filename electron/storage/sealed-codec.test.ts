import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleSummary } from '../../shared/testing/samples';
import { tempDir } from '../testing/temp-dir';
import { confLocation } from './conf-location';
import { sealedCodec, type DataKey } from './sealed-codec';
import { unreadable } from './store-location';

const MARKER = 'Marker-Q7X-9931-Kep';

/**
 * The codec now seals only the files of the release before the case database, which the
 * migration reads (through conf or electron-store, as here) to move them into the database.
 */
describe('AES-256-GCM codec on real conf files', () => {
  let dir: string;
  let key: DataKey;
  const file = () => join(dir, 'cases-2025.json');
  const store = (k: DataKey = key) =>
    confLocation(
      dir,
      sealedCodec(() => k),
    ).open('cases-2025');
  /** As the migration reads a year file: a file that does not open is refused by name and reason. */
  const read = (k: DataKey = key) => {
    try {
      return store(k).store;
    } catch (error) {
      throw unreadable(file(), error);
    }
  };
  const write = (summaries: unknown[]) => {
    store().store = { formatVersion: 1, summaries };
  };

  beforeEach(() => {
    dir = tempDir('codec');
    key = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
  });

  it('writes no readable case data, with a fresh IV per write, and reads back', () => {
    const saved = {
      id: '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45',
      createdBy: 'Sok Dara',
      summary: { ...sampleSummary('HIT'), narrative: `Facts ${MARKER}` },
    };
    write([saved]);
    const first = JSON.parse(readFileSync(file(), 'utf8')) as {
      format: string;
      formatVersion: number;
      cipher: string;
      keyId: string;
      iv: string;
    };
    expect(first).toMatchObject({
      format: 'cpu-case-register/sealed',
      formatVersion: 1,
      cipher: 'aes-256-gcm',
      keyId: key.keyId,
    });
    expect(Buffer.from(first.iv, 'base64')).toHaveLength(12);
    const text = readFileSync(file(), 'utf8');
    for (const plain of [MARKER, 'Sok Dara', 'CPU-2025-014', saved.id, 'summaries']) expect(text).not.toContain(plain);

    expect(read()).toEqual({ formatVersion: 1, summaries: [saved] });
    write([{ ...saved, summary: { ...saved.summary, status: 'closed' } }]);
    expect(read()).toMatchObject({ summaries: [{ summary: { status: 'closed' } }] });
    const second = JSON.parse(readFileSync(file(), 'utf8')) as { iv: string };
    expect(second.iv).not.toBe(first.iv);
  });

  const tampered: [string, (text: string) => string, RegExp][] = [
    ['a flipped ciphertext byte', (t) => flip(t, 'data'), /integrity check/],
    ['a flipped tag byte', (t) => flip(t, 'tag'), /integrity check/],
    ['a changed IV', (t) => flip(t, 'iv'), /integrity check/],
    ['a truncated tag', (t) => edit(t, 'tag', (v) => v.slice(0, 8)), /integrity check/],
    ['a file cut short', (t) => t.slice(0, t.length - 40), /not valid JSON/],
    [
      'plain JSON put in its place',
      () => JSON.stringify({ formatVersion: 1, summaries: [] }),
      /not encrypted by this app/,
    ],
    ['another format version', (t) => edit(t, 'formatVersion', () => 2), /format 2/],
  ];

  it.each(tampered)(
    'refuses %s, naming the file and reason, and leaves the bytes unchanged',
    (_label, change, reason) => {
      write([{ summary: sampleSummary('OVA') }]);
      const bad = change(readFileSync(file(), 'utf8'));
      writeFileSync(file(), bad);
      expect(() => read()).toThrow(
        expect.objectContaining({
          code: 'store-unreadable',
          params: { file: 'cases-2025.json', reason: expect.stringMatching(reason) },
        }),
      );
      expect(() => read()).toThrow(/cases-2025\.json could not be opened/);
      expect(readFileSync(file(), 'utf8')).toBe(bad);
    },
  );

  it('tells a file sealed with another key from a damaged one, and writes nothing', () => {
    write([{ summary: sampleSummary('FST') }]);
    const before = readFileSync(file(), 'utf8');
    const otherPc = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
    expect(() => read(otherPc)).toThrow(/encrypted with a different key/);
    // Same id, wrong bytes (a doctored header): the tag check catches it.
    expect(() => read({ key: randomBytes(32), keyId: key.keyId })).toThrow(/integrity check/);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });
});

function edit(text: string, field: string, change: (value: string) => unknown): string {
  const data = JSON.parse(text) as Record<string, string>;
  return JSON.stringify({ ...data, [field]: change(data[field] ?? '') });
}

function flip(text: string, field: string): string {
  return edit(text, field, (value) => {
    const bytes = Buffer.from(value, 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
    return bytes.toString('base64');
  });
}
