import { describe, expect, it } from "vitest";
import { noJavaScript, sendsNoJavaScript } from "./hydration";

describe("sendsNoJavaScript", () => {
  it("is true when a matched route exports the noJavaScript handle", () => {
    expect(sendsNoJavaScript([{ handle: undefined }, { handle: noJavaScript }])).toBe(true);
  });

  it("is false for routes without a handle, with another handle, or with javaScript not false", () => {
    expect(sendsNoJavaScript([])).toBe(false);
    expect(sendsNoJavaScript([{}, { handle: undefined }])).toBe(false);
    expect(sendsNoJavaScript([{ handle: null }, { handle: "static" }])).toBe(false);
    expect(sendsNoJavaScript([{ handle: { javaScript: true } }])).toBe(false);
    expect(sendsNoJavaScript([{ handle: { javaScript: "false" } }])).toBe(false);
    expect(sendsNoJavaScript([{ handle: { breadcrumb: "x" } }])).toBe(false);
  });
});
