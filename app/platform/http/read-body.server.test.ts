import { describe, expect, it } from "vitest";
import { BodyTooLargeError, readFormBody, readFormData, readJsonBody } from "./read-body.server";

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
