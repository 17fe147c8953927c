import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const newSecret = () => randomBytes(32).toString('base64url');
/** Secrets are kept only as their SHA-256: a look-up's timing says nothing about a secret's bytes. */
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Who may use the shell. The address it prints carries a one-time token; opening it trades the
 * token for a random session cookie (HttpOnly, SameSite=Strict, no expiry: gone with the
 * browser) and moves the page to `/`, so the browser's history holds nothing that opens the
 * app. Every later request, page or API, needs the cookie.
 */
export class ShellAuth {
  /** Named after the port: cookies do not tell ports apart, and two shells must not overwrite each other's. */
  readonly cookieName: string;
  readonly #tokens = new Set<string>();
  readonly #sessions = new Set<string>();

  constructor(port: number) {
    this.cookieName = `cpu_shell_${port}`;
  }

  /** A new one-time token for an address to print (`token`: a given one, tests only). */
  issueToken(token: string = newSecret()): string {
    this.#tokens.add(digest(token));
    return token;
  }

  /** Spends a token: the new session's cookie value, or undefined if the token is unknown or was used before. */
  exchange(token: string): string | undefined {
    if (!this.#tokens.delete(digest(token))) return undefined;
    const session = newSecret();
    this.#sessions.add(digest(session));
    return session;
  }

  setCookie(session: string): string {
    return `${this.cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** The request carries the cookie of a session this shell opened. */
  signedIn(req: IncomingMessage): boolean {
    const given = cookieValue(req, this.cookieName);
    return given !== undefined && this.#sessions.has(digest(given));
  }
}

/** Refuses requests whose Host is not our loopback address (DNS rebinding). */
export function hasExpectedHost(req: IncomingMessage, port: number): boolean {
  return req.headers.host === `127.0.0.1:${port}`;
}

/**
 * For requests that change anything (every POST): a browser says where a request comes from,
 * and only our own page may send one. Another site's page, or another server on 127.0.0.1
 * (the same site, as cookies see it), is refused even though SameSite would let the cookie
 * through for the latter. A client that is not a browser sends neither header; it still
 * needs the cookie.
 */
export function isFromOwnPage(req: IncomingMessage, port: number): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  if (origin === undefined || origin === `http://127.0.0.1:${port}`) return true;
  // Under `Referrer-Policy: no-referrer` a browser may send `Origin: null` for its own page's
  // POST (a beacon); trusted only where Sec-Fetch-Site vouches for it.
  return origin === 'null' && site === 'same-origin';
}
