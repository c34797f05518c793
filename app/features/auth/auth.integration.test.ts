import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "~/services.server";
import { session, user } from "../../../db/schema";
import { waitForMail } from "../../../tests/support/mail";
import {
  cookiePairs,
  createRouteClient,
  type RouteOutcome,
} from "../../../tests/support/route-client";
import { createTestServices } from "../../../tests/support/test-services";

let services: Services & { dataDir: string };
const base = "http://localhost:3999";

beforeAll(async () => {
  services = await createTestServices({ RATE_LIMIT_MAX: "1000" });
});
afterAll(async () => {
  await services.close();
});

/** Posts JSON to better-auth, from one client address (the rate limits count per address). */
const post = (path: string, json: unknown, cookie = "") =>
  createRouteClient(services).fetch({
    path: `/api/auth${path}`,
    json,
    cookie,
    headers: { origin: base, "x-forwarded-for": "10.0.0.1" },
  });
/** Follows a mailed link to better-auth. */
const follow = (link: string | null) => createRouteClient(services).fetch({ path: link as string });
const cookieOf = (answer: RouteOutcome) => cookiePairs(answer.setCookies);

describe("accounts with better-auth", () => {
  const email = "nadia.martin@letoitpartage.fr";
  const password = "une phrase de passe solide";

  it("signs up, refuses sign-in before verification, verifies by the mailed link, signs in and out", async () => {
    const signUp = await post("/sign-up/email", {
      name: "Nadia Martin",
      email,
      password,
      callbackURL: "/connexion?verifie=1",
    });
    expect(signUp.status).toBe(200);
    const [created] = await services.db.select().from(user).where(eq(user.email, email));
    expect(created).toMatchObject({ emailVerified: false, role: "applicant" });

    const early = await post("/sign-in/email", { email, password });
    expect(early.status).toBe(403);
    expect((early.data as { code: string }).code).toBe("EMAIL_NOT_VERIFIED");

    const outbox = services.outboxDir as string;
    const mail = await waitForMail(outbox, email, "Confirmez");
    expect(mail.text).toContain("Bonjour Nadia Martin");
    expect(mail.link).toMatch(/^http:\/\/localhost:3999\/api\/auth\/verify-email\?token=/);

    const verify = await follow(mail.link);
    expect(verify.status).toBe(302);
    expect(verify.headers.get("location")).toContain("/connexion?verifie=1");
    const [verified] = await services.db.select().from(user).where(eq(user.email, email));
    expect(verified?.emailVerified).toBe(true);

    const wrong = await post("/sign-in/email", { email, password: "pas le bon mot de passe" });
    expect(wrong.status).toBe(401);

    const signIn = await post("/sign-in/email", { email, password });
    expect(signIn.status).toBe(200);
    const cookie = cookieOf(signIn);
    const current = await services.auth.api.getSession({ headers: new Headers({ cookie }) });
    expect(current?.user.email).toBe(email);
    const sessions = await services.db
      .select()
      .from(session)
      .where(eq(session.userId, verified?.id ?? ""));
    expect(sessions).toHaveLength(1);

    const signOut = await post("/sign-out", {}, cookie);
    expect(signOut.status).toBe(200);
    expect(await services.auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it("resets a forgotten password through the mailed link", async () => {
    const request = await post("/request-password-reset", {
      email,
      redirectTo: "/reinitialiser-mot-de-passe",
    });
    expect(request.status).toBe(200);
    const mail = await waitForMail(services.outboxDir as string, email, "mot de passe");
    const link = await follow(mail.link);
    const location = new URL(link.headers.get("location") ?? "", base);
    expect(location.pathname).toBe("/reinitialiser-mot-de-passe");
    const token = location.searchParams.get("token");
    expect(token).toBeTruthy();
    const reset = await post("/reset-password", {
      token,
      newPassword: "un tout nouveau mot de passe",
    });
    expect(reset.status).toBe(200);
    expect((await post("/sign-in/email", { email, password })).status).toBe(401);
    expect(
      (await post("/sign-in/email", { email, password: "un tout nouveau mot de passe" })).status,
    ).toBe(200);
  });

  it("signs in with a magic link", async () => {
    const request = await post("/sign-in/magic-link", { email, callbackURL: "/apres-connexion" });
    expect(request.status).toBe(200);
    const mail = await waitForMail(services.outboxDir as string, email, "lien de connexion");
    const verify = await follow(mail.link);
    expect(verify.status).toBe(302);
    expect(verify.headers.get("location")).toContain("/apres-connexion");
    const current = await services.auth.api.getSession({
      headers: new Headers({ cookie: cookieOf(verify) }),
    });
    expect(current?.user.email).toBe(email);
  });

  it("never lets a sign-up choose its own role", async () => {
    const other = "intrus@exemple.fr";
    await post("/sign-up/email", { name: "Intrus", email: other, password, role: "admin" });
    const [created] = await services.db.select().from(user).where(eq(user.email, other));
    expect(created?.role).toBe("applicant");
  });
});

describe("rate limiting", () => {
  it("answers 429 after too many sign-in attempts from one address", async () => {
    const limited = await createTestServices({ RATE_LIMIT_MAX: "3" });
    try {
      const attempt = () =>
        createRouteClient(limited).fetch({
          path: "/api/auth/sign-in/email",
          json: { email: "x@y.fr", password: "mauvais mot de passe" },
          headers: { origin: base, "x-forwarded-for": "10.9.9.9" },
        });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt()).status);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});
