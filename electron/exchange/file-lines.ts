import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppFailure } from '../../shared/ipc/result';
import { CHUNK_BYTES, SEALED_CHUNK_BYTES, type ChunkOpener } from './chunked-envelope';

/** Where a summary line is in a file's plaintext (a protected file's once opened), and its SHA-256. */
export interface LinePlace {
  offset: number;
  length: number;
  sha256: Buffer;
}

export const placeOf = (offset: number, bytes: Buffer): LinePlace => ({
  offset,
  length: bytes.length,
  sha256: createHash('sha256').update(bytes).digest(),
});

/**
 * A plain file's lines are read this many bytes at a time: applying reads its lines in file order,
 * so one read serves a few hundred lines instead of one read each.
 */
const WINDOW_BYTES = 1024 * 1024;

const changed = () =>
  new AppFailure('file-changed', 'The file was changed, moved or deleted since its preview. Choose the file again.');

/**
 * A data file's summary lines read again by their place, after its preview: the import keeps
 * where each line it will write is (and its SHA-256) instead of the line, and applying reads
 * them here, synchronously, inside its one transaction. A file changed, moved or cut since the
 * preview (a line whose bytes are not the ones previewed, a chunk that does not open) stops the
 * apply before anything is written.
 */
export class FileLines {
  readonly #path: string;
  readonly #size: number;
  readonly #chunks: ChunkOpener | undefined;
  #fd: number | undefined;
  /** The last chunk opened (lines are read in file order, so each chunk is opened once). */
  #open: { index: number; plain: Buffer } | undefined;
  /** The part of a plain file read last (see WINDOW_BYTES). */
  #window: { offset: number; bytes: Buffer } | undefined;

  /** `size`: the file's size when previewed; `chunks`: a protected file's, opened with its keys. */
  constructor(path: string, size: number, chunks?: ChunkOpener) {
    this.#path = path;
    this.#size = size;
    this.#chunks = chunks;
  }

  /**
   * The line's bytes as previewed (checked by their SHA-256): a view that is good until the next
   * read (decode or copy it before reading another line).
   */
  read(place: LinePlace): Buffer {
    const bytes = this.#chunks ? this.#fromChunks(place) : this.#plain(place.offset, place.length);
    if (bytes.length !== place.length || !createHash('sha256').update(bytes).digest().equals(place.sha256)) {
      throw changed();
    }
    return bytes;
  }

  /** Closes the file (read again only by another apply, which opens it again). */
  close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    this.#open = undefined;
    this.#window = undefined;
  }

  #file(): number {
    if (this.#fd === undefined) {
      try {
        this.#fd = openSync(this.#path, 'r');
      } catch {
        throw changed();
      }
      if (fstatSync(this.#fd).size !== this.#size) {
        this.close();
        throw changed();
      }
    }
    return this.#fd;
  }

  /** A plain file's bytes, from the window read last or a new one read from `offset`. */
  #plain(offset: number, length: number): Buffer {
    if (length > WINDOW_BYTES) return this.#bytes(offset, length);
    let window = this.#window;
    if (!window || offset < window.offset || offset + length > window.offset + window.bytes.length) {
      // Never past the size the file had when previewed: a file cut since then fails the read.
      const size = Math.max(length, Math.min(WINDOW_BYTES, this.#size - offset));
      window = { offset, bytes: this.#bytes(offset, size) };
      this.#window = window;
    }
    const at = offset - window.offset;
    return window.bytes.subarray(at, at + length);
  }

  #bytes(offset: number, length: number): Buffer {
    const out = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.#file(), out, done, length - done, offset + done);
      if (read === 0) throw changed();
      done += read;
    }
    return out;
  }

  #fromChunks(place: LinePlace): Buffer {
    const parts: Buffer[] = [];
    for (let offset = place.offset, left = place.length; left > 0;) {
      const index = Math.floor(offset / CHUNK_BYTES);
      const plain = this.#chunk(index);
      const part = plain.subarray(offset - index * CHUNK_BYTES, offset - index * CHUNK_BYTES + left);
      if (part.length === 0) throw changed();
      parts.push(part);
      offset += part.length;
      left -= part.length;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }

  #chunk(index: number): Buffer {
    if (this.#open?.index === index) return this.#open.plain;
    const chunks = this.#chunks as ChunkOpener;
    const at = chunks.at(index);
    const length = Math.min(SEALED_CHUNK_BYTES, this.#size - at);
    if (length <= 0) throw changed();
    const plain = chunks.open(index, this.#bytes(at, length), at + length === this.#size);
    if (!plain) throw changed();
    this.#open = { index, plain };
    return plain;
  }
}
