import { describe, expect, it } from "vitest";
import {
  BodyTooLargeError,
  multipartFileName,
  REFUSED_HEAD_BYTES,
  readFormBody,
  readFormData,
  readJsonBody,
} from "./read-body.server";

const form = (body: BodyInit, type = "application/x-www-form-urlencoded") =>
  new Request("http://localhost/x", { method: "POST", body, headers: { "content-type": type } });

describe("readFormData", () => {
  it("reads a urlencoded and a multipart form", async () => {
    expect((await readFormData(form("a=1&b=%C3%A9t%C3%A9"))).get("b")).toBe("été");
    const multipart = new FormData();
    multipart.set("file", new File(["hello"], "a.txt"));
    const request = new Request("http://localhost/x", { method: "POST", body: multipart });
    expect(((await readFormData(request)).get("file") as File).name).toBe("a.txt");
  });

  it.each([
    ["JSON", "application/json"],
    ["plain text", "text/plain"],
    ["no content type", ""],
  ])("refuses %s with a 415", async (_label, type) => {
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: "a=1",
      headers: type ? { "content-type": type } : {},
    });
    if (!type) request.headers.delete("content-type");
    await expect(readFormData(request)).rejects.toMatchObject({ init: { status: 415 } });
  });

  it("refuses a broken multipart body with a 400", async () => {
    const request = form("--x\r\nnot a part", "multipart/form-data; boundary=zzz");
    await expect(readFormData(request)).rejects.toMatchObject({ init: { status: 400 } });
  });

  it("refuses a NUL character unless asked to keep it", async () => {
    await expect(readFormData(form("a=x%00y"))).rejects.toMatchObject({ init: { status: 400 } });
    expect((await readFormData(form("a=x%00y"), 1024, { keepNul: true })).get("a")).toBe(
      "x\u0000y",
    );
  });

  it("stops reading past the cap, declared or not", async () => {
    const big = `a=${"x".repeat(2048)}`;
    await expect(readFormData(form(big), 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 8; i += 1)
          controller.enqueue(new TextEncoder().encode("x".repeat(512)));
        controller.close();
      },
    });
    const streamed = new Request("http://localhost/x", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      // @ts-expect-error Node's fetch needs `duplex` for a streamed body.
      duplex: "half",
    });
    await expect(readFormData(streamed, 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(readFormBody(form(big), 1024)).rejects.toMatchObject({ init: { status: 413 } });
  });
});

describe("the start of a refused body", () => {
  /** A 20 kB multipart upload as a browser sends it (Request serialises the FormData). */
  async function upload(name: string) {
    const body = new FormData();
    body.set("intent", "upload");
    body.set("kind", "statutes");
    body.set("file", new File([new Uint8Array(20 * 1024)], name, { type: "application/pdf" }));
    const request = new Request("http://localhost/x", { method: "POST", body });
    const bytes = new Uint8Array(await request.arrayBuffer());
    const type = request.headers.get("content-type") as string;
    return { bytes, type };
  }

  it("keeps the first bytes of a body refused by its declared length, to name the file", async () => {
    const { bytes, type } = await upload("Statuts scannés 2024.pdf");
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: bytes,
      headers: { "content-type": type, "content-length": String(bytes.byteLength) },
    });
    const error = await readFormData(request, 1024).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    const { head } = error as BodyTooLargeError;
    expect(head.byteLength).toBe(REFUSED_HEAD_BYTES);
    expect(multipartFileName(head, type, "file")).toBe("Statuts scannés 2024.pdf");
  });

  it("keeps them too when the body streams past the cap without a length", async () => {
    const { bytes, type } = await upload("photo.jpg");
    const stream = new ReadableStream({
      start(controller) {
        for (let at = 0; at < bytes.byteLength; at += 1000) {
          controller.enqueue(bytes.slice(at, at + 1000));
        }
        controller.close();
      },
    });
    const request = new Request("http://localhost/x", {
      method: "POST",
      body: stream,
      headers: { "content-type": type },
      // @ts-expect-error Node's fetch needs `duplex` for a streamed body.
      duplex: "half",
    });
    const error = (await readFormData(request, 4096).catch((caught: unknown) => caught)) as {
      head: Uint8Array;
    };
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(multipartFileName(error.head, type, "file")).toBe("photo.jpg");
  });

  it("reads the name of the right field as browsers encode it", () => {
    const boundary = "----WebKitFormBoundaryAbC123";
    const type = `multipart/form-data; boundary=${boundary}`;
    const head = (disposition: string) =>
      new TextEncoder().encode(
        [
          `--${boundary}`,
          'Content-Disposition: form-data; name="intent"',
          "",
          "upload",
          `--${boundary}`,
          disposition,
          "Content-Type: application/pdf",
          "",
          "%PDF-1.4 …",
        ].join("\r\n"),
      );
    expect(
      multipartFileName(
        head('Content-Disposition: form-data; name="file"; filename="Le %22Toit%22.pdf"'),
        type,
        "file",
      ),
    ).toBe('Le "Toit".pdf');
    expect(
      multipartFileName(
        head(
          `Content-Disposition: form-data; name="file"; filename*=UTF-8''comptes%20%C3%A9t%C3%A9.pdf`,
        ),
        type,
        "file",
      ),
    ).toBe("comptes été.pdf");
    expect(
      multipartFileName(
        head('Content-Disposition: form-data; name="file"; filename=""'),
        type,
        "file",
      ),
    ).toBe("");
    const other = head('Content-Disposition: form-data; name="files"; filename="a.pdf"');
    expect(multipartFileName(other, type, "file")).toBeNull();
    expect(multipartFileName(other, "application/x-www-form-urlencoded", "files")).toBeNull();
    expect(multipartFileName(new Uint8Array(), type, "file")).toBeNull();
    // Headers cut off by the end of the head: no name rather than half of one.
    const cut = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lo`,
    );
    expect(multipartFileName(cut, type, "file")).toBeNull();
  });
});

describe("readJsonBody", () => {
  it("reads JSON and names each problem", async () => {
    const json = (body: string, type = "application/json") =>
      new Request("http://localhost/x", {
        method: "POST",
        body,
        headers: { "content-type": type },
      });
    await expect(readJsonBody(json('{"a":1}'))).resolves.toEqual({ ok: true, value: { a: 1 } });
    await expect(readJsonBody(json("{"))).resolves.toEqual({ ok: false, problem: "not_json" });
    await expect(readJsonBody(json("{}", "text/plain"))).resolves.toEqual({
      ok: false,
      problem: "media_type",
    });
    await expect(readJsonBody(json(`"${"x".repeat(100)}"`), 10)).resolves.toEqual({
      ok: false,
      problem: "too_large",
    });
  });
});
