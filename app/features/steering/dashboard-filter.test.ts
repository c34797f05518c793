import { describe, expect, it } from "vitest";
import { dashboardFilterOf } from "./dashboard-filter";

const alpha = "0b6c3f0e-2d4a-4c1e-9a53-5f7a3c2b1d00";
const beta = "9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4";

const read = (query: string) => dashboardFilterOf(new URLSearchParams(query), [alpha, beta]);

describe("dashboard filter", () => {
  it("has no filter by default", () => {
    expect(read("")).toEqual({ filter: { programId: null, levelKind: null }, ignored: [] });
    expect(read("programme=&echelon=")).toEqual({
      filter: { programId: null, levelKind: null },
      ignored: [],
    });
  });

  it("keeps a visible programme and a known level", () => {
    expect(read(`programme=${alpha}&echelon=scoping`)).toEqual({
      filter: { programId: alpha, levelKind: "scoping" },
      ignored: [],
    });
    expect(read(`programme=${beta.toUpperCase()}&echelon=production`).filter).toEqual({
      programId: beta,
      levelKind: "production",
    });
  });

  it("ignores, and names, a programme the user may not see and an unknown level", () => {
    expect(read("programme=00000000-0000-4000-8000-000000000000&echelon=diagnostic")).toEqual({
      filter: { programId: null, levelKind: "diagnostic" },
      ignored: ["programme"],
    });
    expect(read("programme='; drop table supports;--&echelon=Scoping")).toEqual({
      filter: { programId: null, levelKind: null },
      ignored: ["programme", "level"],
    });
    expect(read("echelon=toString").ignored).toEqual(["level"]);
  });

  it("sees no programme when none is open to the user", () => {
    expect(dashboardFilterOf(new URLSearchParams(`programme=${alpha}`), [])).toEqual({
      filter: { programId: null, levelKind: null },
      ignored: ["programme"],
    });
  });
});
