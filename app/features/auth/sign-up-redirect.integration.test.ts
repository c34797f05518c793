/**
 * Issue 11.11: "Créer un compte" from /connexion?redirectTo=… keeps the page the visitor was
 * sent from, through the confirmation mail, back to sign-in and then to that page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "~/services.server";
import { waitForMail } from "../../../tests/support/mail";
import { createRouteClient } from "../../../tests/support/route-client";
import { createTestServices } from "../../../tests/support/test-services";
import * as signInRoute from "../../routes/auth/sign-in";
import * as signUpRoute from "../../routes/auth/sign-up";

let services: Services;
beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services.close();
});

const target = "/programmes/digitess/candidater";

describe("sign-up from a page that asked to sign in", () => {
  it("keeps redirectTo from sign-in to sign-up, through the mail, back to sign-in", async () => {
    const client = createRouteClient(services);
    const signInPage = await client.call(signInRoute.loader, {
      path: `/connexion?redirectTo=${encodeURIComponent(target)}`,
    });
    expect((signInPage.data as { redirectTo: string }).redirectTo).toBe(target);

    const signUpPage = await client.call(signUpRoute.loader, {
      path: `/inscription?redirectTo=${encodeURIComponent(target)}`,
    });
    expect((signUpPage.data as { signInHref: string }).signInHref).toBe(
      `/connexion?redirectTo=${encodeURIComponent(target)}`,
    );

    const email = `redirect-${Date.now()}@exemple.fr`;
    const signedUp = await client.call(signUpRoute.action, {
      path: `/inscription?redirectTo=${encodeURIComponent(target)}`,
      form: { name: "Inès Benali", email, password: "une phrase de passe solide" },
      headers: { "x-forwarded-for": "198.51.100.7" },
    });
    expect(signedUp.status).toBe(302);
    const mail = await waitForMail(services.outboxDir as string, email);
    const link = new URL(mail.link as string);
    const callback = link.searchParams.get("callbackURL") ?? "";
    expect(callback).toBe(`/connexion?verifie=1&redirectTo=${encodeURIComponent(target)}`);

    const back = await client.call(signInRoute.loader, { path: callback });
    expect(back.status).toBe(302);
    expect(back.location).toBe(`/connexion?redirectTo=${encodeURIComponent(target)}`);
  });

  it("drops a redirectTo that leaves the site", async () => {
    const client = createRouteClient(services);
    const page = await client.call(signUpRoute.loader, {
      path: `/inscription?redirectTo=${encodeURIComponent("//evil.example/page")}`,
    });
    expect((page.data as { signInHref: string }).signInHref).toBe("/connexion");
  });
});
