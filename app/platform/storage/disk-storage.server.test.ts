import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createDiskStorage } from "./disk-storage.server";
import { limitBytes } from "./limit-bytes";
import { derivedStorageKey, isStorageKey, newStorageKey, StorageError } from "./storage";

const root = () => mkdtempSync(path.join(tmpdir(), "digitess-storage-"));

async function text(stream: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!stream) throw new Error("nothing stored");
  return new Response(stream).text();
}

describe("storage keys", () => {
  it("generates keys of the accepted shape and refuses anything else", () => {
    const key = newStorageKey();
    expect(isStorageKey(key)).toBe(true);
    expect(key.slice(0, 2)).toBe(key.slice(3, 5));
    for (const bad of ["../etc/passwd", "statuts.pdf", `${key}/..`, `/${key}`, "", 42]) {
      expect(isStorageKey(bad)).toBe(false);
    }
  });
});

describe("derived storage keys", () => {
  it("gives the same valid key for the same name and another for another name", () => {
    const key = derivedStorageKey("committee-minutes:0b6f1c3e");
    expect(isStorageKey(key)).toBe(true);
    expect(derivedStorageKey("committee-minutes:0b6f1c3e")).toBe(key);
    expect(derivedStorageKey("committee-minutes:0b6f1c3f")).not.toBe(key);
    expect(key.slice(0, 2)).toBe(key.slice(3, 5));
  });
});

describe("disk storage", () => {
  it("stores, reads back and deletes bytes, a web stream and a Node stream", async () => {
    const storage = createDiskStorage({ root: root() });
    const bodies = [
      new TextEncoder().encode("bytes"),
      new Blob(["web stream"]).stream(),
      Readable.from([Buffer.from("node "), Buffer.from("stream")]),
    ];
    for (const [index, body] of bodies.entries()) {
      const key = newStorageKey();
      const expected = ["bytes", "web stream", "node stream"][index] as string;
      await expect(storage.put(key, body, { maxBytes: 100 })).resolves.toEqual({
        sizeBytes: expected.length,
      });
      expect(await text(await storage.get(key))).toBe(expected);
      await storage.delete(key);
      expect(await storage.get(key)).toBeNull();
    }
  });

  it("refuses a body past the limit while streaming and keeps nothing", async () => {
    const dir = root();
    const storage = createDiskStorage({ root: dir });
    const key = newStorageKey();
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced += 1024;
        yield new Uint8Array(1024);
      }
    }
    const error = await storage.put(key, endless(), { maxBytes: 10_000 }).catch((e) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe("too_large");
    expect(produced).toBeLessThan(20 * 1024);
    expect(await storage.get(key)).toBeNull();
    expect(readdirSync(path.join(dir, ".incoming"))).toEqual([]);
  });

  it("accepts a body of exactly the limit", async () => {
    const storage = createDiskStorage({ root: root() });
    await expect(
      storage.put(newStorageKey(), new Uint8Array(2048), { maxBytes: 2048 }),
    ).resolves.toEqual({ sizeBytes: 2048 });
  });

  it("runs the scan hook on the complete file and refuses what it rejects", async () => {
    const scanned: number[] = [];
    const storage = createDiskStorage({
      root: root(),
      async scan({ sizeBytes }) {
        scanned.push(sizeBytes);
        return sizeBytes === 4 ? { clean: false, reason: "EICAR test" } : { clean: true };
      },
    });
    const rejected = newStorageKey();
    const error = await storage
      .put(rejected, new TextEncoder().encode("evil"), { maxBytes: 100 })
      .catch((e) => e);
    expect(error).toMatchObject({ code: "rejected_by_scan" });
    expect(await storage.get(rejected)).toBeNull();
    const accepted = newStorageKey();
    await storage.put(accepted, new TextEncoder().encode("clean!"), { maxBytes: 100 });
    expect(await text(await storage.get(accepted))).toBe("clean!");
    expect(scanned).toEqual([4, 6]);
  });

  it("refuses keys that were not generated", async () => {
    const storage = createDiskStorage({ root: root() });
    await expect(
      storage.put("../../outside", new Uint8Array(1), { maxBytes: 10 }),
    ).rejects.toMatchObject({ code: "invalid_key" });
    await expect(storage.get("../x")).rejects.toMatchObject({ code: "invalid_key" });
  });
});

describe("limitBytes", () => {
  it("passes bodies up to the limit and errors past it", async () => {
    const ok = new Blob(["12345"]).stream().pipeThrough(limitBytes(5));
    expect(await new Response(ok).text()).toBe("12345");
    const tooLong = new Blob(["123456"]).stream().pipeThrough(limitBytes(5));
    await expect(new Response(tooLong).text()).rejects.toMatchObject({ code: "too_large" });
  });
});
