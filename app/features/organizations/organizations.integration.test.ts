import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFound, Refusal } from "~/platform/commands/outcome";
import type { Services } from "~/services.server";
import { auditEvents, organizationInvitations, organizations } from "../../../db/schema";
import {
  addMember,
  buildAntennaScope,
  buildOrganization,
} from "../../../tests/factories/organizations";
import { buildUser } from "../../../tests/factories/users";
import { waitForMail } from "../../../tests/support/mail";
import { createTestServices } from "../../../tests/support/test-services";
import { acceptInvitation } from "./accept-invitation.server";
import { createOrganization } from "./create-organization.server";
import { decideJoinRequest } from "./decide-join-request.server";
import { inviteMember } from "./invite-member.server";
import { leaveOrganization } from "./leave-organization.server";
import { buildOrganizationProfileSchema } from "./organization-profile.schema";
import {
  getOrganizationForStaff,
  getOrganizationOfMember,
  listInvitationsForUser,
  listMembers,
  listMembershipsOfUser,
  listOrganizationsForStaff,
  listPendingJoinRequests,
} from "./queries.server";
import { removeMember } from "./remove-member.server";
import { requestToJoin } from "./request-to-join.server";
import { revokeInvitation } from "./revoke-invitation.server";
import { transferOwnership } from "./transfer-ownership.server";
import { updateOrganization } from "./update-organization.server";

let services: Services & { dataDir: string };
const appUrl = "http://localhost:3999";

beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services?.close();
});

const schema = buildOrganizationProfileSchema();
let serial = 0;

/** A valid profile; each call gets its own SIRET unless one is given. */
function profile(overrides: Record<string, unknown> = {}) {
  serial += 1;
  const nic = String(serial).padStart(4, "0");
  // 8 digits + a Luhn check digit make a valid SIREN; a NIC + check digit, a valid SIRET.
  const siren = (700000000 + serial * 37).toString();
  return schema.parse({
    name: `Association ${serial}`,
    siret: withCheckDigit(`${withCheckDigit(siren.slice(0, 8))}${nic}`),
    legalForm: "9220",
    creationDate: "2015-06-15",
    postcode: "13001",
    commune: "Marseille",
    employees: "1",
    volunteers: "5",
    annualBudgetBand: "under_10k",
    actionAxes: ["housing"],
    ...overrides,
  });
}

function withCheckDigit(payload: string): string {
  let sum = 0;
  for (let index = 0; index < payload.length; index += 1) {
    let digit = Number(payload[payload.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return payload + String((10 - (sum % 10)) % 10);
}

let userSerial = 0;
async function person(
  name = "Personne",
  role:
    | "applicant"
    | "instructor"
    | "antenna_manager"
    | "funder"
    | "admin"
    | "committee_member" = "applicant",
) {
  userSerial += 1;
  const email = `personne${userSerial}-${Date.now()}@exemple.fr`;
  const id = await buildUser(services.db, { email, name: `${name} ${userSerial}`, role });
  return { id, email, name: `${name} ${userSerial}`, role };
}

async function auditActions(organizationId: string): Promise<string[]> {
  const rows = await services.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(
      and(eq(auditEvents.entityType, "organization"), eq(auditEvents.entityId, organizationId)),
    )
    .orderBy(asc(auditEvents.id));
  return rows.map((row) => row.action);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Refusal) return error.code;
    if (error instanceof NotFound) return "not_found";
    throw error;
  }
  throw new Error("the command was not refused");
}

describe("registering an organisation", () => {
  it("creates it with its creator as owner and an audit event, région derived offline", async () => {
    const nadia = await person("Nadia");
    const { organizationId } = await createOrganization({
      db: services.db,
      actorId: nadia.id,
      profile: profile({ postcode: "97400", commune: "Saint-Denis" }),
      requestId: "req-create",
    });
    expect(await listMembershipsOfUser(services.db, nadia.id)).toEqual([
      { organizationId, organizationName: expect.any(String), role: "owner" },
    ]);
    const organization = await getOrganizationOfMember(services.db, {
      organizationId,
      userId: nadia.id,
    });
    expect(organization).toMatchObject({ departement: "974", region: "La Réunion" });
    const [event] = await services.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, organizationId));
    expect(event).toMatchObject({
      actorId: nadia.id,
      action: "organization.created",
      requestId: "req-create",
    });
  });

  it("refuses a SIREN registered already; the second person asks to join and an owner accepts", async () => {
    const nadia = await person("Nadia");
    const paul = await person("Paul");
    const first = profile();
    const { organizationId } = await createOrganization({
      db: services.db,
      actorId: nadia.id,
      profile: first,
    });
    // Another establishment (another SIRET) of the same SIREN is the same organisation.
    const sameSiren = `${first.siret?.slice(0, 9)}0009`;
    const error = await createOrganization({
      db: services.db,
      actorId: paul.id,
      profile: { ...first, siret: withCheckDigit(sameSiren) },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Refusal);
    expect(error).toMatchObject({ code: "already_registered", details: { organizationId } });
    expect(
      await services.db
        .select()
        .from(organizations)
        .where(eq(organizations.siren, first.siret?.slice(0, 9) ?? "")),
    ).toHaveLength(1);

    const { joinRequestId } = await requestToJoin({
      db: services.db,
      jobs: services.jobs,
      appUrl,
      actor: paul,
      organizationId,
      message: "Je suis le trésorier.",
    });
    const ownerMail = await waitForMail(services.outboxDir as string, nadia.email, "demande");
    expect(ownerMail.text).toContain("Je suis le trésorier.");
    expect(ownerMail.link).toBe(`${appUrl}/espace/membres`);
    expect(
      await refusal(
        requestToJoin({
          db: services.db,
          jobs: services.jobs,
          appUrl,
          actor: paul,
          organizationId,
        }),
      ),
    ).toBe("already_requested");
    expect(await listPendingJoinRequests(services.db, { organizationId })).toHaveLength(1);

    // Only an owner decides.
    expect(
      await refusal(
        decideJoinRequest({
          db: services.db,
          jobs: services.jobs,
          appUrl,
          actorId: paul.id,
          organizationId,
          joinRequestId,
          decision: "accept",
        }),
      ),
    ).toBe("not_found");
    await decideJoinRequest({
      db: services.db,
      jobs: services.jobs,
      appUrl,
      actorId: nadia.id,
      organizationId,
      joinRequestId,
      decision: "accept",
    });
    expect(
      (await listMembers(services.db, { organizationId, viewerId: paul.id })).map((m) => [
        m.name,
        m.role,
      ]),
    ).toEqual([
      [nadia.name, "owner"],
      [paul.name, "member"],
    ]);
    await waitForMail(services.outboxDir as string, paul.email, "Vous avez rejoint");
    expect(
      await refusal(
        decideJoinRequest({
          db: services.db,
          jobs: services.jobs,
          appUrl,
          actorId: nadia.id,
          organizationId,
          joinRequestId,
          decision: "decline",
        }),
      ),
    ).toBe("stale");
    expect(
      await refusal(
        requestToJoin({
          db: services.db,
          jobs: services.jobs,
          appUrl,
          actor: paul,
          organizationId,
        }),
      ),
    ).toBe("already_member");
    expect(await auditActions(organizationId)).toEqual([
      "organization.created",
      "organization.join_requested",
      "organization.join_accepted",
    ]);
  });

  it("tells a declined requester and leaves them out", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db);
    const claire = await person("Claire");
    const { joinRequestId } = await requestToJoin({
      db: services.db,
      jobs: services.jobs,
      appUrl,
      actor: claire,
      organizationId,
    });
    await decideJoinRequest({
      db: services.db,
      jobs: services.jobs,
      appUrl,
      actorId: ownerId,
      organizationId,
      joinRequestId,
      decision: "decline",
    });
    const mail = await waitForMail(services.outboxDir as string, claire.email, "Votre demande");
    expect(mail.text).toContain("n'ont pas accepté");
    expect(await listMembershipsOfUser(services.db, claire.id)).toEqual([]);
    expect(await auditActions(organizationId)).toEqual([
      "organization.join_requested",
      "organization.join_declined",
    ]);
  });

  it("also refuses an RNA number registered already", async () => {
    const owner = await person();
    await createOrganization({
      db: services.db,
      actorId: owner.id,
      profile: profile({ siret: "", rna: "W751000001" }),
    });
    const other = await person();
    expect(
      await refusal(
        createOrganization({
          db: services.db,
          actorId: other.id,
          profile: profile({ rna: "W751000001" }),
        }),
      ),
    ).toBe("already_registered");
  });
});

describe("editing the profile", () => {
  it("lets members edit, records the changed fields, refuses another organisation's SIRET", async () => {
    const owner = await person();
    const member = await person();
    const original = profile();
    const { organizationId } = await createOrganization({
      db: services.db,
      actorId: owner.id,
      profile: original,
    });
    await addMember(services.db, { organizationId, userId: member.id });
    const result = await updateOrganization({
      db: services.db,
      actorId: member.id,
      organizationId,
      profile: { ...original, name: "Nouveau nom", volunteers: 40 },
    });
    expect(result).toEqual({ changed: true });
    const [event] = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, organizationId),
          eq(auditEvents.action, "organization.updated"),
        ),
      );
    expect(event?.before).toEqual({ name: original.name, volunteers: 5 });
    expect(event?.after).toEqual({ name: "Nouveau nom", volunteers: 40 });

    // Saving without a change writes nothing.
    expect(
      await updateOrganization({
        db: services.db,
        actorId: member.id,
        organizationId,
        profile: { ...original, name: "Nouveau nom", volunteers: 40 },
      }),
    ).toEqual({ changed: false });

    const other = profile();
    await createOrganization({ db: services.db, actorId: (await person()).id, profile: other });
    const conflict = await updateOrganization({
      db: services.db,
      actorId: owner.id,
      organizationId,
      profile: { ...original, siret: other.siret },
    }).catch((caught: unknown) => caught);
    expect(conflict).toMatchObject({ code: "already_registered", field: "siret" });

    const stranger = await person();
    expect(
      await refusal(
        updateOrganization({
          db: services.db,
          actorId: stranger.id,
          organizationId,
          profile: original,
        }),
      ),
    ).toBe("not_found");
    expect(await auditActions(organizationId)).toEqual([
      "organization.created",
      "organization.updated",
    ]);
  });
});

describe("invitations", () => {
  it("invite by e-mail, accept with the mailed link once, and record it", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db, { name: "Le Toit" });
    const guest = await person("Invitée");
    const { token } = await inviteMember({
      db: services.db,
      jobs: services.jobs,
      appUrl,
      actor: { id: ownerId, name: "Nadia Martin" },
      organizationId,
      email: guest.email.toUpperCase(),
    });
    const mail = await waitForMail(services.outboxDir as string, guest.email, "Invitation");
    expect(mail.subject).toBe("Invitation à rejoindre Le Toit sur Digit'ESS");
    expect(mail.link).toBe(`${appUrl}/invitation/${token}`);
    // Only the hash of the token is stored.
    const stored = await services.db
      .select()
      .from(organizationInvitations)
      .where(eq(organizationInvitations.organizationId, organizationId));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toContain(token);
    expect(stored[0]?.email).toBe(guest.email);

    const accepted = await acceptInvitation({
      db: services.db,
      actor: guest,
      invitation: { token },
    });
    expect(accepted).toEqual({ organizationId, alreadyMember: false });
    expect(await listMembershipsOfUser(services.db, guest.id)).toMatchObject([
      { organizationId, role: "member" },
    ]);
    const someoneElse = await person();
    expect(
      await refusal(
        acceptInvitation({ db: services.db, actor: someoneElse, invitation: { token } }),
      ),
    ).toBe("stale");
    expect(
      await refusal(
        acceptInvitation({ db: services.db, actor: someoneElse, invitation: { token: "faux" } }),
      ),
    ).toBe("not_found");
    expect(
      await refusal(
        inviteMember({
          db: services.db,
          jobs: services.jobs,
          appUrl,
          actor: { id: ownerId, name: "Nadia" },
          organizationId,
          email: guest.email,
        }),
      ),
    ).toBe("already_member");
    expect(await auditActions(organizationId)).toEqual([
      "organization.member_invited",
      "organization.invitation_accepted",
    ]);
  });

  it("can be accepted only by the invited address, not by another signed-in account", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db);
    const carol = await person("Carol");
    const dave = await person("Dave");
    const { token } = await inviteMember({
      db: services.db,
      jobs: services.jobs,
      appUrl,
      actor: { id: ownerId, name: "Nadia" },
      organizationId,
      email: carol.email,
    });
    expect(
      await refusal(acceptInvitation({ db: services.db, actor: dave, invitation: { token } })),
    ).toBe("other_address");
    expect(await listMembershipsOfUser(services.db, dave.id)).toEqual([]);
    // The link still works for Carol.
    await acceptInvitation({ db: services.db, actor: carol, invitation: { token } });
    expect(await listMembershipsOfUser(services.db, carol.id)).toMatchObject([
      { organizationId, role: "member" },
    ]);
  });

  it("replace the pending invitation to the same address, expire, and can be revoked", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db);
    const guest = await person();
    const invite = (now?: Date) =>
      inviteMember({
        db: services.db,
        jobs: services.jobs,
        appUrl,
        actor: { id: ownerId, name: "Nadia" },
        organizationId,
        email: guest.email,
        now,
      });
    const old = await invite(new Date("2026-01-01T10:00:00Z"));
    const fresh = await invite();
    expect(
      await refusal(
        acceptInvitation({ db: services.db, actor: guest, invitation: { token: old.token } }),
      ),
    ).toBe("stale");
    // An expired invitation (the old one would have been anyway: 14 days).
    expect(
      await refusal(
        acceptInvitation({
          db: services.db,
          actor: guest,
          invitation: { token: fresh.token },
          now: new Date(Date.now() + 15 * 24 * 60 * 60 * 1000),
        }),
      ),
    ).toBe("stale");
    // The invitee sees it in their space, and may accept from there (same verified address).
    expect(
      await listInvitationsForUser(services.db, { userId: guest.id, email: guest.email }),
    ).toEqual([
      { id: fresh.invitationId, organizationId, organizationName: "Association de test" },
    ]);
    const member = await person();
    await addMember(services.db, { organizationId, userId: member.id });
    expect(
      await refusal(
        revokeInvitation({
          db: services.db,
          actorId: member.id,
          organizationId,
          invitationId: fresh.invitationId,
        }),
      ),
    ).toBe("not_owner");
    await revokeInvitation({
      db: services.db,
      actorId: ownerId,
      organizationId,
      invitationId: fresh.invitationId,
    });
    expect(
      await refusal(
        acceptInvitation({ db: services.db, actor: guest, invitation: { id: fresh.invitationId } }),
      ),
    ).toBe("stale");
    expect(
      await listInvitationsForUser(services.db, { userId: guest.id, email: guest.email }),
    ).toEqual([]);
    expect(await auditActions(organizationId)).toEqual([
      "organization.member_invited",
      "organization.member_invited",
      "organization.invitation_revoked",
    ]);
  });

  it("accepted from the space only by the person it was sent to", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db);
    const guest = await person();
    const { invitationId } = await inviteMember({
      db: services.db,
      jobs: services.jobs,
      appUrl,
      actor: { id: ownerId, name: "Nadia" },
      organizationId,
      email: guest.email,
    });
    const intruder = await person();
    expect(
      await refusal(
        acceptInvitation({ db: services.db, actor: intruder, invitation: { id: invitationId } }),
      ),
    ).toBe("not_found");
    await acceptInvitation({ db: services.db, actor: guest, invitation: { id: invitationId } });
    expect(await listMembershipsOfUser(services.db, guest.id)).toHaveLength(1);
  });

  it("at most 20 a day per organisation, and 10 requests to join a day per person", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db);
    const invite = (index: number) =>
      inviteMember({
        db: services.db,
        jobs: services.jobs,
        appUrl,
        actor: { id: ownerId, name: "Nadia" },
        organizationId,
        email: `invite${index}@exemple.fr`,
      });
    for (let index = 0; index < 20; index += 1) await invite(index);
    expect(await refusal(invite(20))).toBe("too_many");

    const requester = await person();
    const ask = async () => {
      const { organizationId: target } = await buildOrganization(services.db);
      return requestToJoin({
        db: services.db,
        jobs: services.jobs,
        appUrl,
        actor: requester,
        organizationId: target,
      });
    };
    for (let index = 0; index < 10; index += 1) await ask();
    expect(await refusal(ask())).toBe("too_many");
  });

  it("only owners invite", async () => {
    const { organizationId } = await buildOrganization(services.db);
    const member = await person();
    await addMember(services.db, { organizationId, userId: member.id });
    expect(
      await refusal(
        inviteMember({
          db: services.db,
          jobs: services.jobs,
          appUrl,
          actor: { id: member.id, name: "M" },
          organizationId,
          email: "x@exemple.fr",
        }),
      ),
    ).toBe("not_owner");
  });
});

describe("members leaving, removed, and ownership", () => {
  it("the last owner cannot leave; after transferring ownership they can", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db);
    const member = await person();
    await addMember(services.db, { organizationId, userId: member.id });
    expect(
      await refusal(leaveOrganization({ db: services.db, actorId: ownerId, organizationId })),
    ).toBe("last_owner");
    expect(
      await refusal(
        transferOwnership({
          db: services.db,
          actorId: member.id,
          organizationId,
          targetUserId: ownerId,
        }),
      ),
    ).toBe("not_owner");
    await transferOwnership({
      db: services.db,
      actorId: ownerId,
      organizationId,
      targetUserId: member.id,
    });
    const roles = (await listMembers(services.db, { organizationId, viewerId: ownerId })).map(
      (m) => [m.userId, m.role],
    );
    expect(roles).toEqual([
      [member.id, "owner"],
      [ownerId, "member"],
    ]);
    await leaveOrganization({ db: services.db, actorId: ownerId, organizationId });
    expect(await listMembershipsOfUser(services.db, ownerId)).toEqual([]);
    expect(
      await refusal(leaveOrganization({ db: services.db, actorId: ownerId, organizationId })),
    ).toBe("not_found");
    expect(await auditActions(organizationId)).toEqual([
      "organization.ownership_transferred",
      "organization.member_left",
    ]);
  });

  it("an owner removes a member; a member removes nobody", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db);
    const first = await person();
    const second = await person();
    await addMember(services.db, { organizationId, userId: first.id });
    await addMember(services.db, { organizationId, userId: second.id });
    expect(
      await refusal(
        removeMember({
          db: services.db,
          actorId: first.id,
          organizationId,
          targetUserId: second.id,
        }),
      ),
    ).toBe("not_owner");
    expect(
      await refusal(
        removeMember({ db: services.db, actorId: ownerId, organizationId, targetUserId: ownerId }),
      ),
    ).toBe("self");
    await removeMember({
      db: services.db,
      actorId: ownerId,
      organizationId,
      targetUserId: first.id,
    });
    expect(await listMembershipsOfUser(services.db, first.id)).toEqual([]);
    expect(await auditActions(organizationId)).toEqual(["organization.member_removed"]);
  });

  it("a user may belong to several organisations", async () => {
    const nadia = await person();
    const a = await buildOrganization(services.db, { name: "A", ownerId: nadia.id });
    const b = await buildOrganization(services.db, { name: "B" });
    await addMember(services.db, { organizationId: b.organizationId, userId: nadia.id });
    expect(await listMembershipsOfUser(services.db, nadia.id)).toEqual([
      { organizationId: a.organizationId, organizationName: "A", role: "owner" },
      { organizationId: b.organizationId, organizationName: "B", role: "member" },
    ]);
  });
});

describe("who sees an organisation", () => {
  it("its members only, among applicants", async () => {
    const { organizationId, ownerId } = await buildOrganization(services.db);
    const other = await person();
    expect(
      await getOrganizationOfMember(services.db, { organizationId, userId: ownerId }),
    ).not.toBeNull();
    expect(
      await getOrganizationOfMember(services.db, { organizationId, userId: other.id }),
    ).toBeNull();
    expect(await listMembers(services.db, { organizationId, viewerId: other.id })).toEqual([]);
  });

  it("staff within reach: antenna managers by département, instructors and admins all", async () => {
    const marseille = await buildOrganization(services.db, { departement: "13" });
    const reunion = await buildOrganization(services.db, {
      postcode: "97400",
      commune: "Saint-Denis",
      departement: "974",
      region: "La Réunion",
    });
    const sophie = await person("Sophie", "antenna_manager");
    await buildAntennaScope(services.db, { userId: sophie.id, departements: ["13", "83", "84"] });
    const karim = await person("Karim", "instructor");
    const claire = await person("Claire", "funder");
    const nobody = await person("Sans antenne", "antenna_manager");
    const sees = async (staff: { id: string; role: typeof sophie.role }, organizationId: string) =>
      (await getOrganizationForStaff(services.db, { staff, organizationId })) !== null;

    expect(await sees(sophie, marseille.organizationId)).toBe(true);
    expect(await sees(sophie, reunion.organizationId)).toBe(false);
    expect(await sees(karim, reunion.organizationId)).toBe(true);
    expect(await sees({ ...karim, role: "admin" }, reunion.organizationId)).toBe(true);
    expect(await sees(claire, marseille.organizationId)).toBe(false);
    expect(await sees(nobody, marseille.organizationId)).toBe(false);
    const owner = { id: marseille.ownerId, role: "applicant" as const };
    expect(await sees(owner, marseille.organizationId)).toBe(false);

    const listed = await listOrganizationsForStaff(services.db, { staff: sophie });
    expect(
      listed.every((organization) => ["13", "83", "84"].includes(organization.departement ?? "")),
    ).toBe(true);
    expect(listed.map((organization) => organization.id)).toContain(marseille.organizationId);
  });
});
