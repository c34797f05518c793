// Every morning, prepares the next committee session of each open programme once its agenda day
// (ten days before, in Paris) has come: the session, its members and its draft agenda, and tells
// the preparers (prepare-sessions.server.ts). Idempotent: a programme with a session in that
// month gets none, and the advisory lock makes a second run or instance wait and find it.
import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job";
import { prepareSessions } from "../prepare-sessions.server";

export const prepareSessionsJob = defineJob({
  name: "prepare-committee-sessions",
  payload: z.object({}),
  // Before the 07:00 digests, so that a preparer who chose the digest reads it the same day.
  schedule: "0 6 * * *",
  async handle(_payload, { db, jobs, appUrl, logger }) {
    const prepared = await prepareSessions({ db, jobs, appUrl });
    logger.info(
      { prepared: prepared.length, sessions: prepared.map((session) => session.sessionId) },
      "committee sessions prepared",
    );
  },
});
