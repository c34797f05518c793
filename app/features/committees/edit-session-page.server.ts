// What the edit page of a session shows (/comites/:sessionId/modifier): its title, status and
// programme, its current values in Paris time, and whether it may still change.
import { eq } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { zonedParts } from "~/platform/format/dates";
import { programs } from "../../../db/schema";
import { type SessionRow, stateOf } from "./queries.server";
import { sessionDetailsEditable } from "./session-state";
import type { EditSessionPageData } from "./ui/edit-session-page";

export async function loadEditSessionPage(
  db: Executor,
  session: SessionRow,
): Promise<EditSessionPageData> {
  const [programme] = await db
    .select({ name: programs.name })
    .from(programs)
    .where(eq(programs.id, session.programId));
  const { date, time } = zonedParts(session.startsAt);
  const state = stateOf(session);
  return {
    session: {
      id: session.id,
      startsAt: session.startsAt.toISOString(),
      status: state,
      programName: programme?.name ?? "",
    },
    values: {
      date,
      time,
      place: session.place ?? "",
      videoUrl: session.videoUrl ?? "",
      minFunderPresent: String(session.minFunderPresent),
      minOperatorPresent: String(session.minOperatorPresent),
    },
    editable: sessionDetailsEditable(state),
  };
}
