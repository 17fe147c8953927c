import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'cpu_shell';
export const TOKEN_HEADER = 'x-cpu-token';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

export function headerToken(req: IncomingMessage): string | undefined {
  const value = req.headers[TOKEN_HEADER];
  return typeof value === 'string' ? value : undefined;
}

/** Page and asset requests: the cookie set when the tokened URL was first opened. */
export function hasPageAccess(req: IncomingMessage, token: string): boolean {
  const given = cookieToken(req) ?? headerToken(req);
  return given !== undefined && same(given, token);
}

/**
 * API requests need the token in a header, which another site's page cannot set, so a
 * cookie alone (sent along with a forged cross-site request) is not enough.
 */
export function hasApiAccess(req: IncomingMessage, token: string): boolean {
  const given = headerToken(req);
  return given !== undefined && same(given, token);
}

/** Refuses requests whose Host is not our loopback address (DNS rebinding). */
export function hasExpectedHost(req: IncomingMessage, port: number): boolean {
  return req.headers.host === `127.0.0.1:${port}`;
}

export function tokenMatches(given: string | null, token: string): boolean {
  return given !== null && same(given, token);
}
