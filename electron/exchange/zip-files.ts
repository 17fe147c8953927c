import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One file of the zip, deflated: what its headers record, and its compressed bytes. */
interface Packed {
  name: string;
  crc: number;
  size: number;
  packed: Uint8Array;
}

/**
 * A zip of a few files (PKWARE APPNOTE 4.3: local headers, central directory, end record; no
 * zip64, so under 4 GiB), each deflated by Node's zlib. fflate's deflate, in JavaScript, took
 * twenty times as long over a year's 25 MB of CSV text; the container is all that is left to
 * write. Names are flagged UTF-8 (bit 11); times are the local wall clock, as zip tools read them.
 */
function container(files: readonly Packed[], now: Date): Uint8Array {
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = (Math.max(0, now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, crc, size, packed } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    const common = (b: Buffer, at: number) => {
      b.writeUInt16LE(0x0800, at);
      b.writeUInt16LE(8, at + 2);
      b.writeUInt16LE(time, at + 4);
      b.writeUInt16LE(date, at + 6);
      b.writeUInt32LE(crc, at + 8);
      b.writeUInt32LE(packed.length, at + 12);
      b.writeUInt32LE(size, at + 16);
      b.writeUInt16LE(nameBytes.length, at + 20);
    };
    common(local, 6);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    common(entry, 8);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    parts.push(local, nameBytes, packed);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

/** A zip of files at hand (see `container`). */
export function zipFiles(files: Readonly<Record<string, Uint8Array>>, now: Date, level = 1): Uint8Array {
  return container(
    Object.entries(files).map(([name, data]) => ({
      name,
      crc: crc32(data),
      size: data.length,
      packed: deflateRawSync(data, { level }),
    })),
    now,
  );
}

/** A file given as chunks, deflated as they come: only the chunk at hand and the compressed bytes are held. */
async function packed(name: string, chunks: Iterable<Uint8Array>, level: number): Promise<Packed> {
  const deflate = createDeflateRaw({ level });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = finished(deflate);
  // Awaited below; a zlib error that ends the loop first is thrown from there, not left unhandled.
  done.catch(() => undefined);
  let crc = 0;
  let size = 0;
  try {
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk)) await once(deflate, 'drain');
    }
  } finally {
    deflate.end();
  }
  await done;
  return { name, crc, size, packed: Buffer.concat(out) };
}

/**
 * The same zip, each file's content given as chunks made when asked (a year's case-level CSV
 * is some 25 MB of text: no file is joined whole, and zlib deflates on Node's thread pool
 * while the next chunk is made). Files are written in the order given.
 */
export async function zipChunks(
  files: Iterable<{ name: string; chunks: Iterable<Uint8Array> }>,
  now: Date,
  level = 1,
): Promise<Uint8Array> {
  const done: Packed[] = [];
  for (const { name, chunks } of files) done.push(await packed(name, chunks, level));
  return container(done, now);
}
