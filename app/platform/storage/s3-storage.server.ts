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
  HeadBucketCommand,
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

function s3Client(location: S3Location): S3Client {
  return new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: location.forcePathStyle,
    credentials: { accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey },
    // Integrity checksums only where S3 requires them: many compatible stores refuse the
    // default CRC32 trailers, and TLS already protects the bytes in transit.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

/**
 * Checks at start that the bucket exists and the key may reach it, so that a wrong STORAGE_URL
 * stops the process with a message naming it instead of failing at the first upload.
 */
export async function checkS3Bucket(location: S3Location): Promise<void> {
  const client = s3Client(location);
  try {
    await client.send(new HeadBucketCommand({ Bucket: location.bucket }));
  } catch (error) {
    const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    const why = failure.$metadata?.httpStatusCode ?? failure.name ?? String(error);
    throw new Error(
      [
        `STORAGE_URL : le bucket « ${location.bucket} » de ${location.endpoint} est inaccessible (${why}).`,
        `STORAGE_URL: the bucket "${location.bucket}" at ${location.endpoint} cannot be reached (${why}).`,
      ].join("\n"),
    );
  } finally {
    client.destroy();
  }
}

/** Creates a storage that keeps files in one bucket, under their generated keys. */
export function createS3Storage(options: S3StorageOptions): FileStorage {
  const { bucket, scan } = options;
  const incoming = path.resolve(options.incomingDir);
  const client = s3Client(options);

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
