import { openRowBytes, type RowPlace } from './row-seal';
import type { DataKey } from './sealed-codec';

/**
 * Sealed rows packed for a trip to a worker thread and back: their bytes one after another in
 * one buffer (moved, not copied, between threads) with each row's length and place. Opened,
 * each row's JSON bytes come back the same way; a length of -1 marks a row that did not open.
 */
export interface PackedRows {
  places: RowPlace[];
  lengths: Int32Array;
  bytes: ArrayBuffer;
}

/** Packs sealed rows, copying their bytes into one buffer. */
export function packRows(places: RowPlace[], sealed: readonly Uint8Array[]): PackedRows {
  const lengths = new Int32Array(sealed.length);
  let size = 0;
  sealed.forEach((row, i) => {
    lengths[i] = row.byteLength;
    size += row.byteLength;
  });
  const bytes = new ArrayBuffer(size);
  const into = new Uint8Array(bytes);
  let at = 0;
  for (const row of sealed) {
    into.set(row, at);
    at += row.byteLength;
  }
  return { places, lengths, bytes };
}

/** Each packed row's bytes as views of the one buffer (undefined where the length is -1). */
export function unpackRows({ lengths, bytes }: Pick<PackedRows, 'lengths' | 'bytes'>): (Buffer | undefined)[] {
  const rows: (Buffer | undefined)[] = [];
  let at = 0;
  for (const length of lengths) {
    if (length < 0) rows.push(undefined);
    else {
      rows.push(Buffer.from(bytes, at, length));
      at += length;
    }
  }
  return rows;
}

/** Opens every packed row with `key` at its place (see `openRowBytes`) and packs the JSON bytes. */
export function openPacked(key: DataKey, packed: PackedRows): PackedRows {
  const sealed = unpackRows(packed);
  const opened: Uint8Array[] = [];
  const lengths = new Int32Array(sealed.length);
  sealed.forEach((row, i) => {
    const place = packed.places[i];
    const json = row && place ? openRowBytes(key, place, row) : undefined;
    lengths[i] = json ? json.length : -1;
    if (json) opened.push(json);
  });
  const { bytes } = packRows([], opened);
  return { places: packed.places, lengths, bytes };
}
