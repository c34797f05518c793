/**
 * Time zones (issue 14): a committee member says where they read the session times from, on
 * /comites; the list, the session page and its members list then give the time there as well as
 * in Paris. A bad choice answers a French message and stores nothing; Paris removes the choice.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as listRoute from "~/routes/areas/committees";
import * as sessionRoute from "~/routes/committees/session";
import type { Services } from "~/services.server";
import { userPreferences } from "../../../db/schema";
import { buildCommitteeSession } from "../../../tests/factories/committees";
import { createRouteClient, type RouteClient } from "../../../tests/support/route-client";
import { type SignedInUser, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { MEMBER_PLACE_PREFERENCE } from "./member-place";

let services: Services & { dataDir: string };
let client: RouteClient;
let member: SignedInUser;
let colleague: SignedInUser;
let instructor: SignedInUser;
let sessionId: string;

beforeAll(async () => {
  services = await createTestServices();
  client = createRouteClient(services);
  member = await signInAs(services, { role: "committee_member", name: "Mireille Payet" });
  colleague = await signInAs(services, { role: "committee_member", name: "Paul Lefèvre" });
  instructor = await signInAs(services, { role: "instructor", name: "Karim Benali" });
  // Thursday 14 January 2027 at 14:00 in Paris (13:00 UTC): 17:00 in La Réunion.
  sessionId = await buildCommitteeSession(services.db, {
    startsAt: new Date("2027-01-14T13:00:00Z"),
    members: [
      { userId: member.id, side: "operator" },
      { userId: colleague.id, side: "funder" },
    ],
  });
}, 120_000);
afterAll(async () => {
  await services?.close();
});

const choose = (cookie: string, place: string) =>
  client.call(listRoute.action, {
    path: "/comites",
    cookie,
    form: { intent: "place", formId: "place", place },
  });

async function stored(userId: string) {
  const [row] = await services.db
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(
      and(eq(userPreferences.userId, userId), eq(userPreferences.key, MEMBER_PLACE_PREFERENCE)),
    );
  return row?.value ?? null;
}

const plain = (value: unknown) => JSON.stringify(value).replace(/\\u00a0|\\u202f/g, " ");

describe("where a member reads the session times from", () => {
  it("refuses a place that is not in the list, in French, and stores nothing", async () => {
    for (const place of ["999", "", "<script>", "Paris"]) {
      const reply = (await choose(member.cookie, place)) as {
        status: number;
        data: { result: { error: Record<string, string[]> } };
      };
      expect(reply.status).toBe(400);
      expect(reply.data.result.error.place).toEqual(["Choisissez un lieu dans la liste."]);
    }
    expect(await stored(member.id)).toBeNull();
  });

  it("saves La Réunion, then gives the time there on the list and the session page", async () => {
    const saved = await choose(member.cookie, "974");
    expect(saved.status).toBe(302);
    expect(saved.location).toBe("/comites#place");
    expect(await stored(member.id)).toEqual({ code: "974" });

    const list = await client.call(listRoute.loader, { path: "/comites", cookie: member.cookie });
    expect((list.data as { place: string | null }).place).toBe("974");

    const page = await client.call(sessionRoute.loader, {
      path: `/comites/${sessionId}`,
      params: { sessionId },
      cookie: member.cookie,
    });
    const data = page.data as {
      session: { viewerPlace: string | null };
      members: { name: string; place: string | null }[];
    };
    expect(data.session.viewerPlace).toBe("974");
    // The preparer's page lists where each member is, so the meeting time suits them all.
    const preparer = await client.call(sessionRoute.loader, {
      path: `/comites/${sessionId}`,
      params: { sessionId },
      cookie: instructor.cookie,
    });
    const prepared = preparer.data as typeof data;
    expect(prepared.session.viewerPlace).toBeNull();
    expect(prepared.members.map((m) => [m.name, m.place])).toEqual(
      expect.arrayContaining([
        ["Mireille Payet", "974"],
        ["Paul Lefèvre", null],
      ]),
    );
    expect(plain(prepared)).not.toContain("17 h 00");
  });

  it("goes back to Paris time, which removes the choice; each member's choice is their own", async () => {
    await choose(colleague.cookie, "973");
    expect((await choose(member.cookie, "paris")).status).toBe(302);
    expect(await stored(member.id)).toBeNull();
    expect(await stored(colleague.id)).toEqual({ code: "973" });
  });
});
