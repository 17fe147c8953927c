import { AppFailure } from '../../shared/ipc/result';
import type { AuditCheck } from '../../shared/schemas/accounts';
import type { RowPlace } from '../storage/row-seal';
import type { Vault } from '../storage/vault';

/** Where the log is first broken, as a check names it. */
export type Broken = NonNullable<AuditCheck['firstBroken']>;

/**
 * The log's end, sealed in `meta` and written with each entry: the last entry's seq, hash, time
 * and action. A hash chain alone cannot show entries cut from its end; the head can. An end
 * found wrong when an entry is added (the head gone, or not naming the last entry) is kept in
 * every later head as `brokenAt`, so the next entry does not hide it. Not caught: the whole log
 * and its head removed (the same as a new database), or the whole database put back (the backup
 * generation catches that).
 */
export const HEAD_KEY = 'audit.head';
const headPlace = (seq: number): RowPlace => ({ table: 'meta.audit.head', id: HEAD_KEY, year: 0, revision: seq });
export interface Head {
  seq: number;
  hash: string;
  at: string;
  action: string;
  brokenAt?: Broken;
}

/** The head as `meta` stores it: its seq, then its sealed value in base64. */
export const sealHead = (vault: Vault, head: Head): string =>
  `${head.seq}:${Buffer.from(vault.seal(headPlace(head.seq), head)).toString('base64')}`;

/** The stored head opened, or `unreadable` when it is malformed, does not open or names another seq. */
export function openHead(vault: Vault, stored: string): Head | 'unreadable' {
  const match = /^(\d+):([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!match) return 'unreadable';
  const seq = Number(match[1]);
  try {
    const head = vault.open<Head>(headPlace(seq), Buffer.from(match[2] as string, 'base64'));
    return head.seq === seq && typeof head.hash === 'string' ? head : 'unreadable';
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'row-unreadable') return 'unreadable';
    throw error;
  }
}
