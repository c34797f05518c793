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

/** How much of the start of a refused body is kept, to name what was refused (a file's name). */
export const REFUSED_HEAD_BYTES = 16 * 1024;

/** Thrown when a body is larger than allowed; thrown as a 413 response by `readFormBody`. */
export class BodyTooLargeError extends Error {
  /**
   * The first bytes of the refused body (at most REFUSED_HEAD_BYTES): enough for the headers of
   * a multipart form's first parts, so a page can name the file it refuses
   * (`multipartFileName`). Never parsed as a form.
   */
  readonly head: Uint8Array;
  constructor(head: Uint8Array = new Uint8Array()) {
    super("request body too large");
    this.name = "BodyTooLargeError";
    this.head = head;
  }
}

/** Keeps the first REFUSED_HEAD_BYTES of the chunks it is given. */
function headRecorder() {
  const chunks: Uint8Array[] = [];
  let kept = 0;
  return {
    keep(chunk: Uint8Array) {
      if (kept >= REFUSED_HEAD_BYTES) return;
      const part = chunk.subarray(0, REFUSED_HEAD_BYTES - kept);
      chunks.push(part.slice());
      kept += part.byteLength;
    },
    head(): Uint8Array {
      const head = new Uint8Array(kept);
      let at = 0;
      for (const chunk of chunks) {
        head.set(chunk, at);
        at += chunk.byteLength;
      }
      return head;
    },
  };
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

/** Reads what is left of a body and throws it away (bounded), keeping its first bytes. */
async function drain(
  body: ReadableStream<Uint8Array> | null,
  recorder: ReturnType<typeof headRecorder>,
): Promise<void> {
  if (!body) return;
  const reader = body.getReader();
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      recorder.keep(value);
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
  const recorder = headRecorder();
  if (Number.isFinite(declared) && declared > maxBytes) {
    // Nothing of it is parsed; it is only read to the end so the answer can be read (its first
    // bytes are kept to name the refused file).
    await drain(request.body, recorder);
    throw new BodyTooLargeError(recorder.head());
  }
  if (!request.body) return read(request);
  let tooLarge = false;
  const counter = limitBytes(maxBytes, () => {
    tooLarge = true;
  });
  const recording = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      recorder.keep(chunk);
      controller.enqueue(chunk);
    },
  });
  const copy = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body.pipeThrough(recording).pipeThrough(counter),
    // @ts-expect-error Node's fetch needs `duplex` for a streamed request body (not in the DOM types).
    duplex: "half",
  });
  try {
    return await read(copy);
  } catch (error) {
    if (tooLarge) throw new BodyTooLargeError(recorder.head());
    throw error;
  }
}

/** Reads the quoted or bare value of `name` in a header's parameters (`; name="value"`). */
function headerParameter(header: string, name: string): string | null {
  // Browsers never put a quote inside a quoted value: they write it %22 (HTML's multipart rules).
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i").exec(header);
  if (!match) return null;
  return match[1] ?? match[2] ?? null;
}

/**
 * The name of the file sent in the field `field` of a multipart body, read from the start of the
 * body only (the `head` of a BodyTooLargeError): null when the part's headers are not in it. The
 * name is decoded as browsers encode it (UTF-8, `%22` for a quote, `%0D` and `%0A`), or from
 * `filename*=UTF-8''…` when a client sends that form.
 */
export function multipartFileName(
  head: Uint8Array,
  contentType: string | null,
  field: string,
): string | null {
  const boundary = contentType ? headerParameter(contentType, "boundary") : null;
  if (!boundary) return null;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  for (const part of text.split(`--${boundary}`)) {
    const end = part.indexOf("\r\n\r\n");
    if (end < 0) continue;
    const disposition = part
      .slice(0, end)
      .split("\r\n")
      .find((line) => /^content-disposition\s*:/i.test(line));
    if (!disposition || headerParameter(disposition, "name") !== field) continue;
    const extended = headerParameter(disposition, "filename\\*");
    if (extended?.toLowerCase().startsWith("utf-8''")) {
      try {
        return decodeURIComponent(extended.slice(7));
      } catch {
        // A broken extended name: fall back to the plain one.
      }
    }
    const plain = headerParameter(disposition, "filename");
    if (plain === null) return null;
    return plain.replace(/%22/gi, '"').replace(/%0D/gi, "\r").replace(/%0A/gi, "\n");
  }
  return null;
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
