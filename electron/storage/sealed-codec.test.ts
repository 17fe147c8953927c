import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleSummary } from '../../shared/testing/samples';
import { CaseRepository } from '../cases/case-repository';
import { confLocation } from './conf-location';
import { sealedCodec, type DataKey } from './sealed-codec';

const MARKER = 'Marker-Q7X-9931-Kep';

describe('AES-256-GCM codec on real conf files', () => {
  let dir: string;
  let key: DataKey;
  const repo = (k: DataKey = key) => new CaseRepository(confLocation(dir, sealedCodec(() => k)));
  const file = () => join(dir, 'cases-2025.json');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-codec-'));
    key = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes no readable case data, with a fresh IV per write, and reads back', () => {
    const saved = repo().save({ summary: { ...sampleSummary('HIT'), narrative: `Facts ${MARKER}` } }, 'Sok Dara');
    const first = JSON.parse(readFileSync(file(), 'utf8')) as { format: string; formatVersion: number; cipher: string; keyId: string; iv: string };
    expect(first).toMatchObject({ format: 'cpu-case-register/sealed', formatVersion: 1, cipher: 'aes-256-gcm', keyId: key.keyId });
    expect(Buffer.from(first.iv, 'base64')).toHaveLength(12);
    const text = readFileSync(file(), 'utf8');
    for (const plain of [MARKER, 'Sok Dara', 'CPU-2025-014', saved.id, 'summaries']) expect(text).not.toContain(plain);

    const again = repo();
    expect(again.get(saved.id)).toEqual(saved);
    again.save({ id: saved.id, expectedRevision: 1, summary: { ...saved.summary, status: 'closed' } }, 'Sok Dara');
    const second = JSON.parse(readFileSync(file(), 'utf8')) as { iv: string };
    expect(second.iv).not.toBe(first.iv);
  });

  const tampered: [string, (text: string) => string, RegExp][] = [
    ['a flipped ciphertext byte', (t) => flip(t, 'data'), /integrity check/],
    ['a flipped tag byte', (t) => flip(t, 'tag'), /integrity check/],
    ['a changed IV', (t) => flip(t, 'iv'), /integrity check/],
    ['a truncated tag', (t) => edit(t, 'tag', (v) => v.slice(0, 8)), /integrity check/],
    ['a file cut short', (t) => t.slice(0, t.length - 40), /not valid JSON/],
    ['plain JSON put in its place', () => JSON.stringify({ formatVersion: 1, summaries: [] }), /not encrypted by this app/],
    ['another format version', (t) => edit(t, 'formatVersion', () => 2), /format 2/],
  ];

  it.each(tampered)('refuses %s, naming the file and reason, and leaves the bytes unchanged', (_label, change, reason) => {
    repo().save({ summary: sampleSummary('OVA') }, 'A');
    const bad = change(readFileSync(file(), 'utf8'));
    writeFileSync(file(), bad);
    const reopened = repo();
    expect(() => reopened.rows(2025)).toThrow(expect.objectContaining({ code: 'store-unreadable', message: expect.stringMatching(reason) }));
    expect(() => reopened.save({ summary: sampleSummary('OVA') }, 'A')).toThrow(/cases-2025\.json could not be opened/);
    expect(readFileSync(file(), 'utf8')).toBe(bad);
  });

  it('tells a file sealed with another key from a damaged one, and writes nothing', () => {
    repo().save({ summary: sampleSummary('FST') }, 'A');
    const before = readFileSync(file(), 'utf8');
    const otherPc = { key: randomBytes(32), keyId: randomBytes(16).toString('hex') };
    expect(() => repo(otherPc).rows(2025)).toThrow(/encrypted with a different key/);
    // Same id, wrong bytes (a doctored header): the tag check catches it.
    expect(() => repo({ key: randomBytes(32), keyId: key.keyId }).rows(2025)).toThrow(/integrity check/);
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
