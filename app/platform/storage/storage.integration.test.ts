// One contract, every backend: the disk storage and the S3 storage (against a real
// S3-compatible server, s3rver) must behave the same for the application.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server, type TestS3Server } from "../../../tests/support/s3-server";
import { createDiskStorage } from "./disk-storage.server";
import { checkS3Bucket, createS3Storage } from "./s3-storage.server";
import { type FileStorage, newStorageKey, type ScanHook, StorageError } from "./storage";
import { parseStorageUrl } from "./storage-url";

let s3: TestS3Server;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.close();
});

const temporaryDir = () => mkdtempSync(path.join(tmpdir(), "digitess-storage-"));

/** A storage of each backend, and the local directory where its uploads are received. */
const backends: {
  name: string;
  create(scan?: ScanHook): { storage: FileStorage; incoming: string };
}[] = [
  {
    name: "disk",
    create(scan) {
      const root = temporaryDir();
      return { storage: createDiskStorage({ root, scan }), incoming: path.join(root, ".incoming") };
    },
  },
  {
    name: "S3",
    create(scan) {
      const parsed = parseStorageUrl(s3.storageUrl);
      if (!parsed.ok) throw new Error(parsed.problem);
      const incoming = temporaryDir();
      return {
        storage: createS3Storage({ ...parsed.location, incomingDir: incoming, scan }),
        incoming,
      };
    },
  },
];

async function text(stream: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!stream) throw new Error("nothing stored");
  return new Response(stream).text();
}

describe.each(backends)("$name storage", (backend) => {
  it("stores, reads back and deletes bytes, a web stream and a Node stream", async () => {
    const { storage, incoming } = backend.create();
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
    expect(readdirSync(incoming)).toEqual([]);
  });

  it("keeps binary content byte for byte, over several chunks", async () => {
    const { storage } = backend.create();
    const bytes = new Uint8Array(300_000).map((_, index) => (index * 7) % 256);
    const key = newStorageKey();
    await storage.put(key, new Blob([bytes]).stream(), { maxBytes: 1_000_000 });
    const read = Buffer.from(await new Response(await storage.get(key)).arrayBuffer());
    expect(read.equals(Buffer.from(bytes))).toBe(true);
  });

  it("answers null for a missing key and deletes a missing key quietly", async () => {
    const { storage } = backend.create();
    const key = newStorageKey();
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses a body past the limit while streaming and keeps nothing", async () => {
    const { storage, incoming } = backend.create();
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
    expect(readdirSync(incoming)).toEqual([]);
  });

  it("accepts a body of exactly the limit", async () => {
    const { storage } = backend.create();
    await expect(
      storage.put(newStorageKey(), new Uint8Array(2048), { maxBytes: 2048 }),
    ).resolves.toEqual({ sizeBytes: 2048 });
  });

  it("runs the scan hook on the complete file and refuses what it rejects", async () => {
    const scanned: number[] = [];
    const { storage } = backend.create(async ({ sizeBytes }) => {
      scanned.push(sizeBytes);
      return sizeBytes === 4 ? { clean: false, reason: "EICAR test" } : { clean: true };
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
    const { storage } = backend.create();
    await expect(
      storage.put("../../outside", new Uint8Array(1), { maxBytes: 10 }),
    ).rejects.toMatchObject({ code: "invalid_key" });
    await expect(storage.get("../x")).rejects.toMatchObject({ code: "invalid_key" });
    await expect(storage.delete("a/../../b")).rejects.toMatchObject({ code: "invalid_key" });
  });
});

describe("the S3 bucket check at start", () => {
  it("passes for the bucket and names STORAGE_URL for a missing one", async () => {
    const parsed = parseStorageUrl(s3.storageUrl);
    if (!parsed.ok) throw new Error(parsed.problem);
    await expect(checkS3Bucket(parsed.location)).resolves.toBeUndefined();
    const error = await checkS3Bucket({ ...parsed.location, bucket: "absent" }).catch((e) => e);
    expect(error.message).toContain("STORAGE_URL : le bucket « absent »");
    expect(error.message).toContain('STORAGE_URL: the bucket "absent"');
  });
});
