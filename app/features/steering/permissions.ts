// Which programmes a steering user reads. Administrators read every programme; a funder reads
// the programmes its funders pay into (an envelope of a funder it follows, `staff_scopes`). Any
// other role never reaches the area (`view:area:steering`), and would read none.
import type { Role } from "~/features/auth";

export type ProgrammeReach = "all" | "funded" | "none";

const reach: Record<Role, ProgrammeReach> = {
  applicant: "none",
  instructor: "none",
  antenna_manager: "none",
  committee_member: "none",
  funder: "funded",
  admin: "all",
};

export function programmeReachOf(role: Role): ProgrammeReach {
  return reach[role];
}
