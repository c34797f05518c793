/**
 * A real S3-compatible server for tests (s3rver, files in a temp dir) on a free port, with one
 * empty bucket. Credentials are s3rver's fixed S3RVER/S3RVER; addressing is path style.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { freePort } from "./spawn-server";

export type TestS3Server = {
  /** STORAGE_URL of the bucket. */
  storageUrl: string;
  endpoint: string;
  bucket: string;
  close(): Promise<void>;
};

/** Starts s3rver with `bucket`; `close()` stops it and removes its files. */
export async function startS3Server(bucket = "digitess-test"): Promise<TestS3Server> {
  const port = await freePort();
  const directory = mkdtempSync(path.join(tmpdir(), "digitess-s3-"));
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  await server.run();
  return {
    storageUrl: `s3+http://S3RVER:S3RVER@127.0.0.1:${port}/${bucket}?forcePathStyle=true`,
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
