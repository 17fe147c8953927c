import { describe, expect, it } from 'vitest';
import { createApi, type Invoke } from './api';
import { CHANNELS } from './contract';

describe('createApi', () => {
  it('gives every contract channel one method, which sends its input on that channel', async () => {
    const sent: Array<[string, unknown]> = [];
    const invoke = ((channel, input) => {
      sent.push([channel, input]);
      return Promise.resolve({ ok: true, value: null });
    }) as Invoke;
    const api = createApi(invoke) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

    for (const channel of CHANNELS) {
      const [namespace, method] = channel.split(':') as [string, string];
      await api[namespace]?.[method]?.({ probe: channel });
    }

    expect(sent).toEqual(CHANNELS.map((channel) => [channel, { probe: channel }]));
    const methods = Object.entries(api).flatMap(([namespace, group]) =>
      Object.keys(group).map((m) => `${namespace}:${m}`),
    );
    expect(methods.sort()).toEqual([...CHANNELS].sort());
  });
});
