// Multipart uploads without a streaming parser (see docs/decisions/0004-uploads.md): the body is
// refused above a cap before it is read (Content-Length) and while it is read (counting stream),
// so `request.formData()` never holds more than the cap in memory.
import { limitBytes } from "~/platform/storage/limit-bytes";

/** Thrown when an upload's body is larger than allowed. */
export class UploadTooLargeError extends Error {
  constructor() {
    super("upload too large");
    this.name = "UploadTooLargeError";
  }
}

/** Tells whether a request carries a multipart body (a form with a file). */
export function isMultipart(request: Request): boolean {
  return (request.headers.get("content-type") ?? "")
    .toLowerCase()
    .startsWith("multipart/form-data");
}

/** Parses a form body of at most `maxBytes`; throws UploadTooLargeError beyond. */
export async function readCappedFormData(request: Request, maxBytes: number): Promise<FormData> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw new UploadTooLargeError();
  if (!request.body) return request.formData();
  let tooLarge = false;
  const counter = limitBytes(maxBytes, () => {
    tooLarge = true;
  });
  const capped = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body.pipeThrough(counter),
    // @ts-expect-error Node's fetch needs `duplex` for a streamed request body (not in the DOM types).
    duplex: "half",
  });
  try {
    return await capped.formData();
  } catch (error) {
    if (tooLarge) throw new UploadTooLargeError();
    throw error;
  }
}
