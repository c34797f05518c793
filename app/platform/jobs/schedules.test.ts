import { describe, expect, it } from "vitest";
import { planSchedules } from "./schedules";

describe("planSchedules", () => {
  it("schedules each job that has a cron, in Europe/Paris", () => {
    const plan = planSchedules(
      [{ name: "send-email" }, { name: "purge", schedule: "15 3 * * *" }],
      [],
    );
    expect(plan).toEqual({
      upsert: [{ name: "purge", cron: "15 3 * * *", timeZone: "Europe/Paris" }],
      remove: [],
    });
  });

  it("unschedules stored schedules whose job no longer has one", () => {
    const plan = planSchedules([{ name: "purge", schedule: "0 4 * * *" }], ["purge", "old-job"]);
    expect(plan.remove).toEqual(["old-job"]);
    expect(plan.upsert.map((schedule) => schedule.name)).toEqual(["purge"]);
  });
});
