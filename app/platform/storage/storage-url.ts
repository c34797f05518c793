/**
 * STORAGE_URL, the one setting of the S3-compatible object store:
 * `s3://ACCESS_KEY:SECRET_KEY@host[:port]/bucket?region=eu-west-3&forcePathStyle=true`.
 * `s3://` talks HTTPS; `s3+http://` plain HTTP (a store on the same private network, tests).
 * The keys are URL-encoded (a secret key often holds `/` or `+`). Pure: no I/O.
 */

/** Where and how to reach the bucket. */
export type S3Location = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `host/bucket/key` addressing (MinIO, s3rver, most non-AWS stores) instead of `bucket.host`. */
  forcePathStyle: boolean;
};

/** The region sent when the URL names none (the store usually ignores it). */
export const DEFAULT_S3_REGION = "us-east-1";

/** Reads a STORAGE_URL; returns the problem in English (env.server.ts adds the variable name). */
export function parseStorageUrl(
  value: string,
): { ok: true; location: S3Location } | { ok: false; problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, problem: "is not a URL (s3://ACCESS_KEY:SECRET_KEY@host/bucket)" };
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== "s3" && scheme !== "s3+http") {
    return { ok: false, problem: "must start with s3:// (HTTPS) or s3+http://" };
  }
  if (!url.hostname) return { ok: false, problem: "names no host" };
  if (!url.username || !url.password) {
    return { ok: false, problem: "needs the access key and the secret key (s3://KEY:SECRET@…)" };
  }
  const bucket = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ""));
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    return {
      ok: false,
      problem: "needs one bucket name as its path (s3://KEY:SECRET@host/bucket)",
    };
  }
  const forcePathStyle = url.searchParams.get("forcePathStyle") ?? "false";
  if (forcePathStyle !== "true" && forcePathStyle !== "false") {
    return { ok: false, problem: "forcePathStyle must be true or false" };
  }
  const known = new Set(["region", "forcePathStyle"]);
  const unknown = [...url.searchParams.keys()].find((name) => !known.has(name));
  if (unknown)
    return { ok: false, problem: `unknown parameter ${unknown} (region, forcePathStyle)` };
  const protocol = scheme === "s3" ? "https" : "http";
  return {
    ok: true,
    location: {
      endpoint: `${protocol}://${url.host}`,
      bucket,
      region: url.searchParams.get("region") || DEFAULT_S3_REGION,
      accessKeyId: decodeURIComponent(url.username),
      secretAccessKey: decodeURIComponent(url.password),
      forcePathStyle: forcePathStyle === "true",
    },
  };
}
