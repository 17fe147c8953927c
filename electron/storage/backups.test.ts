import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Backups, backupsToKeep, parseBackupId } from './backups';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('rolling backups', () => {
  let dir: string;
  let clock: number;
  const backups = () => new Backups(dir, () => new Date(clock));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpu-backups-'));
    clock = Date.parse('2025-01-01T00:30:00.000Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every copy up to 20, newest first, each holding the bytes as saved', () => {
    for (let i = 1; i <= 20; i += 1) {
      backups().record('cases-2025', Buffer.from(`version ${i}`));
      clock += 60_000;
    }
    const list = backups().list('cases-2025');
    expect(list).toHaveLength(20);
    expect(backups().read('cases-2025', list[0]?.id ?? '').toString()).toBe('version 20');
    expect(backups().read('cases-2025', list[19]?.id ?? '').toString()).toBe('version 1');
    expect(list[0]?.id).toBe('20250101T004900000Z-0000');
  });

  it('two saves in the same millisecond get two backups', () => {
    const first = backups().record('cases-2025', Buffer.from('a'));
    const second = backups().record('cases-2025', Buffer.from('b'));
    expect([first, second]).toEqual(['20250101T003000000Z-0000', '20250101T003000000Z-0001']);
  });

  it('over 60 days of saves every 3 hours: the last 20 versions, and the newest of each of the last 30 days', () => {
    const saved: number[] = [];
    for (let n = 0; n < 60 * 8; n += 1) {
      saved.push(clock);
      backups().record('cases-2025', Buffer.from(`saved at ${new Date(clock).toISOString()}`));
      clock += 3 * HOUR;
    }
    const now = saved.at(-1) ?? 0;
    clock = now;
    const kept = backups().list('cases-2025').map((b) => b.at.getTime()).sort((a, b) => a - b);

    const newest20 = saved.slice(-20);
    const dailies = new Map<string, number>();
    for (const t of saved) if (now - t < 30 * DAY) dailies.set(new Date(t).toISOString().slice(0, 10), t);
    const expected = [...new Set([...newest20, ...dailies.values()])].sort((a, b) => a - b);
    expect(kept).toEqual(expected);
    // 30 calendar days are touched by the window; the newest 20 cover the last 3 of them.
    expect(dailies.size).toBe(30);
    expect(kept.length).toBe(20 + 27);
    expect(Math.min(...kept)).toBeGreaterThan(now - 30 * DAY);
    // Each daily is its day's last save (21:30).
    expect(new Date(kept[0] ?? 0).toISOString()).toMatch(/T21:30:00\.000Z$/);
  });

  it('prunes by the policy as time passes, even without new saves in between', () => {
    const ids = ['20250101T000000000Z-0000', '20250115T000000000Z-0000', '20250201T000000000Z-0000'].map((id) => parseBackupId(id));
    const list = ids.filter((b) => b !== undefined);
    const now = new Date('2025-02-20T00:00:00.000Z');
    expect([...backupsToKeep(list, now, { keepLast: 1, dailyDays: 30 })].sort()).toEqual(['20250201T000000000Z-0000']);
    expect([...backupsToKeep(list, now, { keepLast: 2, dailyDays: 30 })].sort()).toEqual(['20250115T000000000Z-0000', '20250201T000000000Z-0000']);
  });

  it('sets a damaged file aside without listing or pruning it', () => {
    backups().record('cases-2025', Buffer.from('good'));
    const aside = backups().setAside('cases-2025', Buffer.from('damaged bytes'));
    expect(aside).toMatch(/^damaged-/);
    expect(backups().list('cases-2025')).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', 'cases-2025', aside), 'utf8')).toBe('damaged bytes');
    expect(readdirSync(join(dir, 'backups', 'cases-2025'))).toHaveLength(2);
  });
});
