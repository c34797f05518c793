// What the staff page of one organisation shows (/instruction/structures/:organizationId): its
// members, diagnostics and applications. Each query repeats the staff scope in its `where`
// (examples.md #6) so that it returns nothing outside the asker's reach even if called without
// the guard, and selects only the columns the page shows.

import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { type ApplicationState, applicationStates } from "~/features/applications";
import { type RecommendedLevel, recommendedLevels } from "~/features/diagnostic";
import type { Executor } from "~/platform/db/types";
import {
  applications,
  diagnostics,
  organizationMembers,
  organizations,
  programs,
  user,
} from "../../../db/schema";
import { listActionAxes } from "./action-axes.server";
import { summaryOf } from "./applicant-home.server";
import type { OrganizationRecord } from "./organization-record";
import { type StaffUser, staffOrganizationScope } from "./queries.server";
import { type MemberRole, toMemberRole } from "./rules";
import type { StaffOrganizationPageData } from "./ui/staff-organization-page";

type Scoped = { staff: StaffUser; organizationId: string };

/** Organisation `organizationId`, limited to the staff user's reach. */
function inReach(db: Executor, input: Scoped) {
  return and(eq(organizations.id, input.organizationId), staffOrganizationScope(db, input.staff));
}

export type StaffMemberRow = { name: string; email: string; role: MemberRole };

/** The members of an organisation in the staff user's reach, owners first. */
export async function listMembersForStaff(db: Executor, input: Scoped): Promise<StaffMemberRow[]> {
  const rows = await db
    .select({ name: user.name, email: user.email, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .innerJoin(user, eq(user.id, organizationMembers.userId))
    .where(inReach(db, input))
    .orderBy(
      sql`case when ${organizationMembers.role} = 'owner' then 0 else 1 end`,
      asc(organizationMembers.joinedAt),
    );
  return rows.map((row) => ({ ...row, role: toMemberRole(row.role) }));
}

export type StaffDiagnosticRow = {
  id: string;
  completedAt: Date;
  globalScore: number;
  recommendedLevel: RecommendedLevel | null;
};

/** The completed diagnostics saved to an organisation in the staff user's reach, newest first. */
export async function listDiagnosticsForStaff(
  db: Executor,
  input: Scoped,
): Promise<StaffDiagnosticRow[]> {
  const rows = await db
    .select({
      id: diagnostics.id,
      completedAt: diagnostics.completedAt,
      globalScore: diagnostics.globalScore,
      recommendedLevel: sql<string | null>`${diagnostics.result} ->> 'recommendedLevel'`,
    })
    .from(diagnostics)
    .innerJoin(organizations, eq(organizations.id, diagnostics.organizationId))
    .where(
      and(
        inReach(db, input),
        eq(diagnostics.status, "completed"),
        isNotNull(diagnostics.completedAt),
        isNotNull(diagnostics.globalScore),
      ),
    )
    .orderBy(desc(diagnostics.completedAt));
  return rows.flatMap((row) =>
    row.completedAt && row.globalScore !== null
      ? [
          {
            id: row.id,
            completedAt: row.completedAt,
            globalScore: row.globalScore,
            recommendedLevel: (recommendedLevels as readonly (string | null)[]).includes(
              row.recommendedLevel,
            )
              ? (row.recommendedLevel as RecommendedLevel)
              : null,
          },
        ]
      : [],
  );
}

export type StaffApplicationRow = {
  id: string;
  number: string | null;
  programName: string;
  state: ApplicationState | null;
  submittedAt: Date | null;
};

/** The applications of an organisation in the staff user's reach, newest first. */
export async function listApplicationsForStaff(
  db: Executor,
  input: Scoped,
): Promise<StaffApplicationRow[]> {
  const rows = await db
    .select({
      id: applications.id,
      number: applications.number,
      programName: programs.name,
      status: applications.status,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .innerJoin(programs, eq(programs.id, applications.programId))
    .where(inReach(db, input))
    .orderBy(desc(applications.createdAt));
  return rows.map(({ status, ...row }) => ({
    ...row,
    state: (applicationStates as readonly string[]).includes(status)
      ? (status as ApplicationState)
      : null,
  }));
}

/** Everything the staff page shows about `organization` (already opened by the guard). */
export async function loadStaffOrganizationPage(
  db: Executor,
  input: { staff: StaffUser; organization: OrganizationRecord },
): Promise<StaffOrganizationPageData> {
  const scoped = { staff: input.staff, organizationId: input.organization.id };
  const [axes, members, diagnosticRows, applicationRows] = await Promise.all([
    listActionAxes(db),
    listMembersForStaff(db, scoped),
    listDiagnosticsForStaff(db, scoped),
    listApplicationsForStaff(db, scoped),
  ]);
  return {
    organization: { ...summaryOf(input.organization), siren: input.organization.siren },
    axes,
    members,
    diagnostics: diagnosticRows.map((row) => ({
      ...row,
      completedAt: row.completedAt.toISOString(),
    })),
    applications: applicationRows.map((row) => ({
      ...row,
      submittedAt: row.submittedAt?.toISOString() ?? null,
    })),
  };
}
