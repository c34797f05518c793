import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FEEDBACK_TEXT_MAX_LENGTH,
  type FeedbackScores,
  feedbackSchema,
  npsCategory,
  summarizeFeedback,
} from "./feedback.schema";
import { FEEDBACK_LINK_VALID_DAYS } from "./feedback-token.server";
import { en, fr } from "./messages-feedback";

const valid = {
  satisfaction: "4",
  consultantQuality: "5",
  needsFit: "3",
  beneficiaryChanges: "",
  recommendation: "9",
  comment: "",
};

/** The problems of a form: field -> message key. */
function issues(input: Record<string, unknown>): Record<string, string> {
  const result = feedbackSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

const scoreFields = [
  ["satisfaction", "supports.feedback.error.satisfactionRequired"],
  ["consultantQuality", "supports.feedback.error.consultantQualityRequired"],
  ["needsFit", "supports.feedback.error.needsFitRequired"],
] as const;
const textFields = [
  [
    "beneficiaryChanges",
    "supports.feedback.error.beneficiaryChangesTooLong",
    "supports.feedback.error.beneficiaryChangesInvalid",
  ],
  ["comment", "supports.feedback.error.commentTooLong", "supports.feedback.error.commentInvalid"],
] as const;

describe("feedback form", () => {
  it("reads the scores as numbers and blank texts as null", () => {
    expect(feedbackSchema.parse(valid)).toEqual({
      satisfaction: 4,
      consultantQuality: 5,
      needsFit: 3,
      beneficiaryChanges: null,
      recommendation: 9,
      comment: null,
    });
  });

  it("trims texts and scores, drops unknown fields, and takes absent texts as null", () => {
    expect(
      feedbackSchema.parse({
        satisfaction: " 1 ",
        consultantQuality: "2",
        needsFit: "5",
        recommendation: "0",
        beneficiaryChanges: "  Les bénévoles prennent les rendez-vous en ligne.\n ",
        intent: "answer",
      }),
    ).toEqual({
      satisfaction: 1,
      consultantQuality: 2,
      needsFit: 5,
      beneficiaryChanges: "Les bénévoles prennent les rendez-vous en ligne.",
      recommendation: 0,
      comment: null,
    });
  });

  it("asks for every score when nothing is answered, and nothing else", () => {
    expect(issues({})).toEqual({
      satisfaction: "supports.feedback.error.satisfactionRequired",
      consultantQuality: "supports.feedback.error.consultantQualityRequired",
      needsFit: "supports.feedback.error.needsFitRequired",
      recommendation: "supports.feedback.error.recommendationRequired",
    });
  });

  describe.each(scoreFields)("the 1-5 score %s", (field, message) => {
    it.each(["1", "2", "3", "4", "5"])("accepts %j", (value) => {
      expect(feedbackSchema.parse({ ...valid, [field]: value })[field]).toBe(Number(value));
    });

    it.each<unknown>([
      undefined,
      "",
      "  ",
      "0",
      "6",
      "10",
      "-1",
      "+3",
      "03",
      "3.0",
      "2.5",
      "3,5",
      "1e0",
      "0x3",
      "trois",
      "3 étoiles",
      "３",
      "3\u0000",
      3,
      ["3"],
      null,
    ])("refuses %j with its own message", (value) => {
      expect(issues({ ...valid, [field]: value })).toEqual({ [field]: message });
    });
  });

  describe("the 0-10 recommendation", () => {
    it.each(["0", "1", "6", "7", "8", "9", "10"])("accepts %j", (value) => {
      expect(feedbackSchema.parse({ ...valid, recommendation: value }).recommendation).toBe(
        Number(value),
      );
    });

    it.each<unknown>([undefined, "", "11", "100", "-1", "010", "00", "9.5", "dix", 9])(
      "refuses %j",
      (value) => {
        expect(issues({ ...valid, recommendation: value })).toEqual({
          recommendation: "supports.feedback.error.recommendationRequired",
        });
      },
    );
  });

  describe.each(textFields)("the text %s", (field, tooLong, invalid) => {
    const max = FEEDBACK_TEXT_MAX_LENGTH;

    it("takes blank as null", () => {
      for (const value of ["", "   ", "\r\n\t ", "\u00a0"]) {
        expect(feedbackSchema.parse({ ...valid, [field]: value })[field]).toBeNull();
      }
    });

    it("accepts 4000 characters, counted after trimming", () => {
      expect(max).toBe(4000);
      const text = "é".repeat(max);
      expect(feedbackSchema.parse({ ...valid, [field]: `  ${text}\n` })[field]).toBe(text);
    });

    it("refuses 4001 characters with its own message", () => {
      expect(issues({ ...valid, [field]: "a".repeat(max + 1) })).toEqual({ [field]: tooLong });
    });

    it("counts a line break sent as CRLF as one character, and keeps it as \\n", () => {
      const lines = Array.from({ length: max / 2 }, () => "a").join("\r\n"); // 3999 once read
      const read = feedbackSchema.parse({ ...valid, [field]: lines })[field];
      expect(read).toHaveLength(max - 1);
      expect(read).not.toContain("\r");
      expect(feedbackSchema.parse({ ...valid, [field]: "un\rdeux" })[field]).toBe("un\ndeux");
    });

    it.each(["\u0000", "avant\u0000après", "fin\u0000", `${"a".repeat(5000)}\u0000`])(
      "refuses a NUL character with its own message (%#)",
      (value) => {
        expect(issues({ ...valid, [field]: value })).toEqual({ [field]: invalid });
      },
    );

    it.each<unknown>([42, ["a", "b"], { a: 1 }, null])("refuses %j, not a text", (value) => {
      expect(issues({ ...valid, [field]: value })).toEqual({ [field]: invalid });
    });
  });

  it("reports every field's problem at once", () => {
    expect(
      issues({
        satisfaction: "9",
        consultantQuality: "",
        needsFit: "3",
        recommendation: "11",
        beneficiaryChanges: "x\u0000",
        comment: "x".repeat(FEEDBACK_TEXT_MAX_LENGTH + 1),
      }),
    ).toEqual({
      satisfaction: "supports.feedback.error.satisfactionRequired",
      consultantQuality: "supports.feedback.error.consultantQualityRequired",
      recommendation: "supports.feedback.error.recommendationRequired",
      beneficiaryChanges: "supports.feedback.error.beneficiaryChangesInvalid",
      comment: "supports.feedback.error.commentTooLong",
    });
  });

  it("never throws, and only gives message keys of the catalogue (property)", () => {
    const field = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.integer({ min: -2, max: 12 }).map(String),
      fc.anything(),
    );
    const form = fc.record(
      {
        satisfaction: field,
        consultantQuality: field,
        needsFit: field,
        recommendation: field,
        beneficiaryChanges: field,
        comment: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(form, (input) => {
        const result = feedbackSchema.safeParse(input);
        if (result.success) return;
        for (const issue of result.error.issues) expect(fr).toHaveProperty([issue.message]);
      }),
      { numRuns: 500 },
    );
  });

  it("reads back any valid answer (property)", () => {
    const text = fc.string({ maxLength: 50 }).filter((value) => !value.includes("\u0000"));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 10 }),
        text,
        text,
        (satisfaction, consultantQuality, needsFit, recommendation, changes, comment) => {
          const read = feedbackSchema.parse({
            satisfaction: String(satisfaction),
            consultantQuality: String(consultantQuality),
            needsFit: String(needsFit),
            recommendation: String(recommendation),
            beneficiaryChanges: changes,
            comment,
          });
          expect(read).toMatchObject({ satisfaction, consultantQuality, needsFit, recommendation });
          for (const [value, original] of [
            [read.beneficiaryChanges, changes],
            [read.comment, comment],
          ] as const) {
            const expected = original.replace(/\r\n?/g, "\n").trim();
            expect(value).toBe(expected === "" ? null : expected);
          }
        },
      ),
    );
  });
});

describe("feedback messages", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const errorKeys = [
    "supports.feedback.error.recommendationRequired",
    ...scoreFields.map(([, key]) => key),
    ...textFields.flatMap(([, tooLong, invalid]) => [tooLong, invalid]),
  ];

  it("has the same keys, all prefixed, in French and English, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, text] of [...Object.entries(fr), ...Object.entries(en)]) {
      expect(key).toMatch(/^supports\.feedback\./);
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("uses the same placeholders in French and English", () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it("defines every error the schema gives, in both languages", () => {
    for (const key of errorKeys) {
      expect(fr, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });

  it("has the survey page's texts: questions, the 1-5 scale, and each ending", () => {
    for (const key of [
      "title",
      "intro",
      "satisfaction.label",
      "consultantQuality.label",
      "needsFit.label",
      "beneficiaryChanges.label",
      "recommendation.label",
      "comment.label",
      "scale.1",
      "scale.2",
      "scale.3",
      "scale.4",
      "scale.5",
      "submit",
      "thanks.title",
      "alreadyAnswered.title",
      "expired.title",
      "invalid.title",
    ]) {
      expect(fr).toHaveProperty([`supports.feedback.${key}`]);
    }
  });

  it("states the limits the code applies", () => {
    expect(fr["supports.feedback.error.commentTooLong"]).toContain("4 000");
    expect(en["supports.feedback.error.commentTooLong"]).toContain("4,000");
    expect(FEEDBACK_TEXT_MAX_LENGTH).toBe(4000);
    expect(fr["supports.feedback.expired.body"]).toContain(`${FEEDBACK_LINK_VALID_DAYS} jours`);
    expect(en["supports.feedback.expired.body"]).toContain(`${FEEDBACK_LINK_VALID_DAYS} days`);
  });
});

describe("npsCategory", () => {
  it.each([
    [0, "detractor"],
    [1, "detractor"],
    [6, "detractor"],
    [7, "passive"],
    [8, "passive"],
    [9, "promoter"],
    [10, "promoter"],
  ] as const)("reads %i as %s", (score, category) => {
    expect(npsCategory(score)).toBe(category);
  });

  it("splits 0-10 into 7 detractors, 2 passives and 2 promoters", () => {
    const all = Array.from({ length: 11 }, (_, score) => npsCategory(score));
    expect(all.filter((c) => c === "detractor")).toHaveLength(7);
    expect(all.filter((c) => c === "passive")).toHaveLength(2);
    expect(all.filter((c) => c === "promoter")).toHaveLength(2);
  });

  it.each([-1, 11, 6.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %d", (score) => {
    expect(() => npsCategory(score)).toThrow(RangeError);
  });
});

describe("summarizeFeedback", () => {
  const answer = (
    satisfaction: number,
    recommendation: number,
    consultantQuality = satisfaction,
    needsFit = satisfaction,
  ): FeedbackScores => ({ satisfaction, consultantQuality, needsFit, recommendation });

  it("gives no average and no NPS without answers", () => {
    expect(summarizeFeedback([])).toEqual({
      count: 0,
      averageTenths: {
        satisfaction: null,
        consultantQuality: null,
        needsFit: null,
        recommendation: null,
      },
      promoters: 0,
      passives: 0,
      detractors: 0,
      nps: null,
    });
  });

  it("counts, averages in tenths and scores the NPS", () => {
    expect(
      summarizeFeedback([
        answer(5, 10, 4, 3),
        answer(4, 9, 4, 4),
        answer(3, 7, 5, 2),
        answer(2, 3),
      ]),
    ).toEqual({
      count: 4,
      averageTenths: { satisfaction: 35, consultantQuality: 38, needsFit: 28, recommendation: 73 },
      promoters: 2,
      passives: 1,
      detractors: 1,
      nps: 25,
    });
  });

  it("rounds averages to the nearest tenth, halves up, without float drift", () => {
    expect(summarizeFeedback([answer(1, 0), answer(2, 0)]).averageTenths.satisfaction).toBe(15);
    expect(
      summarizeFeedback([answer(1, 0), answer(1, 0), answer(2, 0)]).averageTenths.satisfaction,
    ).toBe(13); // 1.33
    expect(
      summarizeFeedback([answer(1, 0), answer(2, 0), answer(2, 0)]).averageTenths.satisfaction,
    ).toBe(17); // 1.67
    // 23 / 20 = 1.15 exactly; (23 / 20).toFixed(1) is "1.1" in floating point.
    const fifteen = [...Array(17).fill(answer(1, 0)), ...Array(3).fill(answer(2, 0))];
    expect((23 / 20).toFixed(1)).toBe("1.1");
    expect(summarizeFeedback(fifteen).averageTenths.satisfaction).toBe(12);
  });

  it("rounds the NPS halves away from zero, so mirrored answers give mirrored scores", () => {
    const passives = Array(7).fill(answer(3, 8));
    expect(summarizeFeedback([answer(5, 9), ...passives]).nps).toBe(13); // 12.5
    expect(summarizeFeedback([answer(1, 6), ...passives]).nps).toBe(-13); // -12.5
    expect(summarizeFeedback([answer(5, 10), answer(5, 10), answer(1, 0)]).nps).toBe(33); // 33.3
    expect(summarizeFeedback([answer(5, 10), answer(1, 0), answer(1, 0)]).nps).toBe(-33);
    expect(summarizeFeedback([answer(5, 10), answer(5, 9)]).nps).toBe(100);
    expect(summarizeFeedback([answer(1, 0), answer(1, 6)]).nps).toBe(-100);
    expect(summarizeFeedback([answer(3, 7), answer(3, 8)]).nps).toBe(0);
    // -1/201 of a point rounds to 0, not to -0.
    expect(summarizeFeedback([answer(1, 0), ...Array(200).fill(answer(3, 8))]).nps).toBe(0);
  });

  it.each([
    ["a satisfaction of 0", answer(0, 5)],
    ["a satisfaction of 6", answer(6, 5)],
    ["a fractional consultant score", answer(3, 5, 3.5)],
    ["a needs-fit of NaN", answer(3, 5, 3, Number.NaN)],
    ["a recommendation of 11", answer(3, 11)],
    ["a recommendation of -1", answer(3, -1)],
  ])("refuses %s (corrupt data)", (_, bad) => {
    expect(() => summarizeFeedback([answer(3, 5), bad])).toThrow(/Answer 1/);
  });

  const answersArb = fc.array(
    fc.record({
      satisfaction: fc.integer({ min: 1, max: 5 }),
      consultantQuality: fc.integer({ min: 1, max: 5 }),
      needsFit: fc.integer({ min: 1, max: 5 }),
      recommendation: fc.integer({ min: 0, max: 10 }),
    }),
    { minLength: 1, maxLength: 200 },
  );

  it("is within half a tenth of the exact mean, halves up (property)", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const summary = summarizeFeedback(answers);
        const n = answers.length;
        for (const key of Object.keys(summary.averageTenths) as (keyof FeedbackScores)[]) {
          const tenths = summary.averageTenths[key] as number;
          const sum = answers.reduce((total, a) => total + a[key], 0);
          // |tenths - 10 sum / n| <= 1/2, and a tie goes up.
          const gap = 2 * (tenths * n - 10 * sum);
          expect(Math.abs(gap)).toBeLessThanOrEqual(n);
          if (Math.abs(gap) === n) expect(gap).toBe(n);
        }
      }),
    );
  });

  it("keeps the NPS within half a point of the exact one, mirrored, -100 to 100 (property)", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const summary = summarizeFeedback(answers);
        const n = answers.length;
        expect(summary.count).toBe(n);
        expect(summary.promoters + summary.passives + summary.detractors).toBe(n);
        const nps = summary.nps as number;
        expect(Number.isInteger(nps)).toBe(true);
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
        const exact = 100 * (summary.promoters - summary.detractors);
        const gap = 2 * (nps * n - exact);
        expect(Math.abs(gap)).toBeLessThanOrEqual(n);
        if (Math.abs(gap) === n) expect(Math.sign(gap)).toBe(Math.sign(exact));
        // Swapping promoters and detractors negates the score.
        const mirrored = answers.map((a) => ({
          ...a,
          recommendation: a.recommendation >= 9 ? 0 : a.recommendation <= 6 ? 10 : a.recommendation,
        }));
        expect(summarizeFeedback(mirrored).nps).toBe(-nps || 0);
      }),
    );
  });

  it("does not depend on the order of the answers (property)", () => {
    fc.assert(
      fc.property(answersArb, fc.infiniteStream(fc.nat()), (answers, seeds) => {
        const shuffled = answers
          .map((a) => ({ a, key: seeds.next().value as number }))
          .sort((x, y) => x.key - y.key)
          .map(({ a }) => a);
        expect(summarizeFeedback(shuffled)).toEqual(summarizeFeedback(answers));
      }),
    );
  });
});
