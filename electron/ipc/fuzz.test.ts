import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import type { CaseRecord } from '../../shared/schemas/case';
import type { BackupList } from '../../shared/schemas/session';
import { sampleSummary } from '../../shared/testing/samples';
import { filesUnder } from '../testing/data-folder';
import { TEST_PASSPHRASE, unlockedDispatch } from '../testing/unlocked-app';
import { CHECKPOINT_IDLE_MS } from '../storage/case-db';
import type { Dispatch } from './dispatcher';

const PER_CHANNEL = 1500;
const UUID = '0b4e7f2a-9d1c-4a57-8e3b-2f6c1d9a7e45';
/** A passphrase every new-passphrase rule accepts (zxcvbn's score included). */
const NEW_PASSPHRASE = 'a lantern floats down the Mekong at dusk';

/** One well-formed payload per channel: the fuzzer breaks each in many ways. */
const SAMPLES = {
  'app:info': {},
  'settings:get': {},
  'settings:update': { pcName: 'HIT office', language: 'en', digits: 'latin', binRetentionDays: 90 },
  'cases:years': {},
  'cases:list': { year: 2025, bin: false },
  'cases:get': { id: UUID },
  'cases:save': { id: UUID, expectedRevision: 1, summary: sampleSummary('HIT') },
  'cases:delete': { id: UUID, expectedRevision: 1 },
  'cases:restore': { id: UUID, expectedRevision: 1 },
  'cases:redact': { id: UUID, revision: 1, path: 'suspects.0.name', reason: 'a name typed by mistake' },
  'cases:investigation': { investigationRef: 'CPU-2025-014' },
  'cases:investigationTeams': { investigationRef: 'CPU-2025-014' },
  'cases:byIds': { ids: [UUID] },
  'years:get': { year: 2025 },
  'years:setSpending': { year: 2025, spending: { HIT: 1000 } },
  'years:close': { year: 2025 },
  'years:reopen': { year: 2025, reason: 'a correction' },
  'totals:get': { year: 2025 },
  'exports:create': { year: 2025, format: 'year-json', passphrase: 'a long export passphrase', suppressBelow: 5 },
  'imports:preview': { content: '{}', passphrase: 'a long export passphrase' },
  'imports:apply': { token: UUID, resolutions: { [UUID]: { status: 'ours' } } },
  'imports:cancel': { token: UUID },
  'exports:yearFile': { year: 2025, passphrase: 'a long export passphrase' },
  'imports:chooseFile': {},
  'imports:previewFile': { file: UUID, passphrase: 'a long export passphrase' },
  'jobs:progress': { job: UUID },
  'jobs:cancel': { job: UUID },
  'print:savePdf': { fileName: 'report.pdf' },
  'print:printed': { kind: 'case', target: 'HIT-2025-0001' },
  'drafts:get': { key: 'new:HIT' },
  'drafts:save': { key: 'new:HIT', values: { narrative: 'typing', victims: [{ age: 3 }] } },
  'drafts:discard': { key: 'new:HIT' },
  'session:status': {},
  'session:setup': { displayName: 'Chan Vanna', teams: ['OVA', 'HIT'], passphrase: NEW_PASSPHRASE },
  'session:unlock': { accountId: UUID, passphrase: TEST_PASSPHRASE },
  'session:unlockWithRecovery': { accountId: UUID, recoveryKey: 'AAAAA-BBBBB', newPassphrase: NEW_PASSPHRASE },
  'session:lock': {},
  'session:changePassphrase': { current: TEST_PASSPHRASE, next: NEW_PASSPHRASE },
  'session:setAutoLock': { minutes: 10 },
  'session:recoveryKeyKept': {},
  'backups:list': {},
  'backups:restore': { sequence: 1 },
  'accounts:list': {},
  'accounts:add': { displayName: 'Chan Vanna', teams: ['OVA'], role: 'officer', passphrase: NEW_PASSPHRASE },
  'accounts:update': { id: UUID, displayName: 'Chan Vanna', teams: ['HIT'], role: 'coordinator' },
  'accounts:disable': { id: UUID },
  'accounts:enable': { id: UUID, passphrase: NEW_PASSPHRASE },
  'accounts:resetPassphrase': { id: UUID, passphrase: NEW_PASSPHRASE },
  'accounts:reissueRecoveryKey': {},
  'accounts:rotateKey': {},
  'audit:list': { filter: { action: 'sign-in', from: '2025-01-01', to: '2025-12-31' }, offset: 0, limit: 50 },
  'audit:verify': {},
  'audit:export': { accountId: UUID, from: '2025-01-01' },
} satisfies Record<Channel, Record<string, unknown>>;

/** mulberry32: the same payloads on every run, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

const HUGE = 'A'.repeat(3_000_000);
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}
const DEEP = [nested(20, false), nested(5_000, false), nested(5_000, true)];
const POLLUTING = ['__proto__', 'constructor', 'prototype'];
const EXTRA_KEYS = [
  ...POLLUTING,
  'admin',
  'officer',
  'isAdmin',
  'path',
  'toString',
  'valueOf',
  'x'.repeat(100_000),
  '',
];
const JUNK: unknown[] = [
  null,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  HUGE,
  true,
  false,
  [],
  [1, 'a'],
  {},
  ...DEEP,
];

/** A value of another kind than the one given, which the field's strict schema cannot take. */
function wrongKind(rng: ReturnType<typeof random>, value: unknown): unknown {
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  const options = JUNK.filter((j) => kind(j) !== kind(value));
  return rng.pick(options);
}

function withOwnKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  // defineProperty makes `__proto__` an own key, as JSON.parse would, instead of setting the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

/** Every plain object inside the payload, so an extra key can be planted at any depth. */
function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((v) => objectsIn(v, found));
  else if (typeof value === 'object' && value !== null) {
    found.push(value as Record<string, unknown>);
    Object.values(value).forEach((v) => objectsIn(v, found));
  }
  return found;
}

const KINDS = ['junk', 'extra', 'nested', 'wrong', 'huge', 'deep'] as const;
type Kind = (typeof KINDS)[number];

function malformed(rng: ReturnType<typeof random>, sample: Record<string, unknown>, kind: Kind): unknown {
  const copy = structuredClone(sample);
  const keys = Object.keys(copy);
  switch (kind) {
    case 'junk':
      // Not `{}`: it is the well-formed payload of the channels that take no input.
      return rng.pick([
        ...JUNK.filter(
          (j) => !(typeof j === 'object' && j !== null && !Array.isArray(j) && Object.keys(j).length === 0),
        ),
        [sample],
        undefined,
      ]);
    case 'extra':
      // A key the payload does not have (`path` is one of cases:redact's own fields).
      return withOwnKey(copy, rng.pick(EXTRA_KEYS.filter((k) => !Object.hasOwn(copy, k))), rng.pick(JUNK));
    case 'nested': {
      const target = rng.pick(objectsIn(copy));
      return withOwnKey(
        target === copy ? copy : (withOwnKey(target, rng.pick(POLLUTING), rng.pick(JUNK)), copy),
        rng.pick(POLLUTING),
        { admin: true },
      );
    }
    case 'wrong':
    case 'huge':
    case 'deep': {
      if (keys.length === 0) return withOwnKey(copy, rng.pick(EXTRA_KEYS), kind === 'deep' ? rng.pick(DEEP) : HUGE);
      const key = rng.pick(keys);
      const value = copy[key];
      if (kind === 'huge') copy[key] = typeof value === 'string' ? HUGE : wrongKind(rng, value);
      else if (kind === 'deep') copy[key] = rng.pick(DEEP.slice(typeof value === 'object' && value !== null ? 0 : 1));
      else copy[key] = wrongKind(rng, value);
      return copy;
    }
  }
}

describe('fuzzing every contract channel through the real dispatcher and handlers', () => {
  let dir: string;
  let dispatch: Dispatch;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-fuzz-'));
    dispatch = unlockedDispatch(dir).dispatch;
    // The first read opens the database and starts the daily backup in the background: let it
    // finish before anything is written or any file compared.
    expect((await dispatch('cases:years', {})).ok).toBe(true);
    await vi.waitFor(
      async () => {
        const listed = await dispatch('backups:list', {});
        expect(listed.ok && (listed.value as BackupList).backups.length).toBe(1);
      },
      { timeout: 20_000, interval: 50 },
    );
    const saved = await dispatch('cases:save', { summary: sampleSummary('HIT') });
    expect(saved.ok).toBe(true);
    if (saved.ok) SAMPLES['cases:save'].id = (saved.value as CaseRecord).id;
    expect((await dispatch('drafts:save', { key: 'new:OVA', values: { district: 'Boribo' } })).ok).toBe(true);
    expect((await dispatch('years:setSpending', { year: 2025, spending: { OVA: 5 } })).ok).toBe(true);
    // The database copies its WAL into its file once quiet after those writes: let that happen
    // now, not while a test compares the files' bytes (a handler that waits on a file lets it run).
    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_IDLE_MS + 250));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CHANNELS)(
    `refuses ${PER_CHANNEL} malformed payloads for %s, changing no byte on disk`,
    async (channel) => {
      const before = filesUnder(dir);
      const rng = random([...channel].reduce((h, c) => h * 31 + c.charCodeAt(0), 7) >>> 0);
      const accepted: string[] = [];
      const codes = new Map<string, number>();
      for (let i = 0; i < PER_CHANNEL; i += 1) {
        const payload = malformed(rng, SAMPLES[channel], KINDS[i % KINDS.length] ?? 'junk');
        const result = await dispatch(channel, payload);
        if (result.ok) accepted.push(JSON.stringify(payload)?.slice(0, 200) ?? String(payload));
        else codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
      }
      expect(accepted).toEqual([]);
      // Refused at the door or by a handler's own check; never by an unexpected crash.
      expect(codes.has('internal')).toBe(false);
      expect(
        [...codes.keys()].every((c) => ['invalid-input', 'file-not-json'].includes(c)),
        [...codes.keys()].join(),
      ).toBe(true);
      expect(filesUnder(dir)).toEqual(before);
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
      // Still unlocked and working: no malformed request locked the app or damaged a store.
      expect((await dispatch('cases:years', {})).ok).toBe(true);
    },
    60_000,
  );
});
