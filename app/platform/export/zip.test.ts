import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { collector, rowsOf } from "./collect.test-support";
import { unzip } from "./unzip.test-support";
import { dosDateTime, ZipWriter } from "./zip";

describe("streaming ZIP", () => {
  it("writes entries that our reader inflates with matching CRC-32 and sizes", async () => {
    const { out, bytes } = collector();
    const zip = new ZipWriter(out, new Date(2026, 11, 2, 10, 30, 44));
    await zip.addEntry("a.txt", rowsOf(["bonjour ", "à ", Buffer.from("tous")]));
    await zip.addEntry("dossier/é.xml", rowsOf(["<x/>"]));
    await zip.addEntry("vide", rowsOf([]));
    await zip.finish();
    const entries = unzip(bytes());
    expect(entries.map((entry) => entry.name)).toEqual(["a.txt", "dossier/é.xml", "vide"]);
    expect(entries[0]?.data.toString("utf8")).toBe("bonjour à tous");
    expect(entries[0]?.crc).toBe(zlib.crc32("bonjour à tous") >>> 0);
    expect(entries[1]?.data.toString("utf8")).toBe("<x/>");
    expect(entries[2]?.size).toBe(0);
    expect(entries[2]?.crc).toBe(0);
    for (const entry of entries) {
      expect(entry.method).toBe(8);
      expect(entry.flags).toBe(0b1000_0000_1000);
    }
  });

  it("starts with a local header and ends with the end record", async () => {
    const { out, bytes } = collector();
    const zip = new ZipWriter(out);
    await zip.addEntry("x", rowsOf(["x"]));
    await zip.finish();
    const archive = bytes();
    expect(archive.readUInt32LE(0)).toBe(0x04034b50);
    expect(archive.readUInt32LE(archive.length - 22)).toBe(0x06054b50);
    expect(archive.readUInt16LE(archive.length - 12)).toBe(1);
  });

  it("compresses a large entry streamed in many chunks, CRC-32 computed across them", async () => {
    const { out, bytes } = collector(1);
    const zip = new ZipWriter(out);
    const pieces = Array.from({ length: 5_000 }, (_, index) => `<row r="${index}">é</row>`);
    await zip.addEntry("big.xml", rowsOf(pieces));
    await zip.finish();
    const [entry] = unzip(bytes());
    const expected = pieces.join("");
    expect(entry?.data.toString("utf8")).toBe(expected);
    expect(entry?.crc).toBe(zlib.crc32(expected) >>> 0);
    expect(entry?.compressedSize).toBeLessThan(entry?.size ?? 0);
  });

  it("refuses a second entry while one is being written", async () => {
    const { out } = collector();
    const zip = new ZipWriter(out);
    async function* slow() {
      await new Promise((resolve) => setTimeout(resolve, 10));
      yield "a";
    }
    const first = zip.addEntry("a", slow());
    await expect(zip.addEntry("b", rowsOf(["b"]))).rejects.toThrow(/one at a time/);
    await first;
  });

  it("encodes MS-DOS dates and times", () => {
    expect(dosDateTime(new Date(2026, 11, 2, 10, 30, 44))).toEqual({
      dosTime: (10 << 11) | (30 << 5) | 22,
      dosDate: (46 << 9) | (12 << 5) | 2,
    });
    expect(dosDateTime(new Date(1970, 0, 1)).dosDate >> 9).toBe(0);
  });
});
