/**
 * Files in an S3-compatible object store (AWS S3, Scaleway, OVHcloud, MinIO…), shared by every
 * app instance and the worker. An upload is spooled to a local temporary file first (size
 * counted, scanned: spool.server.ts), then streamed to the bucket with its known length, so
 * the object appears whole or not at all and no file is ever held in memory. Downloads stream.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { spoolToFile } from "./spool.server";
import { type FileStorage, isStorageKey, type ScanHook, StorageError } from "./storage";
import type { S3Location } from "./storage-url";

export type S3StorageOptions = S3Location & {
  /** Local directory of the uploads being received (temporary files, removed after). */
  incomingDir: string;
  /** Antivirus or other content check, run on the complete file before it is accepted. */
  scan?: ScanHook;
};

/** Creates a storage that keeps files in one bucket, under their generated keys. */
export function createS3Storage(options: S3StorageOptions): FileStorage {
  const { bucket, scan } = options;
  const incoming = path.resolve(options.incomingDir);
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Integrity checksums only where S3 requires them: many compatible stores refuse the
    // default CRC32 trailers, and TLS already protects the bytes in transit.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });

  const checked = (key: string) => {
    if (!isStorageKey(key)) throw new StorageError("invalid_key", "not a generated storage key");
    return key;
  };

  return {
    async put(key, body, { maxBytes }) {
      const Key = checked(key);
      const file = await spoolToFile(body, { dir: incoming, maxBytes, scan });
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key,
            Body: createReadStream(file.path),
            ContentLength: file.sizeBytes,
            ContentType: "application/octet-stream",
          }),
        );
        return { sizeBytes: file.sizeBytes };
      } finally {
        await file.discard();
      }
    },

    async get(key) {
      const Key = checked(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key }));
        if (!object.Body) return null;
        return object.Body.transformToWebStream() as ReadableStream<Uint8Array>;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      // S3 answers a deletion of a missing key with success too.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checked(key) }));
    },
  };
}

function isMissing(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return failure.name === "NoSuchKey" || failure.$metadata?.httpStatusCode === 404;
}
