import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { jsonCodec } from '../storage/codec';
import { confLocation } from '../storage/conf-location';
import { DraftsRepository } from './drafts-repository';

const EDIT_KEY = 'edit:0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';

describe('DraftsRepository on a real conf file', () => {
  let dir: string;
  const now = () => new Date('2025-04-01T08:00:00.000Z');
  const open = () => new DraftsRepository(confLocation(dir, jsonCodec), now);
  const file = () => join(dir, 'drafts.json');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-drafts-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps one draft per key in drafts.json, with the time it was saved', () => {
    const repo = open();
    expect(repo.get('new:HIT')).toBeNull();
    expect(existsSync(file())).toBe(false);

    const draft = repo.save('new:HIT', { team: 'HIT', victims: [{ age: '១២' }] });
    expect(draft).toEqual({ key: 'new:HIT', values: { team: 'HIT', victims: [{ age: '១២' }] }, savedAt: '2025-04-01T08:00:00.000Z' });
    repo.save(EDIT_KEY, { narrative: 'half typed' });
    repo.save('new:HIT', { team: 'HIT', narrative: 'second go' });

    const reopened = open();
    expect(reopened.get('new:HIT')?.values).toEqual({ team: 'HIT', narrative: 'second go' });
    expect(reopened.get(EDIT_KEY)?.values).toEqual({ narrative: 'half typed' });
    expect(reopened.get('new:OVA')).toBeNull();
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ formatVersion: 1, drafts: [{ key: 'new:HIT' }, { key: EDIT_KEY }] });
  });

  it('discards a draft, and discarding a missing one writes nothing', () => {
    const repo = open();
    expect(repo.discard('new:OVA')).toBeNull();
    expect(existsSync(file())).toBe(false);
    repo.save('new:OVA', { team: 'OVA' });
    expect(repo.discard('new:OVA')).toBeNull();
    expect(open().get('new:OVA')).toBeNull();
  });

  it.each([
    ['not JSON', '{"formatVersion":1,"drafts":[', /not valid JSON/],
    ['a draft breaking the schema', JSON.stringify({ formatVersion: 1, drafts: [{ key: 'new:XYZ', values: {}, savedAt: '2025-04-01T08:00:00.000Z' }] }), /drafts\.0\.key/],
    ['a polluting key', '{"formatVersion":1,"drafts":[{"key":"new:HIT","values":{"__proto__":{"x":1}},"savedAt":"2025-04-01T08:00:00.000Z"}]}', /drafts\.0\.values/],
  ])('reports a drafts file with %s by name and reason and never changes it', (_label, content, reason) => {
    writeFileSync(file(), content);
    const repo = open();
    let failure: unknown;
    try {
      repo.get('new:HIT');
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({ code: 'store-unreadable', params: { file: 'drafts.json', reason: expect.stringMatching(reason) } });
    expect(() => repo.save('new:HIT', { team: 'HIT' })).toThrow(/drafts\.json/);
    expect(() => repo.discard('new:HIT')).toThrow(/drafts\.json/);
    expect(readFileSync(file(), 'utf8')).toBe(content);
  });
});
