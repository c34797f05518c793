// Everything the applicant's space shows, read for one applicant (all queries scoped to them).

import type { Database } from "~/platform/db/types";
import { listActionAxes } from "./action-axes.server";
import type { ApplicantContext } from "./guards.server";
import type { OrganizationRecord } from "./organization-record";
import {
  countOrganizationActivity,
  getOrganizationOfMember,
  listInvitationsForUser,
  listJoinRequestsOfUser,
  listMembers,
  listPendingJoinRequests,
} from "./queries.server";
import type { ApplicantHomeData } from "./ui/applicant-home";

/** Only what the profile summary shows (no authorship, no timestamps). */
export function summaryOf(o: OrganizationRecord) {
  return {
    id: o.id,
    name: o.name,
    siret: o.siret,
    rna: o.rna,
    legalFormCode: o.legalFormCode,
    legalFormChoice: o.legalFormChoice,
    creationDate: o.creationDate,
    addressLine: o.addressLine,
    postcode: o.postcode,
    commune: o.commune,
    departement: o.departement,
    region: o.region,
    essMember: o.essMember,
    esusApproved: o.esusApproved,
    website: o.website,
    employees: o.employees,
    volunteers: o.volunteers,
    budgetBand: o.budgetBand,
    actionAxes: o.actionAxes,
    otherActions: o.otherActions,
  };
}

/** The data of /espace for the signed-in applicant, without the confirmation notice. */
export async function loadApplicantHome(
  db: Database,
  applicant: ApplicantContext,
): Promise<Omit<ApplicantHomeData, "notice">> {
  const { user, memberships, active } = applicant;
  const [invitations, joinRequests, axes] = await Promise.all([
    listInvitationsForUser(db, { userId: user.id, email: user.email }),
    listJoinRequestsOfUser(db, user.id),
    listActionAxes(db),
  ]);
  const base = {
    axes,
    memberships: memberships.map(({ organizationId, organizationName }) => ({
      organizationId,
      organizationName,
    })),
    invitations: invitations.map(({ id, organizationName }) => ({ id, organizationName })),
    joinRequests,
  };
  if (!active) return { ...base, current: null };
  const organizationId = active.organizationId;
  const organization = await getOrganizationOfMember(db, { organizationId, userId: user.id });
  if (!organization) return { ...base, current: null };
  const [members, requests, activity] = await Promise.all([
    listMembers(db, { organizationId, viewerId: user.id }),
    active.role === "owner" ? listPendingJoinRequests(db, { organizationId }) : [],
    countOrganizationActivity(db, { organizationId }),
  ]);
  return {
    ...base,
    current: {
      organization: summaryOf(organization),
      role: active.role,
      memberNames: members.map((member) => member.name),
      pendingJoinRequests: requests.length,
      diagnostics: activity.diagnostics,
      applications: activity.applications,
    },
  };
}
