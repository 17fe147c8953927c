import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHost } from '../app/handlers';
import { contentType, SECURITY_HEADERS } from './csp';
import { readStatic } from './static-files';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import { fail } from '../../shared/ipc/result';
import type { ScryptParams } from '../session/keyring';
import { Session } from '../session/session';
import { hasExpectedHost, isFromOwnPage, ShellAuth } from './auth';
import { SessionGuard, type GuardOptions } from './session-guard';
import { clearUploads, receiveUpload, serveDownload } from './transfers-routes';

/**
 * Large enough for the largest data file an import accepts (200 million characters, Khmer
 * taking 3 bytes each in UTF-8, escaped inside the JSON request); only a holder of the
 * browser's session cookie can send one.
 */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;

export interface ShellOptions {
  dataDir: string;
  rendererDir: string;
  pageApiFile: string;
  version: string;
  port?: number;
  /** The first address's one-time token (default: random); tests only. */
  token?: string;
  /** scrypt cost for new wrapped keys; tests pass a cheap one. */
  kdf?: ScryptParams;
  /** The idle and page-presence lock's clock and timings; tests only. */
  guard?: Pick<GuardOptions, 'now' | 'timings'>;
}

export interface RunningShell {
  /** The address to print: opens the app once. */
  url: string;
  port: number;
  /** `url`'s one-time token. */
  token: string;
  server: Server;
  /** The session the shell locks when idle or when its page is gone (the same the handlers use). */
  session: Session;
  /** A new one-time address, for a browser that has none (the officer asks in the shell's window). */
  newAddress(): string;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** What a browser without the session cookie gets, for any page: a used or unknown address, or none. */
const SIGN_IN_PAGE = `<!doctype html>
<html lang="en">
  <meta charset="utf-8" />
  <title>CPU Case Register</title>
  <h1>Open the app with a new address</h1>
  <p>This page needs an address the app printed in its window, and each printed address opens the app only once.</p>
  <p>Press Enter in the app's window for a new address, or start the app again, and open the address it prints.</p>
</html>
`;

function send(res: ServerResponse, status: number, body: string | Uint8Array, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

const refuse = (res: ServerResponse, message: string) =>
  send(res, 403, JSON.stringify(fail('forbidden-sender', message)), JSON_TYPE);

async function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string, dispatch: Dispatch) {
  if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 405, JSON.stringify(fail('invalid-input', 'Use POST with a JSON body.')), JSON_TYPE);
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === undefined) {
    return send(res, 413, JSON.stringify(fail('invalid-input', 'The request is too large.')), JSON_TYPE);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return send(res, 400, JSON.stringify(fail('invalid-input', 'The request is not valid JSON.')), JSON_TYPE);
  }
  const result = await dispatch(decodeURIComponent(channel), payload);
  send(res, 200, JSON.stringify(result), JSON_TYPE);
}

/** A page's beat: `{ page, active, back }` in, `{ locked }` out (see SessionGuard.beat). */
async function handleBeat(req: IncomingMessage, res: ServerResponse, guard: SessionGuard) {
  const body = await readBody(req, 1024);
  let beat: { page?: unknown; active?: unknown; back?: unknown } = {};
  try {
    beat = JSON.parse(body ?? '') as typeof beat;
  } catch {
    // Answered below as a beat without a page.
  }
  if (typeof beat?.page !== 'string') return send(res, 400, JSON.stringify({ locked: false }), JSON_TYPE);
  send(res, 200, JSON.stringify(guard.beat(beat.page, beat.active === true, beat.back === true)), JSON_TYPE);
}

/**
 * The renderer in any browser: serves the built UI on loopback with the same CSP, and the
 * same contract over HTTP through the same dispatcher. The printed address opens it once
 * (see ShellAuth); the session locks itself when idle or when its page is gone (SessionGuard).
 */
export async function startShell(options: ShellOptions): Promise<RunningShell> {
  // Starts locked, like the desktop app: the page shows set-up or unlock first.
  const logError = (what: string, error: unknown) => console.error(`${what} failed:`, (error as Error).name);
  const session = new Session({ dir: options.dataDir, kdf: options.kdf });
  const host = createHost(
    confStorage(options.dataDir),
    { version: options.version, host: 'browser-shell' },
    undefined,
    { session, logError },
  );
  // A folder another copy of the app holds is refused before anything is served.
  host.claimDataFolder();
  await clearUploads(options.dataDir);
  const dispatch = createDispatcher(host.handlers, { logError: (channel, error) => logError(`IPC ${channel}`, error) });
  const pageApi = await readFile(options.pageApiFile, 'utf8');
  const indexHtml = (await readFile(`${options.rendererDir}/index.html`, 'utf8')).replace(
    '<head>',
    '<head>\n    <script src="/__shell/page-api.js"></script>',
  );

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const auth = new ShellAuth(port);
  const address = (token: string) => `http://127.0.0.1:${port}/?token=${token}`;
  const token = auth.issueToken(options.token);
  const guard = new SessionGuard(session, { ...options.guard, logError });
  guard.start();

  // Attached before the first request can arrive: nothing above waited after `listen`.
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!hasExpectedHost(req, port)) return send(res, 421, 'Wrong host', 'text/plain');
      if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
        // Once: a second visit (from the history, or another browser) finds the token spent.
        const cookie = auth.exchange(url.searchParams.get('token') ?? '');
        if (!cookie) return send(res, 403, SIGN_IN_PAGE, contentType('.html'));
        res.writeHead(303, {
          ...SECURITY_HEADERS,
          Location: '/',
          'Set-Cookie': auth.setCookie(cookie),
          'Cache-Control': 'no-store',
        });
        return res.end();
      }
      const signedIn = auth.signedIn(req);
      if (req.method === 'POST') {
        if (!signedIn) return refuse(res, 'Open the app from the address it printed.');
        if (!isFromOwnPage(req, port)) return refuse(res, 'Only the app’s own page may send this.');
        if (url.pathname.startsWith('/ipc/')) {
          guard.activity();
          await handleIpc(req, res, url.pathname.slice('/ipc/'.length), dispatch);
          // A long call (an import) ends as activity too.
          return guard.activity();
        }
        if (url.pathname === '/__shell/upload') {
          guard.activity();
          return await receiveUpload(req, res, options.dataDir);
        }
        if (url.pathname === '/__shell/beat') return handleBeat(req, res, guard);
        if (url.pathname === '/__shell/bye') {
          await readBody(req, 1024);
          guard.leave(url.searchParams.get('page') ?? '');
          res.writeHead(204, SECURITY_HEADERS);
          return res.end();
        }
        return send(res, 404, 'Not found', 'text/plain');
      }
      if (url.pathname.startsWith('/ipc/')) {
        return signedIn
          ? send(res, 405, JSON.stringify(fail('invalid-input', 'Use POST with a JSON body.')), JSON_TYPE)
          : refuse(res, 'Open the app from the address it printed.');
      }
      if (!signedIn) return send(res, 403, SIGN_IN_PAGE, contentType('.html'));
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain');
      if (url.pathname === '/' || url.pathname === '/index.html')
        return send(res, 200, indexHtml, contentType('.html'));
      if (url.pathname === '/__shell/page-api.js') return send(res, 200, pageApi, contentType('.js'));
      if (url.pathname.startsWith('/__shell/download/')) {
        return await serveDownload(res, url.pathname.slice('/__shell/download/'.length));
      }
      const body = await readStatic(options.rendererDir, url.pathname);
      return body ? send(res, 200, body, contentType(url.pathname)) : send(res, 404, 'Not found', 'text/plain');
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    });
  });

  return {
    url: address(token),
    port,
    token,
    server,
    session,
    newAddress: () => address(auth.issueToken()),
    close: async () => {
      guard.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await host.shutdown();
    },
  };
}
