/** Which pg-boss schedules a list of job definitions asks for (pure; the queue applies them). */
import { SCHEDULE_TIME_ZONE } from "./define-job";

/** One recurring job as pg-boss stores it: one row per job name. */
export type PlannedSchedule = { name: string; cron: string; timeZone: string };

/** The schedules to upsert and the names to unschedule, given the rows already stored. */
export function planSchedules(
  definitions: readonly { name: string; schedule?: string }[],
  storedNames: readonly string[],
): { upsert: PlannedSchedule[]; remove: string[] } {
  const upsert = definitions.flatMap((job) =>
    job.schedule ? [{ name: job.name, cron: job.schedule, timeZone: SCHEDULE_TIME_ZONE }] : [],
  );
  const wanted = new Set(upsert.map((schedule) => schedule.name));
  const remove = storedNames.filter((name) => !wanted.has(name));
  return { upsert, remove };
}
