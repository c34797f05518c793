import { describe, expect, it } from "vitest";
import { allJobs } from "~/jobs.server";
import { en, fr } from "./messages";

describe("job labels on /admin/taches", () => {
  it.each(allJobs.map((job) => job.name))("names the job %s in French and in English", (name) => {
    const key = `operations.jobs.kind.${name}`;
    expect(fr).toHaveProperty([key]);
    expect(en).toHaveProperty([key]);
  });
});
