/**
 * A tiny ZIP reader for tests only: it finds the end record, walks the central directory,
 * inflates each entry from its local header (zlib.inflateRawSync) and checks the CRC-32 and the
 * sizes against the directory and the data descriptor. Enough to read our own archives back.
 */
import zlib from "node:zlib";

export type UnzippedEntry = {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  compressedSize: number;
  flags: number;
  method: number;
};

export function unzip(archive: Buffer): UnzippedEntry[] {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error("no end of central directory record");
  const count = archive.readUInt16LE(endAt + 10);
  const directorySize = archive.readUInt32LE(endAt + 12);
  let at = archive.readUInt32LE(endAt + 16);
  if (at + directorySize !== endAt) throw new Error("central directory size or offset is wrong");
  const entries: UnzippedEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central header");
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const compressedSize = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const offset = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + extraLength + commentLength;

    if (archive.readUInt32LE(offset) !== 0x04034b50) throw new Error(`bad local header: ${name}`);
    const localName = archive.readUInt16LE(offset + 26);
    const localExtra = archive.readUInt16LE(offset + 28);
    const dataAt = offset + 30 + localName + localExtra;
    const compressed = archive.subarray(dataAt, dataAt + compressedSize);
    const data = method === 8 ? zlib.inflateRawSync(compressed) : Buffer.from(compressed);
    if (data.length !== size) throw new Error(`size mismatch: ${name}`);
    if (zlib.crc32(data) >>> 0 !== crc) throw new Error(`CRC-32 mismatch: ${name}`);
    if (flags & 0b1000) {
      const descriptorAt = dataAt + compressedSize;
      if (archive.readUInt32LE(descriptorAt) !== 0x08074b50) {
        throw new Error(`missing data descriptor: ${name}`);
      }
      if (
        archive.readUInt32LE(descriptorAt + 4) !== crc ||
        archive.readUInt32LE(descriptorAt + 8) !== compressedSize ||
        archive.readUInt32LE(descriptorAt + 12) !== size
      ) {
        throw new Error(`data descriptor disagrees with the directory: ${name}`);
      }
    }
    entries.push({ name, data, crc, size, compressedSize, flags, method });
  }
  return entries;
}
