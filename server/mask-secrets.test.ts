import { describe, expect, it } from "vitest";
import { maskSecrets } from "./app";

describe("request log", () => {
  it("hides tokens carried in URLs", () => {
    expect(maskSecrets("/diagnostic/Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z/etape/3")).toBe(
      "/diagnostic/:token/etape/3",
    );
    expect(maskSecrets("/invitation/abcdefghijklmnopqrstuvwxyz0123")).toBe("/invitation/:token");
  });
  it("keeps ordinary paths, ids and slugs", () => {
    expect(maskSecrets("/espace/candidatures/nouvelle")).toBe("/espace/candidatures/nouvelle");
    expect(maskSecrets("/admin/programmes/digitess")).toBe("/admin/programmes/digitess");
    const id = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
    expect(maskSecrets(`/espace/candidatures/${id}`)).toBe(`/espace/candidatures/${id}`);
  });
});
