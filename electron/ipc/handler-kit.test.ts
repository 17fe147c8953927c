import { describe, expect, it } from 'vitest';
import { CHANNELS, type HandlerMap } from '../../shared/ipc/contract';
import { createHandlers } from '../app/handlers';
import { confStorage } from '../storage/conf-location';
import { tempDir } from '../testing/temp-dir';
import { composeHandlers } from './handler-kit';

const answer = () => null;
const everyChannel = () => Object.fromEntries(CHANNELS.map((c) => [c, answer])) as unknown as HandlerMap;

describe('composeHandlers', () => {
  it('puts the features together into one handler per channel', () => {
    const all = everyChannel();
    const [first, ...rest] = CHANNELS;
    const composed = composeHandlers(
      { [first as string]: all[first as keyof HandlerMap] },
      Object.fromEntries(rest.map((c) => [c, all[c]])),
    );
    expect(Object.keys(composed).sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses a channel answered twice, a channel left unanswered, and one the contract lacks', () => {
    expect(() => composeHandlers(everyChannel(), { 'cases:get': answer } as unknown as Partial<HandlerMap>)).toThrow(
      'Two handlers for cases:get',
    );
    const withoutTotals: Partial<HandlerMap> = everyChannel();
    delete withoutTotals['totals:get'];
    expect(() => composeHandlers(withoutTotals)).toThrow('No handler for totals:get');
    expect(() => composeHandlers(everyChannel(), { 'cases:purge': answer } as unknown as Partial<HandlerMap>)).toThrow(
      'cases:purge',
    );
  });
});

describe("the hosts' handlers", () => {
  it("answer every contract channel with exactly one handler, from the features' maps", () => {
    const handlers = createHandlers(confStorage(tempDir('channels')), { version: '1.0.0', host: 'browser-shell' });
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof handlers[channel]).toBe('function');
  });
});
