import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseListPage, CaseRecord } from '../../shared/schemas/case';
import type { BackupList } from '../../shared/schemas/session';
import { createHandlers } from '../app/handlers';
import { createDispatcher } from '../ipc/dispatcher';
import { acquireCaseDb } from '../storage/case-db';
import { confStorage } from '../storage/conf-location';
import { bundleChild } from '../testing/child-process';
import { sharedTempDir } from '../testing/temp-dir';
import { quitApp } from '../testing/test-vault';
import { signIn, TEST_KDF, unlockedDispatch } from '../testing/unlocked-app';

const KILLS = 200;
const LANES = 2;

/**
 * Runs the child until it is ready, lets it acknowledge 0 to 4 saves, then SIGKILLs it at a
 * random moment of the next one: the delay is drawn from the last save's own duration, so
 * the kills fall inside saves however fast this machine writes.
 */
async function runAndKill(script: string, dir: string, acked: Map<string, number>): Promise<number> {
  const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffered = '';
  let errors = '';
  let saves = 0;
  const killAfter = Math.floor(Math.random() * 5);
  let last = 0;
  let lastSaveMs = 20;
  let killing = false;
  const killSoon = () => {
    if (killing || saves < killAfter) return;
    killing = true;
    setTimeout(() => child.kill('SIGKILL'), Math.random() * lastSaveMs);
  };
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, id, revision] = line.split(' ');
        if (word === 'READY') {
          last = performance.now();
          killSoon();
        }
        if (word === 'ACK' && id && revision) {
          acked.set(id, Math.max(acked.get(id) ?? 0, Number(revision)));
          saves += 1;
          const at = performance.now();
          lastSaveMs = Math.max(1, at - last);
          last = at;
          killSoon();
        }
      }
      if (lines.some((l) => l.startsWith('READY'))) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    void exited.then(() => reject(new Error(`the child stopped before it was ready:\n${errors}`)));
  });
  const [, signal] = await exited;
  // A complete line was acknowledged; a half-written one never counts.
  expect(signal, errors).toBe('SIGKILL');
  return saves;
}

describe('crash safety: saves killed at random moments', () => {
  const workDir = sharedTempDir('crash');
  let script: string;

  beforeAll(async () => {
    script = await bundleChild('crash-child', workDir());
  });

  it(`${KILLS} SIGKILLs later, the case database opens and holds every acknowledged save`, async () => {
    const dirs = Array.from({ length: LANES }, (_, lane) => join(workDir(), `data-${lane}`));
    for (const dir of dirs) await unlockedDispatch(dir).recoveryKey;
    // Setting up stored the first account in each database: close them, as a quit would, so the children can open them.
    await quitApp();
    const lanes = await Promise.all(
      dirs.map(async (dir) => {
        const acked = new Map<string, number>();
        let saves = 0;
        for (let kill = 0; kill < KILLS / LANES; kill += 1) saves += await runAndKill(script, dir, acked);
        return { dir, acked, saves };
      }),
    );

    // Enough acknowledged saves that the kills fell among them, not only before the first.
    expect(lanes.reduce((sum, lane) => sum + lane.saves, 0)).toBeGreaterThan(KILLS);
    for (const { dir, acked } of lanes) {
      const dispatch = createDispatcher(
        createHandlers(confStorage(dir), { version: 'check', host: 'browser-shell' }, undefined, { kdf: TEST_KDF }),
      );
      expect((await signIn(dispatch)).state).toBe('unlocked');
      const years = await dispatch('cases:years', {});
      expect(years).toEqual({ ok: true, value: expect.arrayContaining([2025]) });
      let listed = 0;
      for (const year of years.ok ? (years.value as number[]) : []) {
        const list = await dispatch('cases:list', { year });
        expect(list.ok, `the summaries of ${year} open`).toBe(true);
        listed += list.ok ? (list.value as CaseListPage).total : 0;
      }
      for (const [id, revision] of acked) {
        const found = await dispatch('cases:get', { id });
        expect(found.ok, `acknowledged ${id} is there`).toBe(true);
        if (!found.ok) continue;
        const record = found.value as CaseRecord;
        expect(record.revision).toBeGreaterThanOrEqual(revision);
        // A save is one transaction: its row and its history entry are both there, or neither.
        expect(record.history.map((e) => e.revision)).toEqual(Array.from({ length: record.revision }, (_, i) => i + 1));
      }
      // Each summary is in exactly one year, and the database passes SQLite's own check.
      const db = acquireCaseDb(dir);
      expect(listed).toBe(Number(db.prepare('SELECT COUNT(*) AS n FROM summaries').get()?.n));
      expect(listed).toBeGreaterThanOrEqual(acked.size);
      expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      // The database as the kills left it backs up (the unlock's daily backup, when the children
      // finished none), and every backup left behind opens too.
      const list = await vi.waitFor(
        async () => {
          const backups = await dispatch('backups:list', {});
          if (!backups.ok) throw new Error(backups.error.message);
          const value = backups.value as BackupList;
          if (value.backups.length === 0) throw new Error('no backup yet');
          return value;
        },
        { timeout: 20_000, interval: 100 },
      );
      expect(list.problem).toBeNull();
      for (const backup of list.backups) expect(backup).toMatchObject({ problem: null, summaries: expect.any(Number) });
      // Interrupted writes leave nothing but the database, its journal and the keys: no copy half made.
      const names = readdirSync(dir);
      expect(names).toEqual(expect.arrayContaining(['cases.db', 'keys.json', 'pc.json']));
      expect(
        names.filter((f) => f.endsWith('.json') && !['keys.json', 'pc.json', 'settings.json'].includes(f)),
      ).toEqual([]);
      expect(names.filter((f) => f.startsWith('cases.db.'))).toEqual([]);
      // A backup cut short leaves only its temporary copy (`.partial`, and its journal if killed
      // while being stamped), never listed as a backup.
      expect(
        readdirSync(join(dir, 'backups', 'db')).filter((f) => !/^cases-\d{6}\.db(\.partial(-journal)?)?$/.test(f)),
      ).toEqual([]);
    }
  }, 600_000);
});
