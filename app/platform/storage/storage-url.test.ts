import { describe, expect, it } from "vitest";
import { parseStorageUrl } from "./storage-url";

describe("parseStorageUrl", () => {
  it("reads the endpoint, bucket, region, keys and addressing style", () => {
    expect(
      parseStorageUrl(
        "s3://AKIA:se%2Fcr%2Bet@s3.fr-par.scw.cloud/digitess-pieces?region=fr-par&forcePathStyle=true",
      ),
    ).toEqual({
      ok: true,
      location: {
        endpoint: "https://s3.fr-par.scw.cloud",
        bucket: "digitess-pieces",
        region: "fr-par",
        accessKeyId: "AKIA",
        secretAccessKey: "se/cr+et",
        forcePathStyle: true,
      },
    });
  });

  it("talks plain HTTP with s3+http:// and defaults the region and the style", () => {
    expect(parseStorageUrl("s3+http://S3RVER:S3RVER@127.0.0.1:4569/uploads")).toEqual({
      ok: true,
      location: {
        endpoint: "http://127.0.0.1:4569",
        bucket: "uploads",
        region: "us-east-1",
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        forcePathStyle: false,
      },
    });
  });

  it.each([
    ["not a url", "is not a URL"],
    ["https://KEY:SECRET@host/bucket", "must start with s3://"],
    ["s3://host/bucket", "access key"],
    ["s3://KEY:SECRET@host", "bucket"],
    ["s3://KEY:SECRET@host/a/b", "bucket"],
    ["s3://KEY:SECRET@host/bucket?forcePathStyle=yes", "forcePathStyle"],
    ["s3://KEY:SECRET@host/bucket?endpoint=x", "unknown parameter endpoint"],
  ])("refuses %s", (value, problem) => {
    const result = parseStorageUrl(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});
