/**
 * A minimal streaming ZIP writer (PKWARE APPNOTE 6.3): each entry is a local header whose CRC-32
 * and sizes are left at zero (general purpose flag bit 3), its data compressed with raw deflate
 * as it arrives, then a data descriptor holding the CRC-32 and sizes; the central directory and
 * its end record close the archive. Nothing is buffered beyond one chunk, so an entry of any
 * length costs constant memory. No ZIP64: an entry or archive over 4 GiB is refused.
 * File names are UTF-8 (flag bit 11).
 */
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { writeChunk } from "./sink";

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Bit 3: sizes and CRC in the data descriptor; bit 11: the name is UTF-8. */
const FLAGS = (1 << 3) | (1 << 11);
const DEFLATE = 8;
/** Version 2.0: deflate and data descriptors. */
const VERSION = 20;
const MAX_32 = 0xffffffff;

type Entry = {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  dosTime: number;
  dosDate: number;
};

/** The MS-DOS time and date fields of `date` (local fields, 2-second precision, from 1980). */
export function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    dosTime: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    dosDate: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
}

/** A ZIP archive written to `out` entry after entry; `finish()` writes the central directory. */
export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private busy = false;

  constructor(
    private readonly out: Writable,
    private readonly modifiedAt: Date = new Date(),
  ) {}

  private async emit(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (this.offset > MAX_32) throw new Error("ZIP archive over 4 GiB (no ZIP64)");
    await writeChunk(this.out, bytes);
  }

  /** Adds one file whose content is streamed from `content` (text is written as UTF-8). */
  async addEntry(name: string, content: AsyncIterable<Uint8Array | string>): Promise<void> {
    if (this.busy) throw new Error("ZIP entries are written one at a time");
    this.busy = true;
    try {
      const nameBytes = Buffer.from(name, "utf8");
      const { dosTime, dosDate } = dosDateTime(this.modifiedAt);
      const entry: Entry = {
        name: nameBytes,
        crc: 0,
        compressedSize: 0,
        size: 0,
        offset: this.offset,
        dosTime,
        dosDate,
      };
      const header = Buffer.alloc(30);
      header.writeUInt32LE(LOCAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(FLAGS, 6);
      header.writeUInt16LE(DEFLATE, 8);
      header.writeUInt16LE(dosTime, 10);
      header.writeUInt16LE(dosDate, 12);
      // CRC-32 (14), compressed size (18) and size (22) stay 0: the data descriptor has them.
      header.writeUInt16LE(nameBytes.length, 26);
      header.writeUInt16LE(0, 28);
      await this.emit(Buffer.concat([header, nameBytes]));

      async function* measured(source: AsyncIterable<Uint8Array | string>) {
        for await (const chunk of source) {
          const bytes = toBuffer(chunk);
          if (bytes.length === 0) continue;
          entry.crc = zlib.crc32(bytes, entry.crc);
          entry.size += bytes.length;
          if (entry.size > MAX_32) throw new Error("ZIP entry over 4 GiB (no ZIP64)");
          yield bytes;
        }
      }
      await pipeline(
        measured(content),
        zlib.createDeflateRaw({ level: 6 }),
        async (compressed: AsyncIterable<Buffer>) => {
          for await (const chunk of compressed) {
            entry.compressedSize += chunk.length;
            await this.emit(chunk);
          }
        },
      );

      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
      descriptor.writeUInt32LE(entry.crc >>> 0, 4);
      descriptor.writeUInt32LE(entry.compressedSize, 8);
      descriptor.writeUInt32LE(entry.size, 12);
      await this.emit(descriptor);
      this.entries.push(entry);
    } finally {
      this.busy = false;
    }
  }

  /** Writes the central directory and its end record (the caller ends `out`). */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL_HEADER, 0);
      header.writeUInt16LE(VERSION, 4); // made by
      header.writeUInt16LE(VERSION, 6); // needed to extract
      header.writeUInt16LE(FLAGS, 8);
      header.writeUInt16LE(DEFLATE, 10);
      header.writeUInt16LE(entry.dosTime, 12);
      header.writeUInt16LE(entry.dosDate, 14);
      header.writeUInt32LE(entry.crc >>> 0, 16);
      header.writeUInt32LE(entry.compressedSize, 20);
      header.writeUInt32LE(entry.size, 24);
      header.writeUInt16LE(entry.name.length, 28);
      // Extra field (30), comment (32), disk (34), internal (36), external attributes (38): 0.
      header.writeUInt32LE(entry.offset, 42);
      await this.emit(Buffer.concat([header, entry.name]));
    }
    const size = this.offset - start;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    // Disk numbers (4, 6) are 0.
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    end.writeUInt16LE(0, 20);
    await this.emit(end);
  }
}
