/**
 * The one way an action reads a request body: the size is capped before it is read
 * (Content-Length) and while it is read (a counting stream), so a body is never held in memory
 * beyond its cap (docs/decisions/0004-uploads.md); the content type must be a form's; a broken
 * body is a 400. Each failure is thrown as a response that the root error boundary shows as a
 * French page (API routes read JSON with `readJsonBody` and answer with their own problem
 * documents).
 */
import { limitBytes } from "~/platform/storage/limit-bytes";
import { badRequest, payloadTooLarge, unsupportedMediaType } from "./responses";

/** The cap of a form without files: generous for the longest text a person types. */
export const FORM_MAX_BYTES = 256 * 1024;

/** Thrown when a body is larger than allowed; thrown as a 413 response by `readFormBody`. */
export class BodyTooLargeError extends Error {
  constructor() {
    super("request body too large");
    this.name = "BodyTooLargeError";
  }
}

/** The media type of a request, lower case, without parameters ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** Tells whether a request carries a multipart body (a form with a file). */
export function isMultipart(request: Request): boolean {
  return mediaType(request) === "multipart/form-data";
}

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/**
 * How much of a refused body is still read (and thrown away) before answering: a browser that is
 * still sending when the answer comes shows "connection reset" instead of our French page, so
 * the rest is drained first — up to this much, beyond which the connection is dropped.
 */
const DRAIN_MAX_BYTES = 128 * 1024 * 1024;

/** Reads what is left of a body and throws it away (bounded). */
async function drain(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (!body) return;
  const reader = body.getReader();
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      seen += value.byteLength;
      if (seen > DRAIN_MAX_BYTES) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away: nothing left to drain.
  }
}

/** Reads the body through a counting stream; throws BodyTooLargeError past `maxBytes`. */
async function capped<T>(
  request: Request,
  maxBytes: number,
  read: (request: Request) => Promise<T>,
): Promise<T> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    // Nothing of it is parsed or kept; it is only read to the end so the answer can be read.
    await drain(request.body);
    throw new BodyTooLargeError();
  }
  if (!request.body) return read(request);
  let tooLarge = false;
  const counter = limitBytes(maxBytes, () => {
    tooLarge = true;
  });
  const copy = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body.pipeThrough(counter),
    // @ts-expect-error Node's fetch needs `duplex` for a streamed request body (not in the DOM types).
    duplex: "half",
  });
  try {
    return await read(copy);
  } catch (error) {
    if (tooLarge) throw new BodyTooLargeError();
    throw error;
  }
}

/**
 * The names of the text fields that hold a NUL character (U+0000): PostgreSQL cannot store it,
 * and no person types it.
 */
export function fieldsWithNul(formData: FormData): string[] {
  const names = new Set<string>();
  for (const [name, value] of formData) {
    if (typeof value === "string" && value.includes("\u0000")) names.add(name);
  }
  return [...names];
}

/** Options of the form readers. */
export interface ReadFormOptions {
  /** Leave NUL characters in for the caller to report per field (the form pipeline does). */
  readonly keepNul?: boolean;
}

/**
 * Parses a form body (urlencoded or multipart) of at most `maxBytes`. Throws BodyTooLargeError
 * beyond it (callers that show the error in the page catch it), and a 415 or 400 response for
 * another content type, a broken body, or a text field holding a NUL character.
 */
export async function readFormData(
  request: Request,
  maxBytes: number = FORM_MAX_BYTES,
  options: ReadFormOptions = {},
): Promise<FormData> {
  if (!FORM_TYPES.has(mediaType(request))) throw unsupportedMediaType();
  let formData: FormData;
  try {
    formData = await capped(request, maxBytes, (body) => body.formData());
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw error;
    throw badRequest();
  }
  if (!options.keepNul && fieldsWithNul(formData).length > 0) throw badRequest();
  return formData;
}

/** Like `readFormData`, but a body over the cap is thrown as a 413 French page. */
export async function readFormBody(
  request: Request,
  maxBytes: number = FORM_MAX_BYTES,
  options: ReadFormOptions = {},
): Promise<FormData> {
  try {
    return await readFormData(request, maxBytes, options);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw payloadTooLarge();
    throw error;
  }
}

/** The outcome of reading a JSON body, for API routes that answer with problem documents. */
export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: "too_large" | "not_json" | "media_type" };

/** Reads a JSON body of at most `maxBytes` (the API's requests are small). */
export async function readJsonBody(request: Request, maxBytes = 64 * 1024): Promise<JsonBody> {
  const type = mediaType(request);
  if (type !== "application/json" && !type.endsWith("+json")) {
    return { ok: false, problem: "media_type" };
  }
  let text: string;
  try {
    text = await capped(request, maxBytes, (body) => body.text());
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { ok: false, problem: "too_large" };
    return { ok: false, problem: "not_json" };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: "not_json" };
  }
}
