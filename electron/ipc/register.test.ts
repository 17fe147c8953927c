import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { isTrustedSender, registerIpc } from './register';

type Listener = (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle: vi.fn((channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    }),
  };
}

describe('Electron IPC registration', () => {
  const mainFrame = { url: 'app://cpu/index.html' };

  it('registers exactly one handler per contract channel', () => {
    const ipc = fakeIpcMain();
    registerIpc(ipc, vi.fn(), () => mainFrame);
    expect([...ipc.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes requests from our own main frame to the dispatcher', async () => {
    const ipc = fakeIpcMain();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: [2025] }));
    registerIpc(ipc, dispatch, () => mainFrame);
    await expect(ipc.listeners.get('cases:years')?.({ senderFrame: mainFrame }, {})).resolves.toEqual({
      ok: true,
      value: [2025],
    });
    expect(dispatch).toHaveBeenCalledWith('cases:years', {});
  });

  it('refuses a foreign sender without dispatching', async () => {
    const ipc = fakeIpcMain();
    const dispatch = vi.fn();
    registerIpc(ipc, dispatch, () => mainFrame);
    const listener = ipc.listeners.get('cases:save');
    const foreign = [
      { url: 'app://cpu/index.html' }, // another frame (e.g. an iframe) with our URL
      { url: 'https://evil.example/' },
      null,
    ];
    for (const senderFrame of foreign) {
      expect(await listener?.({ senderFrame }, {})).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses our own frame once it has navigated away from the app origin', () => {
    const navigated = { url: 'https://evil.example/app://cpu/' };
    expect(isTrustedSender(navigated, navigated)).toBe(false);
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
  });
});
