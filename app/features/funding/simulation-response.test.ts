import { describe, expect, it } from "vitest";
import { digitessFundingRules, type FundingRules } from "./levels";
import { answerFundingRequest } from "./simulation-response";

const request = {
  programme: "digitess",
  level: "scoping" as const,
  totalCostCents: 1_000_000,
  ratePercent: 60,
};

describe("answerFundingRequest", () => {
  it("answers the issue's example", () => {
    expect(answerFundingRequest(request, digitessFundingRules)).toEqual({
      status: 200,
      body: {
        level: "scoping",
        minRatePercent: 55,
        maxRatePercent: 75,
        ratePercent: 60,
        programmeShareCents: 600_000,
        remainingCents: 400_000,
      },
    });
  });

  it("applies the lowest rate of the level when no rate is asked", () => {
    const { ratePercent: _, ...withoutRate } = request;
    const answer = answerFundingRequest(
      { ...withoutRate, level: "production" },
      digitessFundingRules,
    );
    expect(answer).toEqual({
      status: 200,
      body: {
        level: "production",
        minRatePercent: 25,
        maxRatePercent: 50,
        ratePercent: 25,
        programmeShareCents: 250_000,
        remainingCents: 750_000,
      },
    });
  });

  it.each([54, 76, 0, 100])("answers 422 for a scoping rate of %i %%", (ratePercent) => {
    expect(answerFundingRequest({ ...request, ratePercent }, digitessFundingRules)).toEqual({
      status: 422,
      errors: [
        {
          field: "ratePercent",
          message: "Pour cet échelon, le taux doit être compris entre 55\u00a0% et 75\u00a0%.",
        },
      ],
    });
  });

  it("answers 422 when the programme does not offer the level", () => {
    const rules: FundingRules = {
      levels: [{ level: "diagnostic", minRatePercent: 100, maxRatePercent: 100 }],
    };
    expect(answerFundingRequest(request, rules)).toEqual({
      status: 422,
      errors: [{ field: "level", message: "Ce programme ne propose pas cet échelon." }],
    });
  });

  it("computes the share on the level's ceiling", () => {
    const rules: FundingRules = {
      levels: [
        { level: "scoping", minRatePercent: 55, maxRatePercent: 75, costCeilingCents: 500_000 },
      ],
    };
    expect(answerFundingRequest(request, rules)).toEqual({
      status: 200,
      body: {
        level: "scoping",
        minRatePercent: 55,
        maxRatePercent: 75,
        ratePercent: 60,
        programmeShareCents: 300_000,
        remainingCents: 700_000,
      },
    });
  });

  it("can answer in English", () => {
    const answer = answerFundingRequest(
      { ...request, ratePercent: 80 },
      digitessFundingRules,
      "en",
    );
    expect(answer).toEqual({
      status: 422,
      errors: [
        { field: "ratePercent", message: "For this level, the rate must be between 55% and 75%." },
      ],
    });
  });

  it("throws on a misconfigured programme rather than answering wrong amounts", () => {
    const broken: FundingRules = {
      levels: [{ level: "scoping", minRatePercent: 80, maxRatePercent: 60 }],
    };
    expect(() => answerFundingRequest(request, broken)).toThrow(/configuration/);
  });
});
