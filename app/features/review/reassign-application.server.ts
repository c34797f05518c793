// Reassigns an application (antenna and person, reason required) in any state but a final one.
// Not a state change: no timeline entry, an audit event application.reassigned with before and
// after. The person given the file is told (notifyUser, kind "application_assigned"), unless it
// is the actor. One transaction.
import { and, eq } from "drizzle-orm";
import { type Actor, isApplicationState, isTerminal } from "~/features/applications";
import { can, type Role } from "~/features/auth";
import { notifyUser } from "~/features/notifications/index.server";
import { appendAuditEvent } from "~/platform/audit.server";
import { notFoundError, refuse } from "~/platform/commands/outcome";
import type { Database, Transaction } from "~/platform/db/types";
import type { JobQueue } from "~/platform/jobs/queue.server";
import { antennas, applications, organizations, staffScopes, user } from "../../../db/schema";
import { assignedEmail } from "./emails/assigned";

/** May `person` (role, antennas run) follow a file of `antennaId`? */
async function mayFollow(tx: Transaction, personId: string, antennaId: string): Promise<boolean> {
  const [person] = await tx.select({ role: user.role }).from(user).where(eq(user.id, personId));
  if (!person) return false;
  if (can(person.role as Role, "review:applications")) return true;
  if (person.role !== "antenna_manager") return false;
  const [scope] = await tx
    .select({ id: staffScopes.id })
    .from(staffScopes)
    .where(and(eq(staffScopes.userId, personId), eq(staffScopes.antennaId, antennaId)));
  return scope !== undefined;
}

export async function reassignApplication(options: {
  db: Database;
  jobs: JobQueue;
  actor: Actor;
  applicationId: string;
  antennaId: string;
  assigneeId: string | null;
  reason: string;
  appUrl: string;
  requestId?: string;
}): Promise<{ notified: boolean }> {
  const { db, actor, applicationId, antennaId, assigneeId } = options;
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select({
        status: applications.status,
        programId: applications.programId,
        number: applications.number,
        antennaId: applications.antennaId,
        assignedTo: applications.assignedTo,
        organizationId: applications.organizationId,
      })
      .from(applications)
      .where(eq(applications.id, applicationId))
      .for("update");
    if (!application) return notFoundError(`application ${applicationId}`);
    if (!isApplicationState(application.status) || isTerminal(application.status)) {
      return refuse({ code: "closed", message: "review.actions.reassign.closed" });
    }
    const [antenna] = await tx
      .select({ id: antennas.id })
      .from(antennas)
      .where(and(eq(antennas.id, antennaId), eq(antennas.programId, application.programId)));
    if (!antenna) {
      return refuse({
        code: "unknown_antenna",
        message: "review.actions.reassign.error.unknownAntenna",
        field: "antennaId",
      });
    }
    if (assigneeId !== null && !(await mayFollow(tx, assigneeId, antennaId))) {
      return refuse({
        code: "unknown_person",
        message: "review.actions.reassign.error.unknownPerson",
        field: "assigneeId",
      });
    }
    await tx
      .update(applications)
      .set({ antennaId, assignedTo: assigneeId, updatedAt: new Date() })
      .where(eq(applications.id, applicationId));
    await appendAuditEvent(tx, {
      actorId: actor.id,
      entityType: "application",
      entityId: applicationId,
      action: "application.reassigned",
      before: { antennaId: application.antennaId, assignedTo: application.assignedTo },
      after: { antennaId, assignedTo: assigneeId, reason: options.reason },
      requestId: options.requestId,
    });
    if (assigneeId === null || assigneeId === actor.id || assigneeId === application.assignedTo) {
      return { notified: false };
    }
    const [assignee] = await tx
      .select({ email: user.email })
      .from(user)
      .where(eq(user.id, assigneeId));
    const [organization] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, application.organizationId));
    if (!assignee) return { notified: false };
    const url = `${options.appUrl}/instruction/candidatures/${applicationId}`;
    const mail = assignedEmail({
      number: application.number ?? "",
      organizationName: organization?.name ?? "",
      actorName: actor.name,
      reason: options.reason,
      url,
    });
    await notifyUser(tx, options.jobs, {
      userId: assigneeId,
      email: assignee.email,
      kind: "application_assigned",
      mail,
      digestLine: mail.subject,
      url,
    });
    return { notified: true };
  });
}
