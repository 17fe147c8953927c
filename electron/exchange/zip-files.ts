import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A zip of a few files (PKWARE APPNOTE 4.3: local headers, central directory, end record; no
 * zip64, so under 4 GiB), each deflated by Node's zlib. fflate's deflate, in JavaScript, took
 * twenty times as long over a year's 25 MB of CSV text; the container is all that is left to
 * write. Names are flagged UTF-8 (bit 11); times are the local wall clock, as zip tools read them.
 */
export function zipFiles(files: Readonly<Record<string, Uint8Array>>, now: Date, level = 1): Uint8Array {
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = (Math.max(0, now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level });
    const crc = crc32(data);
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
      b.writeUInt32LE(data.length, at + 16);
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
    count += 1;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}
