import { describe, expect, it } from "vitest";
import {
  decideStepDraft,
  parseStepDraft,
  sameStepValues,
  serializeStepDraft,
  stepDraftStorageKey,
} from "./step-draft";

const allowed = {
  S1: ["0", "1", "2", "3", "4"],
  S2: ["0", "1", "2", "3", "4"],
  B3: ["0", "1", "2", "3", "4", "na"],
};

const stored = (base: Record<string, string>, answers: Record<string, string>) =>
  serializeStepDraft({ base, answers });

describe("stepDraftStorageKey", () => {
  it("is one key per diagnostic and step", () => {
    expect(stepDraftStorageKey("d1", 2)).toBe("digitess:diagnostic-draft:d1:2");
    expect(stepDraftStorageKey("d1", 3)).not.toBe(stepDraftStorageKey("d1", 2));
    expect(stepDraftStorageKey("d2", 2)).not.toBe(stepDraftStorageKey("d1", 2));
  });
});

describe("parseStepDraft", () => {
  it("reads back what serializeStepDraft wrote", () => {
    const draft = { base: { S1: "2" }, answers: { S1: "3", B3: "na" } };
    expect(parseStepDraft(serializeStepDraft(draft))).toEqual(draft);
  });

  it("refuses anything that is not a draft", () => {
    expect(parseStepDraft(null)).toBeNull();
    expect(parseStepDraft("")).toBeNull();
    expect(parseStepDraft("{not json")).toBeNull();
    expect(parseStepDraft("null")).toBeNull();
    expect(parseStepDraft('{"base":{}}')).toBeNull();
    expect(parseStepDraft('{"base":{},"answers":{"S1":3}}')).toBeNull();
    expect(parseStepDraft('{"base":[],"answers":{}}')).toBeNull();
  });
});

describe("sameStepValues", () => {
  it("compares answers whatever the order of the questions", () => {
    expect(sameStepValues({}, {})).toBe(true);
    expect(sameStepValues({ S1: "1", S2: "2" }, { S2: "2", S1: "1" })).toBe(true);
    expect(sameStepValues({ S1: "1" }, { S1: "2" })).toBe(false);
    expect(sameStepValues({ S1: "1" }, { S1: "1", S2: "2" })).toBe(false);
    expect(sameStepValues({ S1: "1", S2: "2" }, { S1: "1" })).toBe(false);
    expect(sameStepValues({ S1: "1" }, { S2: "1" })).toBe(false);
  });
});

describe("decideStepDraft", () => {
  it("does nothing without a stored draft", () => {
    expect(decideStepDraft(null, {}, allowed)).toEqual({ kind: "none" });
    expect(decideStepDraft(null, { S1: "2" }, allowed)).toEqual({ kind: "none" });
  });

  it("puts back the answers ticked since the page showed the server's answers", () => {
    expect(decideStepDraft(stored({}, { S1: "3", B3: "na" }), {}, allowed)).toEqual({
      kind: "restore",
      answers: { S1: "3", B3: "na" },
    });
    // A changed answer and a new one, over a step that was partly saved.
    expect(
      decideStepDraft(stored({ S1: "1" }, { S1: "4", S2: "0" }), { S1: "1" }, allowed),
    ).toEqual({ kind: "restore", answers: { S1: "4", S2: "0" } });
  });

  it("drops a draft once the step was sent since it began (here or in another tab)", () => {
    // Sent from this tab: the server now has what the draft held.
    expect(decideStepDraft(stored({}, { S1: "3" }), { S1: "3" }, allowed)).toEqual({
      kind: "discard",
    });
    // Another tab saved a different answer: the saved answer wins.
    expect(decideStepDraft(stored({ S1: "1" }, { S1: "3" }), { S1: "2" }, allowed)).toEqual({
      kind: "discard",
    });
    expect(decideStepDraft(stored({}, { S1: "3" }), { S2: "1" }, allowed)).toEqual({
      kind: "discard",
    });
  });

  it("drops an unreadable draft", () => {
    expect(decideStepDraft("{broken", {}, allowed)).toEqual({ kind: "discard" });
    expect(decideStepDraft('{"answers":{}}', {}, allowed)).toEqual({ kind: "discard" });
  });

  it("keeps only the step's questions and the values each accepts", () => {
    expect(
      decideStepDraft(
        stored({}, { S1: "9", S2: "na", B3: "na", X9: "1", S1x: "2", toString: "1" }),
        {},
        allowed,
      ),
    ).toEqual({ kind: "restore", answers: { B3: "na" } });
    expect(decideStepDraft(stored({}, { S1: "9", X9: "1" }), {}, allowed)).toEqual({
      kind: "none",
    });
    expect(
      decideStepDraft('{"base":{},"answers":{"__proto__":"1","constructor":"2"}}', {}, allowed),
    ).toEqual({ kind: "none" });
  });

  it("does nothing when the draft only repeats the server's answers", () => {
    expect(decideStepDraft(stored({ S1: "2" }, { S1: "2" }), { S1: "2" }, allowed)).toEqual({
      kind: "none",
    });
    expect(decideStepDraft(stored({}, {}), {}, allowed)).toEqual({ kind: "none" });
  });
});
