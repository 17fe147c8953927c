import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHost } from '../app/handlers';
import { contentType, SECURITY_HEADERS } from './csp';
import { readStatic } from './static-files';
import { createDispatcher, type Dispatch } from '../ipc/dispatcher';
import { confStorage } from '../storage/conf-location';
import { fail } from '../../shared/ipc/result';
import { hasApiAccess, hasExpectedHost, hasPageAccess, tokenMatches, TOKEN_COOKIE } from './auth';

/**
 * Large enough for the largest data file an import accepts (200 million characters, Khmer
 * taking 3 bytes each in UTF-8, escaped inside the JSON request); only a holder of the
 * per-run token can send one.
 */
export const MAX_BODY_BYTES = 512 * 1024 * 1024;

export interface ShellOptions {
  dataDir: string;
  rendererDir: string;
  pageApiFile: string;
  version: string;
  port?: number;
  token?: string;
}

export interface RunningShell {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string, dispatch: Dispatch) {
  const json = 'application/json; charset=utf-8';
  if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 405, JSON.stringify(fail('invalid-input', 'Use POST with a JSON body.')), json);
  }
  const body = await readBody(req);
  if (body === undefined) {
    return send(res, 413, JSON.stringify(fail('invalid-input', 'The request is too large.')), json);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return send(res, 400, JSON.stringify(fail('invalid-input', 'The request is not valid JSON.')), json);
  }
  const result = await dispatch(decodeURIComponent(channel), payload);
  send(res, 200, JSON.stringify(result), json);
}

/**
 * A development and test host for the renderer: serves the built UI on loopback with the
 * same CSP, and the same contract over HTTP through the same dispatcher. Every request
 * must carry the per-run token.
 */
export async function startShell(options: ShellOptions): Promise<RunningShell> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  // Starts locked, like the desktop app: the page shows set-up or unlock first.
  const logError = (what: string, error: unknown) => console.error(`${what} failed:`, (error as Error).name);
  const host = createHost(
    confStorage(options.dataDir),
    { version: options.version, host: 'browser-shell' },
    undefined,
    { logError },
  );
  // A folder another copy of the app holds is refused before anything is served.
  host.claimDataFolder();
  const dispatch = createDispatcher(host.handlers, { logError: (channel, error) => logError(`IPC ${channel}`, error) });
  const pageApi = await readFile(options.pageApiFile, 'utf8');
  const indexHtml = (await readFile(`${options.rendererDir}/index.html`, 'utf8')).replace(
    '<head>',
    `<head>\n    <meta name="cpu-shell-token" content="${token}" />\n    <script src="/__shell/page-api.js"></script>`,
  );
  let port = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!hasExpectedHost(req, port)) return send(res, 421, 'Wrong host', 'text/plain');
      if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
        if (!tokenMatches(url.searchParams.get('token'), token)) return send(res, 403, 'Forbidden', 'text/plain');
        res.writeHead(303, {
          ...SECURITY_HEADERS,
          Location: '/',
          'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        });
        return res.end();
      }
      if (url.pathname.startsWith('/ipc/')) {
        if (!hasApiAccess(req, token))
          return send(
            res,
            403,
            JSON.stringify(fail('forbidden-sender', 'Missing or wrong token.')),
            'application/json',
          );
        return handleIpc(req, res, url.pathname.slice('/ipc/'.length), dispatch);
      }
      if (!hasPageAccess(req, token))
        return send(res, 403, 'Forbidden: open the address printed by the shell.', 'text/plain');
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed', 'text/plain');
      if (url.pathname === '/' || url.pathname === '/index.html')
        return send(res, 200, indexHtml, contentType('.html'));
      if (url.pathname === '/__shell/page-api.js') return send(res, 200, pageApi, contentType('.js'));
      const body = await readStatic(options.rendererDir, url.pathname);
      return body ? send(res, 200, body, contentType(url.pathname)) : send(res, 404, 'Not found', 'text/plain');
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await host.shutdown();
    },
  };
}
