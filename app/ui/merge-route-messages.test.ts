import { describe, expect, it } from "vitest";
import { mergeRouteMessages } from "./i18n";

const frozen = (messages: Record<string, string>) => ({ messages: Object.freeze(messages) });

describe("mergeRouteMessages", () => {
  it("merges every loader's messages, inner routes last, ignoring loaders without", () => {
    const merged = mergeRouteMessages([
      frozen({ a: "root", b: "root" }),
      null,
      { other: 1 },
      frozen({ b: "page", c: "page" }),
    ]);
    expect(merged).toEqual({ a: "root", b: "page", c: "page" });
  });

  it("makes the merge of the same frozen messages once", () => {
    const root = frozen({ a: "root" });
    const page = frozen({ b: "page" });
    const first = mergeRouteMessages([root, page]);
    expect(mergeRouteMessages([root, { ...page }])).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Another page, or the same parts in another order, is another merge.
    const other = mergeRouteMessages([root, frozen({ b: "autre" })]);
    expect(other).toEqual({ a: "root", b: "autre" });
    expect(mergeRouteMessages([page, root])).not.toBe(first);
    expect(mergeRouteMessages([root])).toEqual({ a: "root" });
  });

  it("merges messages that are not frozen each time (the client's decoded loader data)", () => {
    const page = { messages: { b: "page" } as Record<string, string> };
    const first = mergeRouteMessages([frozen({ a: "root" }), page]);
    page.messages.b = "changée";
    const second = mergeRouteMessages([frozen({ a: "root" }), page]);
    expect(second).not.toBe(first);
    expect(second).toEqual({ a: "root", b: "changée" });
  });
});
