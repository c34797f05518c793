/** The roles of the programme (domain.md, "Who uses the software"). */
export const roles = [
  "applicant",
  "instructor",
  "antenna_manager",
  "committee_member",
  "funder",
  "admin",
] as const;

export type Role = (typeof roles)[number];

/** Narrows an unknown value (a database column) to a role; unknown values become applicant. */
export function toRole(value: unknown): Role {
  return (roles as readonly unknown[]).includes(value) ? (value as Role) : "applicant";
}
