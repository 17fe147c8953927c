/**
 * Reads exact byte counts from a stream of pieces (a file or a request body), keeping only the
 * bytes not yet asked for: memory stays at one piece and one read.
 */
export class ByteReader {
  readonly #source: AsyncIterator<Uint8Array>;
  #buffered: Buffer[] = [];
  #size = 0;
  #ended = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#source = source[Symbol.asyncIterator]();
  }

  async #fill(wanted: number): Promise<void> {
    while (this.#size < wanted && !this.#ended) {
      const next = await this.#source.next();
      if (next.done === true) {
        this.#ended = true;
        return;
      }
      const piece = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      this.#buffered.push(piece);
      this.#size += piece.length;
    }
  }

  /** Up to `count` bytes; fewer only at the end of the stream. */
  async read(count: number): Promise<Buffer> {
    await this.#fill(count);
    const all = Buffer.concat(this.#buffered);
    const out = all.subarray(0, Math.min(count, all.length));
    const rest = all.subarray(out.length);
    this.#buffered = rest.length > 0 ? [rest] : [];
    this.#size = rest.length;
    return out;
  }

  /** Up to `count` bytes without taking them. */
  async peek(count: number): Promise<Buffer> {
    await this.#fill(count);
    const all = Buffer.concat(this.#buffered);
    this.#buffered = all.length > 0 ? [all] : [];
    return all.subarray(0, Math.min(count, all.length));
  }

  /** Whether any byte is left. */
  async more(): Promise<boolean> {
    await this.#fill(1);
    return this.#size > 0;
  }

  /** The rest of the stream, piece by piece. */
  async *rest(): AsyncGenerator<Buffer> {
    if (this.#size > 0) {
      const pending = Buffer.concat(this.#buffered);
      this.#buffered = [];
      this.#size = 0;
      yield pending;
    }
    for (let next = await this.#source.next(); next.done !== true; next = await this.#source.next()) {
      yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    }
    this.#ended = true;
  }
}
