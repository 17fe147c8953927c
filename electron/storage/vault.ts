import { AppFailure } from '../../shared/ipc/result';
import { openRow, openRowBytes, RowSealError, sealRow, type RowPlace } from './row-seal';
import { rowOpener, type RowOpener } from './row-opener';
import type { DataKey } from './sealed-codec';
import type { SqlDatabase } from './sql';

/**
 * The open case database with the data key: every sealed read and write goes through here,
 * so no repository handles the key itself. The key is fetched on every call, so a vault
 * that outlives a lock cannot use it.
 */
export interface Vault {
  readonly db: SqlDatabase;
  seal(place: RowPlace, value: unknown): Uint8Array;
  /** Opens a row; a row that does not open is refused as `row-unreadable`, naming `what`. */
  open<T>(place: RowPlace, sealed: unknown, what?: string): T;
  /** A row's JSON bytes, checked but not parsed (bulk reads); `undefined` when it does not open. */
  openBytes(place: RowPlace, sealed: Uint8Array): Buffer | undefined;
  /** Opens rows in bulk on worker threads, each given the key until the opener is closed (see row-opener.ts). */
  opener(): RowOpener;
}

export function createVault(db: SqlDatabase, key: () => DataKey): Vault {
  return {
    db,
    seal: (place, value) => sealRow(key(), place, value),
    openBytes: (place, sealed) => openRowBytes(key(), place, sealed),
    opener: () => rowOpener(key),
    open: <T>(place: RowPlace, sealed: unknown, what?: string): T => {
      if (!(sealed instanceof Uint8Array)) throw unreadableRow(place, what);
      try {
        return openRow<T>(key(), place, sealed);
      } catch (error) {
        if (error instanceof RowSealError || error instanceof SyntaxError) throw unreadableRow(place, what);
        throw error;
      }
    },
  };
}

function unreadableRow(place: RowPlace, what?: string): AppFailure {
  const name = what ?? `${place.table} ${place.id}`;
  return new AppFailure(
    'row-unreadable',
    `A stored record (${name}) failed its integrity check (changed outside the app, or sealed with another key). It has not been changed.`,
    { caseCode: name },
  );
}
