// Adds a private note to an application's file (issue 13). Notes are staff's only: no applicant
// page, receipt or e-mail ever reads application_notes. Every staff user in scope may write one
// (antenna managers included); the caller's guard checked the scope.
import { and, eq, ne } from "drizzle-orm";
import type { Actor } from "~/features/applications";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError } from "~/platform/commands/outcome";
import type { Database } from "~/platform/db/types";
import { applicationNotes, applications } from "../../../db/schema";

/** Records the note with its audit event; NotFound for a draft or an unknown application. */
export async function addNote(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
  body: string;
  requestId?: string;
}): Promise<{ noteId: string }> {
  const { actor, applicationId } = options;
  return options.db.transaction(async (tx) => {
    const [application] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.id, applicationId), ne(applications.status, "draft")));
    if (!application) return notFoundError(`application ${applicationId}`);
    const [note] = await tx
      .insert(applicationNotes)
      .values({ applicationId, authorId: actor.id, body: options.body })
      .returning({ id: applicationNotes.id });
    if (!note) throw new Error("note not recorded");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "application",
      entityId: applicationId,
      action: "application.note_added",
      after: { noteId: note.id, length: options.body.length },
      requestId: options.requestId,
    });
    return { noteId: note.id };
  });
}
