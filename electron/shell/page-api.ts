import { createApi, type AppEvents, type Invoke } from '../../shared/ipc/api';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

/**
 * Runs in the page served by the browser shell, before the app: defines `window.cpu`
 * exactly as the Electron preload does, over HTTP instead of IPC (the browser sends the
 * session cookie with each request), and `window.cpuEvents` for the locks the shell makes
 * itself. It also tells the shell the page is open (a beat every 15 s, saying whether the
 * officer used keyboard or mouse since) and when it goes away (`pagehide`), so the shell
 * can lock when idle or when no page is left.
 */
const BEAT_EVERY_MS = 15_000;
/** The first touch after this long without telling the shell is told at once, not at the next beat. */
const TELL_AT_ONCE_AFTER_MS = 10_000;
/** The officer's input, as the page's own idle timer counts it (renderer/features/lock/use-idle-lock.ts). */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'The app service is not running. Restart the app; nothing was saved.' },
};

/** Set once the page is going (reload, close): a request sent then must outlive it. */
let leaving = false;
/** Browsers let a request outlive its page only up to 64 KiB in flight (a draft is far less). */
const KEEPALIVE_MAX = 60_000;

const invoke: Invoke = async <C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> => {
  try {
    const body = JSON.stringify(input);
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      // Counted in bytes as sent (UTF-8): Khmer takes three a letter.
      keepalive: leaving && new TextEncoder().encode(body).length <= KEEPALIVE_MAX,
    });
    // The shell answers with the dispatcher's Result for this channel.
    return (await response.json()) as Result<Output<C>>;
  } catch {
    return unreachable;
  }
};
const api = createApi(invoke);

const pageId = crypto.randomUUID();
const lockListeners = new Set<() => void>();
let touched = false;
let toldActiveAt = 0;

async function beat(back = false): Promise<void> {
  const active = touched;
  touched = false;
  if (active) toldActiveAt = Date.now();
  try {
    const response = await fetch('/__shell/beat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ page: pageId, active, back }),
    });
    const answer = (await response.json()) as { locked?: boolean };
    if (answer.locked === true) for (const listener of lockListeners) listener();
  } catch {
    // The shell is not running: the next call of the app says so.
  }
}

const onActivity = () => {
  touched = true;
  if (Date.now() - toldActiveAt >= TELL_AT_ONCE_AFTER_MS) void beat();
};
for (const event of ACTIVITY) window.addEventListener(event, onActivity, { capture: true, passive: true });
window.setInterval(() => void beat(), BEAT_EVERY_MS);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void beat();
});
// Closed, reloaded or navigated away: a reload's new page beats within the shell's grace time,
// and what the app sends as it goes (a draft's last change) is sent to outlive the page.
window.addEventListener('pagehide', () => {
  leaving = true;
  navigator.sendBeacon(`/__shell/bye?page=${pageId}`);
});
window.addEventListener('pageshow', (event) => {
  leaving = false;
  if (event.persisted) void beat(true);
});
void beat();

const events: AppEvents = {
  onLocked: (listener) => {
    lockListeners.add(listener);
  },
};

Object.defineProperty(window, 'cpu', { value: Object.freeze(api), writable: false, configurable: false });
Object.defineProperty(window, 'cpuEvents', { value: Object.freeze(events), writable: false, configurable: false });
