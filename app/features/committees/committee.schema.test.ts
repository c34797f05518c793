import { describe, expect, it } from "vitest";
import {
  decisionSchemaFor,
  presenceSchema,
  sessionChangeSchema,
  sessionSchema,
} from "./committee.schema";

const levels = [
  { kind: "diagnostic", label: "Diagnostic numérique", minRatePercent: 100, maxRatePercent: 100 },
  { kind: "scoping", label: "Cadrage", minRatePercent: 55, maxRatePercent: 75 },
];
const funder = "0b9c6f5e-1f0a-4b7e-9d8c-3a2b1c0d9e8f";
const messages = {
  rateRequired: (level: string) => `rate required ${level}`,
  rateOutOfBounds: (level: string, min: number, max: number) => `rate ${level} ${min}-${max}`,
  costRequired: (level: string) => `cost ${level}`,
  funderRequired: (level: string) => `funder ${level}`,
};
const schema = decisionSchemaFor(levels, [funder], messages);

function issues(input: Record<string, string>) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("decision form", () => {
  it("reads an acceptance: granted levels with rate, cost in cents and funder", () => {
    const result = schema.parse({
      outcome: "accepted",
      granted_scoping: "on",
      rate_scoping: "70 %",
      cost_scoping: "12 000,50 €",
      funder_scoping: funder.toUpperCase(),
      // a level not ticked: its fields are ignored
      rate_diagnostic: "12",
    });
    expect(result).toEqual({
      outcome: "accepted",
      levels: [
        { kind: "diagnostic", granted: false, ratePercent: null, costCents: null, funderId: null },
        { kind: "scoping", granted: true, ratePercent: 70, costCents: 1_200_050, funderId: funder },
      ],
      confirmOverEnvelope: false,
      amendmentReason: null,
    });
  });
  it("names the field of each problem of an acceptance", () => {
    expect(issues({ outcome: "accepted" })).toEqual({
      outcome: "committees.decision.error.noLevelGranted",
    });
    expect(
      issues({ outcome: "accepted", granted_scoping: "on", rate_scoping: "80", cost_scoping: "x" }),
    ).toEqual({
      rate_scoping: "rate Cadrage 55-75",
      cost_scoping: "cost Cadrage",
      funder_scoping: "funder Cadrage",
    });
    expect(
      issues({
        outcome: "accepted",
        granted_diagnostic: "on",
        cost_diagnostic: "1 500",
        funder_diagnostic: funder,
      }),
    ).toEqual({ rate_diagnostic: "rate required Diagnostic numérique" });
    expect(
      issues({
        outcome: "accepted",
        granted_scoping: "on",
        rate_scoping: "60.5",
        cost_scoping: "0",
        funder_scoping: "someone",
      }),
    ).toEqual({
      rate_scoping: "rate Cadrage 55-75",
      cost_scoping: "cost Cadrage",
      funder_scoping: "funder Cadrage",
    });
  });
  it("needs a reason of the list and a message to refuse, what is missing to postpone", () => {
    expect(issues({ outcome: "refused", refusalReason: "mood" })).toEqual({
      refusalReason: "committees.decision.error.reasonRequired",
      applicantMessage: "committees.decision.error.messageRequired",
    });
    expect(
      schema.parse({ outcome: "refused", refusalReason: "budget", applicantMessage: " Désolés. " }),
    ).toEqual({
      outcome: "refused",
      refusalReason: "budget",
      applicantMessage: "Désolés.",
      amendmentReason: null,
    });
    expect(issues({ outcome: "postponed", missing: "  " })).toEqual({
      missing: "committees.decision.error.missingRequired",
    });
    expect(issues({ outcome: "postponed", missing: "x".repeat(3001) })).toEqual({
      missing: "committees.decision.error.missingTooLong",
    });
    expect(issues({ outcome: "maybe" })).toEqual({
      outcome: "committees.decision.error.outcomeRequired",
    });
  });
  it("needs the amendment's reason on the amendment form only", () => {
    const amendment = decisionSchemaFor(levels, [funder], messages, { amendment: true });
    const postponed = { outcome: "postponed", missing: "Un devis." };
    expect(amendment.safeParse(postponed).success).toBe(false);
    expect(amendment.parse({ ...postponed, amendmentReason: "Coquille." }).amendmentReason).toBe(
      "Coquille.",
    );
    expect(schema.parse({ ...postponed, amendmentReason: "ignored" }).amendmentReason).toBeNull();
  });
});

describe("session form", () => {
  const base = {
    programId: funder,
    date: "2026-06-12",
    time: "14:00",
    minFunderPresent: "1",
    minOperatorPresent: "1",
  };
  it("needs a place or a video link, a real link, and quorums from 0 to 20", () => {
    const noPlace = sessionSchema.safeParse(base);
    expect(noPlace.success ? null : noPlace.error.issues[0]?.path).toEqual(["place"]);
    expect(
      sessionSchema.safeParse({ ...base, videoUrl: "https://visio.exemple.fr/c" }).success,
    ).toBe(true);
    expect(
      sessionSchema.safeParse({ ...base, place: "Montreuil", videoUrl: "visio" }).success,
    ).toBe(false);
    expect(
      sessionSchema.safeParse({ ...base, place: "Montreuil", minFunderPresent: "21" }).success,
    ).toBe(false);
    expect(sessionSchema.safeParse({ ...base, place: "Montreuil", time: "25:00" }).success).toBe(
      false,
    );
  });
  it("edits a session with the creation's fields and rules, the programme left out", () => {
    const change = {
      date: "2027-03-30",
      time: "09:30",
      place: "  Lyon  ",
      videoUrl: "",
      minFunderPresent: "2",
      minOperatorPresent: "0",
    };
    expect(sessionChangeSchema.parse({ ...change, programId: "ignored" })).toEqual({
      date: "2027-03-30",
      time: "09:30",
      place: "Lyon",
      videoUrl: null,
      minFunderPresent: 2,
      minOperatorPresent: 0,
    });
    const errors = (input: Record<string, string>) => {
      const result = sessionChangeSchema.safeParse(input);
      return result.success
        ? {}
        : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(errors({ ...change, place: "", videoUrl: "" })).toEqual({
      place: "committees.session.error.placeRequired",
    });
    expect(
      errors({
        date: "30/03/2027",
        time: "9h30",
        place: "x".repeat(301),
        videoUrl: "visio",
        minFunderPresent: "-1",
        minOperatorPresent: "1.5",
      }),
    ).toEqual({
      date: "committees.session.error.dateInvalid",
      time: "committees.session.error.timeInvalid",
      place: "committees.session.error.placeTooLong",
      videoUrl: "committees.session.error.videoUrlInvalid",
      minFunderPresent: "committees.session.error.quorum",
      minOperatorPresent: "committees.session.error.quorum",
    });
    expect(errors({})).toMatchObject({
      date: "committees.session.error.dateRequired",
      time: "committees.session.error.timeRequired",
    });
    // The creation's schema is the same fields plus the programme.
    expect(errors({ ...change })).toEqual({});
    expect(sessionSchema.safeParse(change).success).toBe(false);
  });
  it("reads the members ticked present, none when none", () => {
    expect(presenceSchema.parse({ present: "a" })).toEqual({ present: ["a"] });
    expect(presenceSchema.parse({})).toEqual({ present: [] });
  });
});
