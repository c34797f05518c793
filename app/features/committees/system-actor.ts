// Who acts in a committees command: a signed-in user (routes), or the system (the daily job that
// prepares the next session from the programme's cadence, jobs/prepare-sessions.ts). The system
// is recorded as no actor (a null actor id in the audit trail and the timeline, "Système" in the
// administrators' journal, like the other jobs) and moves applications with a preparer's role.
import type { Actor } from "~/features/applications";

/** The actor a committees command records: a user's id, or null for the system. */
export type CommandActor = Pick<Actor, "role"> & { readonly id: string | null };

/** The system, preparing a session as instructors do (`prepare:committees`). */
export const systemActor: CommandActor = { id: null, role: "instructor" };
