import { describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
const appListeners = new Map<string, Listener>();
const session = {
  setPermissionRequestHandler: vi.fn(),
  setPermissionCheckHandler: vi.fn(),
};

// Only `electron` is mocked: the hardening code runs as it does in the app.
vi.mock('electron', () => {
  const app = { on: (event: string, listener: Listener) => appListeners.set(event, listener) };
  const mocked = { app, session: { defaultSession: session } };
  return { default: mocked, ...mocked };
});

const { hardenAllContents } = await import('./security');

/** A web contents as Electron hands it to `web-contents-created`, recording what is installed. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    listeners,
    open: (url: string) => openHandler?.({ url }),
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
}

describe('Electron hardening', () => {
  hardenAllContents();

  it('refuses every permission request and check (camera, microphone, notifications …)', () => {
    const [[requestHandler]] = session.setPermissionRequestHandler.mock.calls as [
      [(c: unknown, p: string, cb: (ok: boolean) => void) => void],
    ];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const [[checkHandler]] = session.setPermissionCheckHandler.mock.calls as [[(...args: unknown[]) => boolean]];
    expect(checkHandler({}, 'media', 'app://cpu')).toBe(false);
  });

  it('refuses navigation, redirects, webviews and new windows in every web contents', () => {
    const contents = fakeContents();
    appListeners.get('web-contents-created')?.({}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.listeners.get(event)?.({ preventDefault }, 'https://evil.example/');
      expect(preventDefault, event).toHaveBeenCalledOnce();
    }
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.open('app://cpu/index.html')).toEqual({ action: 'deny' });
  });
});
