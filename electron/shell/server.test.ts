import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '../../shared/schemas/session';
import { tempDir } from '../testing/temp-dir';
import { TEST_KDF } from '../testing/unlocked-app';
import { startShell, type RunningShell } from './server';
import { GUARD_TIMINGS } from './session-guard';

const MINUTE = 60_000;
const TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';

let running: RunningShell | undefined;
/** Whether the (mocked) session is unlocked: the tests below need no passphrase. */
let unlocked = false;

afterEach(async () => {
  unlocked = false;
  vi.useRealTimers();
  await running?.close();
  running = undefined;
});

/** A shell on an ephemeral port, serving a stand-in renderer and page script. */
async function shell(): Promise<RunningShell> {
  const root = tempDir('shell');
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head></html>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1);');
  const pageApiFile = join(root, 'page-api.js');
  writeFileSync(pageApiFile, 'window.stub = 1;');
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  running = await startShell({ dataDir, rendererDir, pageApiFile, version: 'test', token: TOKEN, kdf: TEST_KDF });
  return running;
}

/** The session as unlocked, its lock recorded, without a passphrase and scrypt: the guard is what is tested. */
function fakeUnlock(shell: RunningShell, autoLockMinutes = 10) {
  unlocked = true;
  vi.spyOn(shell.session, 'unlocked', 'get').mockImplementation(() => unlocked);
  const lock = vi.spyOn(shell.session, 'lock').mockImplementation(() => {
    unlocked = false;
  });
  vi.spyOn(shell.session, 'status').mockImplementation(
    () => ({ state: unlocked ? 'unlocked' : 'locked', autoLockMinutes, waitSeconds: 0 }) as SessionStatus,
  );
  return lock;
}

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers, redirect: 'manual' });

/** What the browser sends with its own page's POSTs. */
const fromPage = (shell: RunningShell): Record<string, string> => ({
  Origin: `http://127.0.0.1:${shell.port}`,
  'Sec-Fetch-Site': 'same-origin',
});

async function signIn(shell: RunningShell, address = shell.url): Promise<string> {
  const response = await get(address);
  expect(response.status).toBe(303);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

const post = (shell: RunningShell, path: string, cookie: string | undefined, body: unknown, extra = fromPage(shell)) =>
  fetch(`http://127.0.0.1:${shell.port}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}), ...extra },
    body: JSON.stringify(body),
  });

const beat = async (shell: RunningShell, cookie: string, page: string, active = false) =>
  (await (await post(shell, '/__shell/beat', cookie, { page, active })).json()) as { locked: boolean };

describe('the browser shell’s printed address', () => {
  it('trades its token once for a session cookie and moves the page to / without it', async () => {
    const s = await shell();
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/?token=${TOKEN}`);
    const response = await get(s.url);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const [setCookie, ...more] = response.headers.getSetCookie();
    expect(more).toEqual([]);
    const [pair, ...attributes] = (setCookie ?? '').split('; ');
    expect(pair).toMatch(new RegExp(`^cpu_shell_${s.port}=[A-Za-z0-9_-]{43}$`));
    expect(pair).not.toContain(TOKEN);
    expect(attributes.sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);

    const page = await get(`http://127.0.0.1:${s.port}/`, { Cookie: pair ?? '' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script src="/__shell/page-api.js"></script>');
    expect(html).not.toContain(TOKEN);
    expect((await get(`http://127.0.0.1:${s.port}/app.js`, { Cookie: pair ?? '' })).status).toBe(200);
  });

  it('refuses the same address the second time, and any unknown token, with a page saying what to do', async () => {
    const s = await shell();
    await signIn(s);
    for (const address of [s.url, `http://127.0.0.1:${s.port}/?token=not-a-token`, `http://127.0.0.1:${s.port}/`]) {
      const again = await get(address);
      expect(again.status).toBe(403);
      expect(again.headers.getSetCookie()).toEqual([]);
      expect(await again.text()).toContain('each printed address opens the app only once');
    }
  });

  it('prints a fresh one-time address on request; each opens its own session', async () => {
    const s = await shell();
    const first = await signIn(s);
    const fresh = s.newAddress();
    expect(fresh).not.toBe(s.url);
    const second = await signIn(s, fresh);
    expect(second).not.toBe(first);
    expect((await get(fresh)).status).toBe(403);
    for (const cookie of [first, second]) {
      expect((await get(`http://127.0.0.1:${s.port}/`, { Cookie: cookie })).status).toBe(200);
    }
  });
});

describe('the browser shell’s API', () => {
  it('refuses requests without the session cookie, with the old token header, or with a wrong cookie', async () => {
    const s = await shell();
    const cookie = await signIn(s);
    const name = cookie.split('=')[0] ?? '';
    for (const [given, headers] of [
      [undefined, fromPage(s)],
      [undefined, { ...fromPage(s), 'X-CPU-Token': TOKEN }],
      [`${name}=${TOKEN}`, fromPage(s)],
      [`${name}=wrong`, fromPage(s)],
      [`cpu_shell_1=${cookie.split('=')[1]}`, fromPage(s)],
    ] as const) {
      const response = await post(s, '/ipc/app:info', given, {}, headers);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden-sender');
    }
    const ok = await post(s, '/ipc/app:info', cookie, {});
    expect(await ok.json()).toEqual({ ok: true, value: { version: 'test', host: 'browser-shell' } });
  });

  it('accepts POSTs only from its own page: another origin, even on 127.0.0.1, is refused', async () => {
    const s = await shell();
    const cookie = await signIn(s);
    const refused: Record<string, string>[] = [
      { Origin: 'http://evil.example' },
      { Origin: 'http://127.0.0.1:1' },
      { 'Sec-Fetch-Site': 'same-site' },
      { 'Sec-Fetch-Site': 'cross-site', Origin: `http://127.0.0.1:${s.port}` },
      { Origin: 'null' },
    ];
    for (const headers of refused) {
      expect((await post(s, '/ipc/app:info', cookie, {}, headers)).status).toBe(403);
    }
    // A beacon under `Referrer-Policy: no-referrer` may say `Origin: null`; Sec-Fetch-Site vouches for it.
    const beacon = { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' };
    expect((await post(s, '/ipc/app:info', cookie, {}, beacon)).status).toBe(200);
  });

  it('refuses a wrong Host (DNS rebinding)', async () => {
    const s = await shell();
    const cookie = await signIn(s);
    const { request } = await import('node:http');
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: s.port, path: '/', headers: { Host: `evil.example:${s.port}`, Cookie: cookie } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('the browser shell locks the session itself', () => {
  /** Fake interval and clock; real I/O (HTTP) keeps its real timers. */
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });

  it('after the idle minutes with no page open, an API request counting as activity', async () => {
    fakeClock();
    const s = await shell();
    const lock = fakeUnlock(s, 10);
    const cookie = await signIn(s);
    vi.advanceTimersByTime(9 * MINUTE);
    expect((await post(s, '/ipc/app:info', cookie, {})).status).toBe(200);
    vi.advanceTimersByTime(9 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(lock).toHaveBeenCalledTimes(1);
    expect(unlocked).toBe(false);
  });

  it('while a page only beats; the page is told on its next beat', async () => {
    fakeClock();
    const s = await shell();
    const lock = fakeUnlock(s, 2);
    const cookie = await signIn(s);
    expect(await beat(s, cookie, 'page-1', true)).toEqual({ locked: false });
    for (let i = 0; i < 7; i += 1) {
      vi.advanceTimersByTime(15_000);
      expect(await beat(s, cookie, 'page-1')).toEqual({ locked: false });
    }
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect(lock).toHaveBeenCalledTimes(1);
    expect(await beat(s, cookie, 'page-1')).toEqual({ locked: true });
    expect(await beat(s, cookie, 'page-1')).toEqual({ locked: false });
  });

  it('when the page’s pagehide beacon says goodbye and no page comes back', async () => {
    fakeClock();
    const s = await shell();
    const lock = fakeUnlock(s);
    const cookie = await signIn(s);
    await beat(s, cookie, 'page-1');
    // navigator.sendBeacon: a POST with no body.
    const bye = await fetch(`http://127.0.0.1:${s.port}/__shell/bye?page=page-1`, {
      method: 'POST',
      headers: { Cookie: cookie, ...fromPage(s) },
    });
    expect(bye.status).toBe(204);
    vi.advanceTimersByTime(GUARD_TIMINGS.leaveGraceMs - GUARD_TIMINGS.checkEveryMs);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(GUARD_TIMINGS.checkEveryMs);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('not when a reload’s new page beats within the grace time', async () => {
    fakeClock();
    const s = await shell();
    const lock = fakeUnlock(s);
    const cookie = await signIn(s);
    await beat(s, cookie, 'page-1');
    await post(s, '/__shell/bye?page=page-1', cookie, null);
    vi.advanceTimersByTime(GUARD_TIMINGS.checkEveryMs);
    await beat(s, cookie, 'page-2');
    vi.advanceTimersByTime(GUARD_TIMINGS.leaveGraceMs * 3);
    expect(lock).not.toHaveBeenCalled();
  });

  it('but a goodbye or a beat without the cookie is refused and changes nothing', async () => {
    fakeClock();
    const s = await shell();
    const lock = fakeUnlock(s);
    const cookie = await signIn(s);
    await beat(s, cookie, 'page-1');
    expect((await post(s, '/__shell/bye?page=page-1', undefined, null)).status).toBe(403);
    expect((await post(s, '/__shell/bye?page=page-1', cookie, null, { Origin: 'http://evil.example' })).status).toBe(
      403,
    );
    expect((await post(s, '/__shell/beat', undefined, { page: 'page-1', active: true })).status).toBe(403);
    vi.advanceTimersByTime(GUARD_TIMINGS.leaveGraceMs * 2);
    expect(lock).not.toHaveBeenCalled();
  });

  it('when the last page falls silent', async () => {
    fakeClock();
    const s = await shell();
    const lock = fakeUnlock(s, 60);
    const cookie = await signIn(s);
    await beat(s, cookie, 'page-1');
    vi.advanceTimersByTime(GUARD_TIMINGS.pageTimeoutMs);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(GUARD_TIMINGS.checkEveryMs);
    expect(lock).toHaveBeenCalledTimes(1);
  });
});
