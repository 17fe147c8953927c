import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/schemas/case';
import { historyKey } from '../cases/case-rows';
import { historyKeyOf } from './history-keys';

const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  revision: 3,
  at: '2025-04-01T08:00:00.000Z',
  by: 'Sok "Dara" Chan \\ ស៊ុក',
  action: 'edited',
  changes: [{ path: 'narrative', from: ',"action":"created"', to: 'x' }],
  ...over,
});

/** The key from the stored bytes, and whether the whole entry had to be parsed for it. */
function keyOf(json: string): { key: string; parsedWhole: boolean } {
  let parsedWhole = false;
  const key = historyKeyOf(Buffer.from(json, 'utf8'), () => {
    parsedWhole = true;
    return JSON.parse(json) as HistoryEntry;
  });
  return { key, parsedWhole };
}

describe('a stored history entry told by its key', () => {
  it('is keyed from its head alone when written as the app writes it, as a whole parse keys it', () => {
    for (const e of [entry(), entry({ action: 'imported', from: { pcId: 'p', pcName: 'PC 2' } as never })]) {
      expect(keyOf(JSON.stringify(e))).toEqual({ key: historyKey(e), parsedWhole: false });
    }
  });

  it('is parsed whole when its members come in another order, or the head is not what it seems', () => {
    const e = entry();
    const reordered = JSON.stringify({ changes: e.changes, revision: 3, at: e.at, by: e.by, action: e.action });
    const changesFirst = JSON.stringify({ revision: 3, changes: e.changes, at: e.at, by: e.by, action: e.action });
    const extra = `{"revision":3,"at":"${e.at}","by":"x","note":1,"action":"edited","changes":[]}`;
    const escaped = `{"revision":3,"at":"${e.at}","by":"x","action":"ed\\"ited","changes":[]}`;
    for (const json of [reordered, changesFirst, extra, escaped]) {
      const whole = JSON.parse(json) as HistoryEntry;
      expect(keyOf(json)).toEqual({ key: historyKey(whole), parsedWhole: true });
    }
  });
});
