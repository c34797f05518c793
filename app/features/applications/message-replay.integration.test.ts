/**
 * Issue 11, point 2: a message form sent twice stores one message. Each rendering of the follow
 * page (applicant) and of the staff file carries a fresh hidden token; the same token again —
 * a second click, a replayed POST, "back" then resubmit — stores nothing, tells nobody, and
 * answers the same confirmation. Another rendering's token is another message.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "~/platform/audit.server";
import * as followRoute from "~/routes/applications/follow";
import * as fileRoute from "~/routes/review/application";
import type { Services } from "~/services.server";
import { applicationAttachments, applicationMessages, staffScopes } from "../../../db/schema";
import { samplePdf } from "../../../tests/factories/applications";
import { buildSubmittedApplication, digitessAntennaId } from "../../../tests/factories/review";
import { createRouteClient } from "../../../tests/support/route-client";
import { signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";

let services: Services & { dataDir: string };

beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services?.close();
});

const client = () => createRouteClient(services);
const followPath = (id: string) => `/espace/candidatures/${id}`;

async function bodiesOf(applicationId: string) {
  const rows = await services.db
    .select({ body: applicationMessages.body })
    .from(applicationMessages)
    .where(eq(applicationMessages.applicationId, applicationId))
    .orderBy(applicationMessages.createdAt);
  return rows.map((row) => row.body);
}

async function postedEvents(applicationId: string) {
  const events = await listAuditEvents(services.db, {
    entityType: "application",
    entityId: applicationId,
  });
  return events.filter((event) => event.action === "application.message_posted").length;
}

/** The token the follow page's loader put in its forms. */
async function followToken(id: string, cookie: string): Promise<string> {
  const page = await client().call(followRoute.loader, {
    path: followPath(id),
    params: { id },
    cookie,
  });
  expect(page.status).toBe(200);
  const token = (page.data as { messageToken: string }).messageToken;
  expect(token).toMatch(/^[0-9a-f-]{36}$/);
  return token;
}

describe("the applicant's message", () => {
  it("stores one message for the same form sent twice, and another for a new rendering", async () => {
    const built = await buildSubmittedApplication(services);
    const cookie = await signIn(services, built.email);
    const id = built.applicationId;
    const token = await followToken(id, cookie);
    const send = (body: string, formToken: string) =>
      client().call(followRoute.action, {
        path: followPath(id),
        params: { id },
        cookie,
        form: { intent: "message", body, token: formToken },
      });
    const first = await send("Bonjour, une question sur le calendrier.", token);
    const again = await send("Bonjour, une question sur le calendrier.", token);
    for (const answer of [first, again]) {
      expect(answer.status).toBe(302);
      expect(answer.location).toBe(followPath(id));
      expect(answer.headers.get("set-cookie")).toMatch(/^notice=/);
    }
    expect(await bodiesOf(id)).toEqual(["Bonjour, une question sur le calendrier."]);
    expect(await postedEvents(id)).toBe(1);

    // Two at once (a double click with JavaScript off) still store one.
    const concurrent = await followToken(id, cookie);
    const both = await Promise.all([
      send("Deux clics.", concurrent),
      send("Deux clics.", concurrent),
    ]);
    expect(both.map((answer) => answer.status)).toEqual([302, 302]);

    // The next rendering of the page has a new token: the next message is stored.
    const next = await followToken(id, cookie);
    expect(next).not.toBe(token);
    expect((await send("Une deuxième question.", next)).status).toBe(302);
    expect(await bodiesOf(id)).toEqual([
      "Bonjour, une question sur le calendrier.",
      "Deux clics.",
      "Une deuxième question.",
    ]);
    expect(await postedEvents(id)).toBe(3);
  });

  it("ignores a malformed token and a token made for another application's form", async () => {
    const one = await buildSubmittedApplication(services);
    const other = await buildSubmittedApplication(services, {
      organizationName: "La Ressourcerie",
    });
    const cookie = await signIn(services, one.email);
    const otherCookie = await signIn(services, other.email);
    const token = await followToken(one.applicationId, cookie);
    const send = (id: string, who: string, body: string, formToken: string) =>
      client().call(followRoute.action, {
        path: followPath(id),
        params: { id },
        cookie: who,
        form: { intent: "message", body, token: formToken },
      });
    expect((await send(one.applicationId, cookie, "Premier.", token)).status).toBe(302);
    // The same token on another application names another message: it is stored.
    expect((await send(other.applicationId, otherCookie, "Ailleurs.", token)).status).toBe(302);
    expect(await bodiesOf(other.applicationId)).toEqual(["Ailleurs."]);
    // A malformed token is no protection, but the message is not lost.
    for (const bad of ["pas-un-jeton", "' OR 1=1 --"]) {
      expect((await send(one.applicationId, cookie, `Avec ${bad}`, bad)).status).toBe(302);
    }
    expect(await bodiesOf(one.applicationId)).toEqual([
      "Premier.",
      "Avec pas-un-jeton",
      "Avec ' OR 1=1 --",
    ]);
  });

  it("records an answer to an information request once, files included", async () => {
    const built = await buildSubmittedApplication(services, { status: "information_requested" });
    const cookie = await signIn(services, built.email);
    const id = built.applicationId;
    const token = await followToken(id, cookie);
    const answer = () => {
      const form = new FormData();
      form.append("intent", "answer");
      form.append("token", token);
      form.append("body", "Voici le devis.");
      form.append("files", new File([samplePdf("Devis")], "devis.pdf"));
      return client().call(followRoute.action, {
        path: followPath(id),
        params: { id },
        cookie,
        body: form,
      });
    };
    const first = await answer();
    expect(first.status).toBe(302);
    // Sent again once the application is back in review: no refusal, nothing new.
    const again = await answer();
    expect(again.status).toBe(302);
    expect(again.location).toBe(followPath(id));
    const answers = (await bodiesOf(id)).filter((body) => body === "Voici le devis.");
    expect(answers).toHaveLength(1);
    const files = await services.db
      .select({ fileName: applicationAttachments.fileName })
      .from(applicationAttachments)
      .where(
        and(
          eq(applicationAttachments.applicationId, id),
          eq(applicationAttachments.kind, "answer"),
        ),
      );
    expect(files).toEqual([{ fileName: "devis.pdf" }]);
  });
});

describe("the staff's message to the applicant", () => {
  it("stores one reply for the same file form sent twice", async () => {
    const built = await buildSubmittedApplication(services);
    const id = built.applicationId;
    const manager = await signInAs(services, {
      role: "antenna_manager",
      name: "Antenne Marseille",
    });
    await services.db
      .insert(staffScopes)
      .values({ userId: manager.id, antennaId: await digitessAntennaId(services.db, "Marseille") });
    const path = `/instruction/candidatures/${id}`;
    const file = await client().call(fileRoute.loader, {
      path,
      params: { id },
      cookie: manager.cookie,
    });
    const token = (file.data as { messageToken: string }).messageToken;
    const reply = () =>
      client().call(fileRoute.action, {
        path,
        params: { id },
        cookie: manager.cookie,
        form: { intent: "message", body: "Pouvez-vous nous appeler ?", token },
      });
    expect((await reply()).status).toBe(302);
    expect((await reply()).status).toBe(302);
    expect(await bodiesOf(id)).toEqual(["Pouvez-vous nous appeler ?"]);
    expect(await postedEvents(id)).toBe(1);
  });
});
