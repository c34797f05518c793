import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { simulatorFormSchema } from "./simulator.form";

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  const submission = parseWithZod(data, { schema: simulatorFormSchema });
  return Object.assign(submission, {
    error: submission.status === "error" ? submission.error : undefined,
  });
};

describe("simulator form", () => {
  it("reads euros as cents and a rate typed with a percent sign", () => {
    const submission = form({ level: "scoping", totalCost: "10 000", ratePercent: "60 %" });
    expect(submission.status === "success" && submission.value).toEqual({
      level: "scoping",
      totalCost: 1_000_000,
      ratePercent: 60,
    });
  });

  it("leaves the rate out when it is empty", () => {
    const submission = form({ level: "production", totalCost: "2 500,50", ratePercent: "" });
    expect(submission.status === "success" && submission.value).toEqual({
      level: "production",
      totalCost: 250_050,
      ratePercent: null,
    });
  });

  it("names each field to correct", () => {
    const submission = form({ level: "cadrage", totalCost: "dix mille", ratePercent: "60,5" });
    expect(submission.error).toEqual({
      level: ["funding.form.error.level"],
      totalCost: ["funding.form.error.totalCost"],
      ratePercent: ["funding.form.error.rate"],
    });
  });

  it("asks for the cost and refuses more than one billion euros", () => {
    expect(form({ level: "scoping" }).error?.totalCost).toEqual([
      "funding.form.error.totalCostRequired",
    ]);
    expect(form({ level: "scoping", totalCost: "1000000001" }).error?.totalCost).toEqual([
      "funding.error.totalCostTooLarge",
    ]);
    expect(
      form({ level: "scoping", totalCost: "10", ratePercent: "101" }).error?.ratePercent,
    ).toEqual(["funding.form.error.rate"]);
  });
});
