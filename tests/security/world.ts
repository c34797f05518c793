/**
 * The data the security suites attack (tests/security/access-matrix.ts describes it): two
 * organisations A and B with their owners, A's draft, submitted application (attachments,
 * receipt), diagnostic, second member and invitation, an instructor's finished export, and one
 * signed-in cookie per persona. Built through the factories and the app's own commands.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import {
  addItem,
  changeSessionStatus,
  closeSession,
  decideItem,
  declareConflict,
} from "~/features/committees/index.server";
import { activeOrganizationCookie } from "~/features/organizations/guards.server";
import { inviteMember } from "~/features/organizations/index.server";
import { feedbackLink, recordMilestone } from "~/features/supports/index.server";
import type { Services } from "~/services.server";
import * as exportNewRoute from "../../app/routes/review/export-new";
import {
  applicationAttachments,
  auditEvents,
  exports,
  funders,
  staffScopes,
} from "../../db/schema";
import {
  buildApplicant,
  buildDraft,
  completeSteps,
  digitessProgramId,
  samplePdf,
} from "../factories/applications";
import { buildCommitteeSession } from "../factories/committees";
import { buildDiagnostic } from "../factories/diagnostics";
import { addMember } from "../factories/organizations";
import { buildProgramme } from "../factories/programs";
import {
  buildAntennaManager,
  buildSubmittedApplication,
  digitessAntennaId,
} from "../factories/review";
import { buildSupport } from "../factories/supports";
import { buildUser } from "../factories/users";
import { createRouteClient, joinCookies } from "../support/route-client";
import { signIn, signInAs } from "../support/sessions";
import { eventually } from "../support/test-services";
import type { PersonaName } from "./access-matrix";

export const ORGANIZATION_A_NAME = "Les Amis du Quartier Alpha";
export const ORGANIZATION_B_NAME = "Collectif Bêta des Pentes";

export type World = {
  /** The cookie header of each persona ("" for the anonymous visitor). */
  cookies: Record<PersonaName, string>;
  /** The user id of each signed-in persona. */
  userIds: Partial<Record<PersonaName, string>>;
  /** The values of the placeholders (`{orgA}` → ids, tokens). */
  ids: {
    orgA: string;
    orgB: string;
    submitted: string;
    submittedNumber: string;
    draft: string;
    attachment: string;
    memberA: string;
    invitationId: string;
    invitationToken: string;
    diagnosticId: string;
    diagnosticToken: string;
    diagnosticTokenB: string;
    anonymousToken: string;
    export: string;
    committeeSession: string;
    conflictedItem: string;
    committeeItem: string;
    closedSession: string;
    programId: string;
    lyonAntenna: string;
    support: string;
    deliverable: string;
    feedbackToken: string;
  };
};

/** Builds the world on `services` (a fresh test database). */
export async function buildWorld(services: Services): Promise<World> {
  const { db } = services;
  const client = createRouteClient(services);

  // Organisation A: a submitted application (statutes and accounts attached), a draft, a member.
  const submitted = await buildSubmittedApplication(services, {
    organizationName: ORGANIZATION_A_NAME,
  });
  const orgA = submitted.organizationId;
  const ownerA = submitted.applicant;
  const draft = await buildDraft(db, {
    organizationId: orgA,
    createdBy: ownerA.id,
    data: completeSteps({ "1": { name: ORGANIZATION_A_NAME } }),
  });
  const [attachment] = await db
    .select({ id: applicationAttachments.id })
    .from(applicationAttachments)
    .where(eq(applicationAttachments.applicationId, submitted.applicationId));
  if (!attachment) throw new Error("the submitted application has no attachment");
  const memberA = await buildUser(db, {
    email: `membre-a-${randomUUID()}@exemple.fr`,
    name: "Membre de A",
  });
  await addMember(db, { organizationId: orgA, userId: memberA });
  const invitation = await inviteMember({
    db,
    jobs: services.jobs,
    appUrl: services.env.APP_URL,
    actor: { id: ownerA.id, name: ownerA.name },
    organizationId: orgA,
    email: `invitee-${randomUUID()}@exemple.fr`,
    requestId: null,
  });
  const diagnostic = await buildDiagnostic(db, {
    organizationId: orgA,
    createdBy: ownerA.id,
    employees: 2,
  });
  const anonymous = await buildDiagnostic(db, { completed: false, answers: {} });

  // Organisation B, whose browser names A as its active organisation (a forged cookie) and
  // keeps a completed diagnostic of its own waiting to be saved.
  const applicantB = await buildApplicant(db, {
    name: "Bruno Bêta",
    organizationName: ORGANIZATION_B_NAME,
  });
  const diagnosticB = await buildDiagnostic(db, {});
  const forgedActive = (await activeOrganizationCookie.serialize(orgA)).split(";")[0] ?? "";

  // Staff.
  const instructor = await signInAs(services, { role: "instructor", name: "Inès Instructrice" });
  const lyonManager = await buildAntennaManager(db, "Lyon");
  const committee = await signInAs(services, { role: "committee_member", name: "Paul Comité" });
  const conflicted = await signInAs(services, {
    role: "committee_member",
    name: "Hélène Conflit",
  });
  const funder = await signInAs(services, { role: "funder", name: "Claire Financeuse" });
  const admin = await signInAs(services, { role: "admin", name: "Alex Admin" });
  // The funder follows a funder of another programme only.
  await buildProgramme(db, {
    slug: "autre-programme",
    name: "Autre programme",
    antennas: [],
    envelopes: [
      {
        funderName: "Fondation d'un autre programme",
        funderDescription: "Finance un autre programme",
        amountCents: 100_000_00,
      },
    ],
  });
  const [otherFunder] = await db
    .select({ id: funders.id })
    .from(funders)
    .where(eq(funders.name, "Fondation d'un autre programme"));
  if (!otherFunder) throw new Error("no funder of the other programme");
  await db.insert(staffScopes).values({ userId: funder.id, funderId: otherFunder.id });

  const cookies: Record<PersonaName, string> = {
    anonymous: "",
    applicantA: await signIn(services, submitted.email),
    applicantB: joinCookies(
      await signIn(services, applicantB.email),
      forgedActive,
      `digitess_diagnostic=${diagnosticB.token}`,
    ),
    instructor: instructor.cookie,
    otherAntennaManager: await signIn(services, lyonManager.email),
    committeeMember: committee.cookie,
    conflictedMember: conflicted.cookie,
    otherFunder: funder.cookie,
    admin: admin.cookie,
  };

  // The instructor's export of the inbox, written by its job.
  const requested = await client.call(exportNewRoute.action, {
    path: "/instruction/exports/nouvelle",
    cookie: cookies.instructor,
    headers: { origin: services.env.APP_URL },
    form: { columns: ["number", "status", "organization"], format: "csv" },
  });
  const exportId = /^\/instruction\/exports\/([0-9a-f-]{36})$/.exec(requested.location ?? "")?.[1];
  if (!exportId) throw new Error(`the export was not requested: ${requested.status}`);
  await eventually(async () => {
    const [row] = await db
      .select({ status: exports.status })
      .from(exports)
      .where(eq(exports.id, exportId));
    if (row?.status === "failed") throw new Error("the export failed");
    return row?.status === "done";
  }, 30_000);

  // A planned committee session of the two committee member personas, with two items
  // (applications of two other organisations, added by the real agenda command); the conflicted
  // member declared a conflict of interest on the first (issue 14).
  const committeeSession = await buildCommitteeSession(db, {
    members: [
      { userId: committee.id, side: "funder" },
      { userId: conflicted.id, side: "operator" },
    ],
  });
  const itemIds: string[] = [];
  for (const organizationName of ["Gamma Comité Solidaire", "Delta Comité Entraide"]) {
    const ready = await buildSubmittedApplication(services, {
      organizationName,
      status: "ready_for_committee",
    });
    const { itemId } = await addItem({
      db,
      actor: instructor,
      sessionId: committeeSession,
      applicationId: ready.applicationId,
    });
    itemIds.push(itemId);
  }
  await declareConflict({
    db,
    actor: conflicted,
    sessionId: committeeSession,
    itemId: itemIds[0] as string,
  });

  // A closed session of the same two members (issue 14, closing documents), built through the
  // real commands: one item, another organisation's application, on which the conflicted member
  // declared a conflict; decided (postponed) by the funder-side member alone (an operator-side
  // quorum of 0), then closed. Its minutes are downloadable; the conflicted member's copy leaves
  // the item out.
  const closedSession = await buildCommitteeSession(db, {
    members: [
      { userId: committee.id, side: "funder", present: true },
      { userId: conflicted.id, side: "operator", present: true },
    ],
    minOperatorPresent: 0,
  });
  const closedReady = await buildSubmittedApplication(services, {
    organizationName: "Epsilon Comité Clos",
    status: "ready_for_committee",
  });
  const { itemId: closedItem } = await addItem({
    db,
    actor: instructor,
    sessionId: closedSession,
    applicationId: closedReady.applicationId,
  });
  await declareConflict({ db, actor: conflicted, sessionId: closedSession, itemId: closedItem });
  for (const action of ["open_pre_review", "start_session"] as const) {
    await changeSessionStatus({
      db,
      jobs: services.jobs,
      actor: instructor,
      sessionId: closedSession,
      action,
    });
  }
  await decideItem({
    db,
    actor: committee,
    sessionId: closedSession,
    itemId: closedItem,
    input: { outcome: "postponed", missing: "Le budget 2027.", amendmentReason: null },
  });
  await closeSession({
    db,
    jobs: services.jobs,
    actor: committee,
    sessionId: closedSession,
    appUrl: services.env.APP_URL,
  });
  // Its documents job stores the minutes and the letter and writes an audit event: wait for it,
  // so that no table changes under the suites' before/after comparisons.
  await eventually(async () => {
    const marks = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "committee_item.decision_mailed"),
          eq(auditEvents.entityId, closedItem),
        ),
      );
    return marks.length > 0;
  }, 30_000);

  // Supports (issue 15): one in progress at the Marseille antenna (the Lyon manager is a
  // stranger to it), with a deliverable and its file recorded through the real command; and a
  // closed one whose structure's owner holds a survey link.
  const delivering = await buildSupport(services, {
    organizationName: "Zêta Accompagnée",
    status: "in_progress",
    antennaCity: "Marseille",
  });
  const { id: deliverable } = await recordMilestone({
    db,
    storage: services.storage,
    actor: admin,
    supportId: delivering.supportId,
    input: {
      kind: "deliverable",
      title: "Rapport de cadrage",
      happenedOn: "2026-11-20",
      note: "",
      file: new File([samplePdf("Rapport")], "Rapport.pdf", { type: "application/pdf" }),
    },
  });
  const surveyed = await buildSupport(services, { organizationName: "Êta Questionnée" });
  const survey = feedbackLink({
    appUrl: services.env.APP_URL,
    secret: services.env.BETTER_AUTH_SECRET,
    supportId: surveyed.supportId,
    userId: surveyed.ownerId,
    issuedAt: new Date(),
  });

  return {
    cookies,
    userIds: {
      applicantA: ownerA.id,
      applicantB: applicantB.actor.id,
      instructor: instructor.id,
      otherAntennaManager: lyonManager.id,
      committeeMember: committee.id,
      conflictedMember: conflicted.id,
      otherFunder: funder.id,
      admin: admin.id,
    },
    ids: {
      orgA,
      orgB: applicantB.organizationId,
      submitted: submitted.applicationId,
      submittedNumber: submitted.number,
      draft,
      attachment: attachment.id,
      memberA,
      invitationId: invitation.invitationId,
      invitationToken: invitation.token,
      diagnosticId: diagnostic.id,
      diagnosticToken: diagnostic.token,
      diagnosticTokenB: diagnosticB.token,
      anonymousToken: anonymous.token,
      export: exportId,
      committeeSession,
      conflictedItem: itemIds[0] as string,
      committeeItem: itemIds[1] as string,
      closedSession,
      programId: await digitessProgramId(db),
      lyonAntenna: await digitessAntennaId(db, "Lyon"),
      support: delivering.supportId,
      deliverable,
      feedbackToken: survey.token,
    },
  };
}

/** Fills `{name}` placeholders with the world's ids; an unknown one is an error. */
export function fill(text: string, world: World): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = (world.ids as Record<string, string>)[name];
    if (value === undefined) throw new Error(`unknown placeholder {${name}}`);
    return value;
  });
}

/** Fills the placeholders of every string in a JSON-like value. */
export function fillDeep<T>(value: T, world: World): T {
  if (typeof value === "string") return fill(value, world) as T;
  if (Array.isArray(value)) return value.map((item) => fillDeep(item, world)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillDeep(item, world)]),
    ) as T;
  }
  return value;
}
