// Who may do what with an application (pure, tested over its table). The SQL side of the same
// rules is in queries.server.ts (`memberApplicationScope`) and in the organisations' staff scope.
import { can, type Role } from "~/features/auth";

/** How the reader stands to the application's organisation. */
export type ApplicationRelation = "member" | "staff_in_reach" | "none";

/**
 * An application's files and receipt: its organisation's members, always; staff whose reach
 * covers the organisation and who hold `read:application-files`, once it is submitted.
 */
export function canReadApplicationFiles(
  actor: { role: Role },
  application: { status: string },
  relation: ApplicationRelation,
): boolean {
  if (relation === "member") return true;
  if (relation === "none") return false;
  return can(actor.role, "read:application-files") && application.status !== "draft";
}
