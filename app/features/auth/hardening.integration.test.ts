/**
 * Issue 12, accounts: every defect reproduced through better-auth's HTTP handler (what an API
 * client or an attacker calls) and through the app's own pages.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "~/services.server";
import { auditEvents, session, user } from "../../../db/schema";
import { buildUser, DEFAULT_TEST_PASSWORD } from "../../../tests/factories/users";
import { waitForMail } from "../../../tests/support/mail";
import { createRouteClient } from "../../../tests/support/route-client";
import { signIn, signInAs } from "../../../tests/support/sessions";
import { createTestServices } from "../../../tests/support/test-services";
import { readOutbox } from "../../platform/email/outbox.server";
import * as accountRoute from "../../routes/account/home";
import * as journalRoute from "../../routes/admin/journal";
import * as adminUsersRoute from "../../routes/admin/users/list";
import * as adminUserRoute from "../../routes/admin/users/user";
import * as signInRoute from "../../routes/auth/sign-in";
import * as signUpRoute from "../../routes/auth/sign-up";
import * as languageRoute from "../../routes/language";

let services: Services & { dataDir: string };
let base: string;

beforeAll(async () => {
  services = await createTestServices();
  base = services.env.APP_URL;
});
afterAll(async () => {
  await services.close();
});

let address = 0;
/** A client address of its own for each test, so that limits never leak between tests. */
const nextAddress = () => `192.0.2.${++address}`;

const post = (path: string, json: unknown, options: { cookie?: string; ip?: string } = {}) =>
  createRouteClient(services).fetch({
    path: `/api/auth${path}`,
    json,
    cookie: options.cookie ?? "",
    headers: { origin: base, "x-forwarded-for": options.ip ?? "10.0.0.1" },
  });
const codeOf = (outcome: { data: unknown }) => (outcome.data as { code?: string } | null)?.code;
const userByEmail = async (email: string) =>
  (await services.db.select().from(user).where(eq(user.email, email)))[0];

describe("user fields are bounded whichever way they are written", () => {
  it("answers a body that is no object with a 4xx, not a server error", async () => {
    const nadia = await signInAs(services, { name: "Nadia Martin" });
    for (const body of [false, 0, "texte", null, []]) {
      for (const [path, cookie] of [
        ["/update-user", nadia.cookie],
        ["/sign-up/email", ""],
      ] as const) {
        const answer = await post(path, body, { cookie, ip: nextAddress() });
        expect({ path, body, serverError: answer.status >= 500 }).toEqual({
          path,
          body,
          serverError: false,
        });
      }
    }
    expect((await userByEmail(nadia.email))?.name).toBe("Nadia Martin");
  });

  it("refuses a 1 MiB name through update-user, and stores nothing", async () => {
    const nadia = await signInAs(services, { name: "Nadia Martin" });
    const huge = "N".repeat(1024 * 1024);
    const answer = await post("/update-user", { name: huge }, { cookie: nadia.cookie });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("NAME_TOO_LONG");
    expect((await userByEmail(nadia.email))?.name).toBe("Nadia Martin");

    const ok = await post(
      "/update-user",
      { name: "Nadia Martin-Diallo" },
      { cookie: nadia.cookie },
    );
    expect(ok.status).toBe(200);
    expect((await userByEmail(nadia.email))?.name).toBe("Nadia Martin-Diallo");
  });

  it("refuses control and bidirectional characters, an empty name and a picture", async () => {
    const nadia = await signInAs(services, { name: "Nadia Martin" });
    for (const [body, code] of [
      [{ name: "Nadia\u0000Martin" }, "NAME_INVALID"],
      [{ name: "\u202eexe.nitraM" }, "NAME_INVALID"],
      [{ name: "   " }, "NAME_REQUIRED"],
      [{ image: "https://evil.example/pixel.gif" }, "IMAGE_REFUSED"],
    ] as const) {
      const answer = await post("/update-user", body, { cookie: nadia.cookie });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(codeOf(answer)).toBe(code);
    }
    const stored = await userByEmail(nadia.email);
    expect(stored).toMatchObject({ name: "Nadia Martin", image: null });
  });

  it("applies the same bounds at sign-up, creating no account", async () => {
    const email = "grand.nom@exemple.fr";
    const answer = await post("/sign-up/email", {
      name: "x".repeat(121),
      email,
      password: "une phrase de passe solide",
    });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("NAME_TOO_LONG");
    expect(await userByEmail(email)).toBeUndefined();
  });

  it("shows the refusal on the name field of the sign-up form", async () => {
    const client = createRouteClient(services);
    const answer = await client.call(signUpRoute.action, {
      path: "/inscription",
      form: {
        name: "y".repeat(200),
        email: "y@exemple.fr",
        password: "une phrase de passe solide",
      },
      headers: { "x-forwarded-for": nextAddress() },
    });
    expect(answer.status).toBe(400);
    const result = (answer.data as { result: { error: Record<string, string[]> } }).result;
    expect(result.error.name).toEqual(["Le nom doit comporter au plus 120 caractères."]);
  });
});

describe("passwords", () => {
  it("refuses common, repetitive and personal passwords at sign-up, with their code", async () => {
    const cases = [
      ["password12345", "PASSWORD_COMMON"],
      ["aaaaaaaaaaaa", "PASSWORD_REPETITIVE"],
      ["123456789012", "PASSWORD_SEQUENCE"],
      ["court", "PASSWORD_TOO_SHORT"],
      ["nadiamartin2026", "PASSWORD_PERSONAL"],
    ] as const;
    for (const [index, [password, code]] of cases.entries()) {
      const email = `nadia.martin.${index}@exemple.fr`;
      const answer = await post(
        "/sign-up/email",
        { name: "Nadia Martin", email, password },
        { ip: nextAddress() },
      );
      expect(answer.status, password).toBe(400);
      expect(codeOf(answer), password).toBe(code);
      expect(await userByEmail(email)).toBeUndefined();
    }
  });

  it("shows a refused password on the form's password field, in French", async () => {
    const answer = await createRouteClient(services).call(signUpRoute.action, {
      path: "/inscription",
      form: { name: "Paul Durand", email: "paul.d@exemple.fr", password: "Motdepasse2024!" },
      headers: { "x-forwarded-for": nextAddress() },
    });
    expect(answer.status).toBe(400);
    const result = (answer.data as { result: { error: Record<string, string[]> } }).result;
    expect(result.error.password?.[0]).toContain("fait partie des plus courants");
  });

  it("refuses a common password at reset, knowing the account", async () => {
    const email = "reset.rules@exemple.fr";
    await buildUser(services.db, { email, name: "Camille Reset" });
    const ip = nextAddress();
    expect(
      (
        await post(
          "/request-password-reset",
          { email, redirectTo: "/reinitialiser-mot-de-passe" },
          { ip },
        )
      ).status,
    ).toBe(200);
    const mail = await waitForMail(services.outboxDir as string, email, "mot de passe");
    const link = await createRouteClient(services).fetch({ path: mail.link as string });
    const token = new URL(link.location ?? "", base).searchParams.get("token");
    for (const [newPassword, code] of [
      ["motdepasse2024", "PASSWORD_COMMON"],
      ["camille-reset-1", "PASSWORD_PERSONAL"],
    ] as const) {
      const refused = await post("/reset-password", { token, newPassword }, { ip });
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe(code);
    }
    expect(
      (
        await post(
          "/reset-password",
          { token, newPassword: "un tout nouveau mot de passe" },
          { ip },
        )
      ).status,
    ).toBe(200);
  });

  it("refuses a weak password at password change, and changes a good one", async () => {
    const camille = await signInAs(services, { name: "Camille Change" });
    const weak = await post(
      "/change-password",
      { currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "azertyuiop12" },
      { cookie: camille.cookie, ip: nextAddress() },
    );
    expect(weak.status).toBe(400);
    expect(codeOf(weak)).toBe("PASSWORD_SEQUENCE");

    const page = await createRouteClient(services).call(accountRoute.action, {
      path: "/compte",
      cookie: camille.cookie,
      form: {
        intent: "password",
        currentPassword: DEFAULT_TEST_PASSWORD,
        newPassword: "Soleil2024!!",
      },
      headers: { "x-forwarded-for": nextAddress() },
    });
    expect(page.status).toBe(400);
    const result = (page.data as { result: { error: Record<string, string[]> } }).result;
    expect(result.error.newPassword?.[0]).toContain("fait partie des plus courants");

    const wrong = await createRouteClient(services).call(accountRoute.action, {
      path: "/compte",
      cookie: camille.cookie,
      form: {
        intent: "password",
        currentPassword: "pas le bon du tout",
        newPassword: "une girafe en pyjama",
      },
      headers: { "x-forwarded-for": nextAddress() },
    });
    expect(wrong.status).toBe(400);
    expect(
      (wrong.data as { result: { error: Record<string, string[]> } }).result.error.currentPassword,
    ).toEqual(["Le mot de passe actuel n'est pas le bon."]);

    const changed = await createRouteClient(services).call(accountRoute.action, {
      path: "/compte",
      cookie: camille.cookie,
      form: {
        intent: "password",
        currentPassword: DEFAULT_TEST_PASSWORD,
        newPassword: "une girafe en pyjama",
      },
      headers: { "x-forwarded-for": nextAddress() },
    });
    expect(changed.status).toBe(302);
    await expect(signIn(services, camille.email, "une girafe en pyjama")).resolves.toBeTruthy();
  });
});

describe("magic links", () => {
  it("answers the same for an unknown address and mails nothing there", async () => {
    const known = "lien.connu@exemple.fr";
    await buildUser(services.db, { email: known, name: "Lien Connu" });
    const ip = nextAddress();
    const unknown = await post("/sign-in/magic-link", { email: "personne@exemple.fr" }, { ip });
    const existing = await post("/sign-in/magic-link", { email: known }, { ip });
    expect(unknown.status).toBe(200);
    expect(existing.status).toBe(200);
    expect(unknown.data).toEqual(existing.data);
    // The known address gets its mail; by then the unknown one would have had its own.
    await waitForMail(services.outboxDir as string, known, "lien de connexion");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const mails = await readOutbox(services.outboxDir as string);
    expect(mails.some((mail) => mail.to.includes("personne@exemple.fr"))).toBe(false);
    expect(await userByEmail("personne@exemple.fr")).toBeUndefined();
  });
});

/** Waits, when needed, so that the next 20 s fall in one 15-minute window of the counters. */
async function awayFromWindowEnd() {
  const windowMs = 15 * 60 * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

describe("failed sign-ins", () => {
  it("signs in many times from one address with the right password (a training room)", async () => {
    const limited = await createTestServices({ RATE_LIMIT_MAX: "default" });
    try {
      const room = "198.51.100.20";
      const people = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          buildUser(limited.db, { email: `salle.${i}@exemple.fr`, name: `Personne ${i}` }),
        ),
      );
      const statuses: number[] = [];
      // 16 sign-ins in a row from one address: the old limit refused the 11th.
      for (let round = 0; round < 4; round++) {
        for (let i = 0; i < people.length; i++) {
          const answer = await createRouteClient(limited).fetch({
            path: "/api/auth/sign-in/email",
            json: { email: `salle.${i}@exemple.fr`, password: DEFAULT_TEST_PASSWORD },
            headers: { origin: limited.env.APP_URL, "x-forwarded-for": room },
          });
          statuses.push(answer.status);
        }
      }
      expect(statuses).toEqual(Array(16).fill(200));
    } finally {
      await limited.close();
    }
  });

  it("refuses an account at one address after 5 failures, right password or not; elsewhere it signs in", async () => {
    const email = "cible@exemple.fr";
    await buildUser(services.db, { email, name: "Cible" });
    const attacker = nextAddress();
    await awayFromWindowEnd();
    const attempt = (password: string, ip: string) =>
      post("/sign-in/email", { email, password }, { ip });
    for (let i = 0; i < 5; i++) expect((await attempt("devine-t-on ?", attacker)).status).toBe(401);
    const refused = await attempt(DEFAULT_TEST_PASSWORD, attacker);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe("TOO_MANY_FAILED_ATTEMPTS");
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // The owner, from their own address, is not locked out.
    expect((await attempt(DEFAULT_TEST_PASSWORD, nextAddress())).status).toBe(200);
    // Another account at the attacker's address is not either.
    const other = await signInAs(services, {});
    expect(
      (
        await post(
          "/sign-in/email",
          { email: other.email, password: DEFAULT_TEST_PASSWORD },
          { ip: attacker },
        )
      ).status,
    ).toBe(200);
  });

  it("answers the sign-in page with 429, Retry-After and the French message", async () => {
    const email = "page.cible@exemple.fr";
    await buildUser(services.db, { email, name: "Page Cible" });
    const ip = nextAddress();
    await awayFromWindowEnd();
    const client = createRouteClient(services);
    const submit = (password: string) =>
      client.call(signInRoute.action, {
        path: "/connexion",
        form: { email, password },
        headers: { "x-forwarded-for": ip },
      });
    for (let i = 0; i < 5; i++) expect((await submit("mauvais mot de passe")).status).toBe(400);
    const refused = await submit(DEFAULT_TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const result = (refused.data as { result: { error: Record<string, string[]> } }).result;
    expect(result.error[""]?.[0]).toMatch(
      /^Trop d'essais de mot de passe incorrects\. .* patientez \d+ min/,
    );
  });
});

describe("rate limits send Retry-After", () => {
  it("on better-auth's own 429", async () => {
    const limited = await createTestServices({ RATE_LIMIT_MAX: "2" });
    try {
      const statuses: number[] = [];
      let last: Headers | null = null;
      for (let i = 0; i < 3; i++) {
        const answer = await createRouteClient(limited).fetch({
          path: "/api/auth/request-password-reset",
          json: { email: `x${i}@exemple.fr` },
          headers: { origin: limited.env.APP_URL, "x-forwarded-for": "203.0.113.9" },
        });
        statuses.push(answer.status);
        last = answer.headers;
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(Number(last?.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe("cookies", () => {
  it("are HttpOnly, SameSite=Lax and Secure when the site is served over https", async () => {
    const secure = await createTestServices({ APP_URL: "https://digitess.example" });
    try {
      const email = "cookie@exemple.fr";
      await buildUser(secure.db, { email, name: "Cookie" });
      const client = createRouteClient(secure);
      const signedIn = await client.call(signInRoute.action, {
        path: "/connexion",
        form: { email, password: DEFAULT_TEST_PASSWORD },
      });
      expect(signedIn.status).toBe(302);
      const language = await client.call(languageRoute.loader, {
        path: "/langue?vers=en&retour=/",
      });
      const cookies = [...signedIn.setCookies, ...language.setCookies];
      expect(cookies.some((c) => c.includes("session_token="))).toBe(true);
      expect(cookies.some((c) => c.startsWith("lang="))).toBe(true);
      for (const cookie of cookies) {
        expect(cookie, cookie).toMatch(/;\s*HttpOnly/i);
        expect(cookie, cookie).toMatch(/;\s*SameSite=Lax/i);
        expect(cookie, cookie).toMatch(/;\s*Secure/i);
      }
    } finally {
      await secure.close();
    }
  });
});

describe("sessions and deactivation", () => {
  it("signs out of every device from the account page, audited", async () => {
    const paul = await signInAs(services, { name: "Paul Partout" });
    const phone = await signIn(services, paul.email);
    const client = createRouteClient(services);
    const page = await client.call(accountRoute.loader, { path: "/compte", cookie: paul.cookie });
    expect((page.data as { sessions: number }).sessions).toBe(2);

    const answer = await client.call(accountRoute.action, {
      path: "/compte",
      cookie: paul.cookie,
      form: { intent: "sign-out-everywhere" },
    });
    expect(answer.status).toBe(302);
    expect(answer.location).toBe("/connexion");
    for (const cookie of [paul.cookie, phone]) {
      expect(await services.auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    }
    expect(await services.db.select().from(session).where(eq(session.userId, paul.id))).toEqual([]);
    const [event] = await services.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, paul.id));
    expect(event).toMatchObject({ action: "user.sessions_revoked", actorId: paul.id });
  });

  it("lets an administrator deactivate and reactivate an account, audited; others get 404", async () => {
    const admin = await signInAs(services, { role: "admin", name: "Alex Admin" });
    const instructor = await signInAs(services, { role: "instructor" });
    const target = await signInAs(services, { name: "Dora Désactivée" });
    const client = createRouteClient(services);
    const path = `/admin/utilisateurs/${target.id}`;
    const params = { userId: target.id };

    for (const cookie of [instructor.cookie, target.cookie]) {
      expect((await client.call(adminUserRoute.loader, { path, params, cookie })).status).toBe(404);
      expect(
        (
          await client.call(adminUserRoute.action, {
            path,
            params,
            cookie,
            form: { intent: "deactivate" },
          })
        ).status,
      ).toBe(404);
    }
    expect(
      (
        await client.call(adminUsersRoute.loader, {
          path: "/admin/utilisateurs",
          cookie: instructor.cookie,
        })
      ).status,
    ).toBe(404);

    const deactivated = await client.call(adminUserRoute.action, {
      path,
      params,
      cookie: admin.cookie,
      form: { intent: "deactivate" },
    });
    expect(deactivated.status).toBe(302);
    expect(
      await services.auth.api.getSession({ headers: new Headers({ cookie: target.cookie }) }),
    ).toBeNull();
    expect((await userByEmail(target.email))?.deactivatedAt).toBeInstanceOf(Date);

    // No way back in: password, magic link.
    const ip = nextAddress();
    const password = await post(
      "/sign-in/email",
      { email: target.email, password: DEFAULT_TEST_PASSWORD },
      { ip },
    );
    expect(password.status).toBe(403);
    expect(codeOf(password)).toBe("ACCOUNT_DEACTIVATED");
    const page = await client.call(signInRoute.action, {
      path: "/connexion",
      form: { email: target.email, password: DEFAULT_TEST_PASSWORD },
      headers: { "x-forwarded-for": ip },
    });
    expect(page.status).toBe(400);
    expect(JSON.stringify(page.data)).toContain("Ce compte a été désactivé");
    expect((await post("/sign-in/magic-link", { email: target.email }, { ip })).status).toBe(200);

    // An administrator cannot deactivate themselves; deactivating twice is refused.
    const self = await client.call(adminUserRoute.action, {
      path: `/admin/utilisateurs/${admin.id}`,
      params: { userId: admin.id },
      cookie: admin.cookie,
      form: { intent: "deactivate" },
    });
    expect(self.status).toBe(409);
    const twice = await client.call(adminUserRoute.action, {
      path,
      params,
      cookie: admin.cookie,
      form: { intent: "deactivate" },
    });
    expect(twice.status).toBe(409);

    const listed = await client.call(adminUsersRoute.loader, {
      path: "/admin/utilisateurs?q=D%C3%A9sactiv%C3%A9e&etat=inactive",
      cookie: admin.cookie,
    });
    expect((listed.data as { users: { id: string }[] }).users.map((u) => u.id)).toEqual([
      target.id,
    ]);

    const reactivated = await client.call(adminUserRoute.action, {
      path,
      params,
      cookie: admin.cookie,
      form: { intent: "reactivate" },
    });
    expect(reactivated.status).toBe(302);
    await expect(signIn(services, target.email)).resolves.toBeTruthy();

    const events = await services.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, target.id));
    expect(events).toEqual([
      { action: "user.deactivated", actorId: admin.id },
      { action: "user.reactivated", actorId: admin.id },
    ]);
    // No magic link reached the deactivated account.
    const mails = await readOutbox(services.outboxDir as string);
    expect(mails.some((mail) => mail.to.includes(target.email))).toBe(false);
  });
});

describe("the journal", () => {
  it("filters by actor, action, entity and period, a keyset page at a time; admins only", async () => {
    const admin = await signInAs(services, { role: "admin", name: "Journal Admin" });
    const client = createRouteClient(services);
    const targets = await Promise.all(
      Array.from({ length: 3 }, () => signInAs(services, { name: "Cible du journal" })),
    );
    for (const target of targets) {
      await client.call(adminUserRoute.action, {
        path: `/admin/utilisateurs/${target.id}`,
        params: { userId: target.id },
        cookie: admin.cookie,
        form: { intent: "deactivate" },
      });
    }
    const read = async (query: string) => {
      const outcome = await client.call(journalRoute.loader, {
        path: `/admin/journal?${query}`,
        cookie: admin.cookie,
      });
      expect(outcome.status).toBe(200);
      return outcome.data as {
        events: { id: number; action: string; entityId: string; actor: { email: string } | null }[];
        nextUrl: string | null;
        errors: Record<string, string>;
      };
    };
    const mine = await read(`acteur=${encodeURIComponent(admin.email)}&action=user.deactivated`);
    expect(mine.events.map((e) => e.entityId)).toEqual(targets.map((t) => t.id).reverse());
    expect(mine.events.every((e) => e.actor?.email === admin.email)).toBe(true);

    const one = await read(`type=user&element=${targets[0]?.id}`);
    expect(one.events.map((e) => e.action)).toEqual(["user.deactivated"]);

    const future = await read(`acteur=${encodeURIComponent(admin.email)}&du=2999-01-01`);
    expect(future.events).toEqual([]);
    const aroundToday = await read(
      `acteur=${encodeURIComponent(admin.email)}&du=2000-01-01&au=2999-12-31`,
    );
    expect(aroundToday.events).toHaveLength(3);

    // Keyset pages: the newest first, then the ones before the cursor.
    const first = await read("");
    const cursor = first.events.at(-1)?.id ?? 0;
    const next = await read(`avant=${cursor}`);
    expect(next.events.every((e) => e.id < cursor)).toBe(true);

    const invalid = await read("acteur=pas-une-adresse&du=2027-02-30");
    expect(invalid.errors).toEqual({
      actor: "auth.journal.error.actor",
      from: "auth.journal.error.date",
    });

    const instructor = await signInAs(services, { role: "instructor" });
    expect(
      (
        await client.call(journalRoute.loader, {
          path: "/admin/journal",
          cookie: instructor.cookie,
        })
      ).status,
    ).toBe(404);
    const anonymous = await client.call(journalRoute.loader, { path: "/admin/journal" });
    expect(anonymous.status).toBe(302);
  });
});

describe("the account page", () => {
  it("saves a name through the same bounds", async () => {
    const lea = await signInAs(services, { name: "Léa" });
    const client = createRouteClient(services);
    const long = await client.call(accountRoute.action, {
      path: "/compte",
      cookie: lea.cookie,
      form: { intent: "name", name: "L".repeat(121) },
    });
    expect(long.status).toBe(400);
    const saved = await client.call(accountRoute.action, {
      path: "/compte",
      cookie: lea.cookie,
      form: { intent: "name", name: "Léa Fontaine" },
    });
    expect(saved.status).toBe(302);
    expect((await userByEmail(lea.email))?.name).toBe("Léa Fontaine");
  });
});
