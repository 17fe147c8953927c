import { protocol } from 'electron';
import { contentType, SECURITY_HEADERS } from '../shell/csp';
import { readStatic } from '../shell/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'cpu';

/** Must run before `app.ready`: makes `app://` a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `app://cpu/` with the CSP, instead of `file://`, which
 * would give the page the whole disk as its origin.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('Not found', { status: 404 });
    }
    const body = await readStatic(rendererDir, url.pathname);
    if (!body) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(body), {
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': contentType(url.pathname === '/' ? '/index.html' : url.pathname),
      },
    });
  });
}
