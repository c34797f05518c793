/**
 * The one way integration tests get a signed-in user: `signInAs` builds a verified account for a
 * persona (a role, and a name or e-mail when the test cares) and signs it in through better-auth;
 * `signIn` signs an existing account in. Both return the session cookie header.
 */
import { randomUUID } from "node:crypto";
import type { Role } from "../../app/features/auth/roles";
import type { Services } from "../../app/services.server";
import { buildUser, DEFAULT_TEST_PASSWORD } from "../factories/users";
import { buildRequest, cookiePairs } from "./route-client";

export type Persona = {
  role?: Role;
  /** Default: a unique address, so that personas never collide within a database. */
  email?: string;
  name?: string;
  password?: string;
};

export type SignedInUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  cookie: string;
};

/** Signs `email` in through better-auth; returns the session cookie header. */
export async function signIn(
  services: Services,
  email: string,
  password = DEFAULT_TEST_PASSWORD,
): Promise<string> {
  const base = services.env.APP_URL;
  const response = await services.auth.handler(
    buildRequest(base, {
      path: "/api/auth/sign-in/email",
      json: { email, password },
      headers: { origin: base },
    }),
  );
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return cookiePairs(response.headers.getSetCookie());
}

/** A verified account for the persona (created unless its e-mail exists), signed in. */
export async function signInAs(services: Services, persona: Persona = {}): Promise<SignedInUser> {
  const role = persona.role ?? "applicant";
  const email = persona.email ?? `${role.replace("_", "-")}-${randomUUID()}@exemple.fr`;
  const name = persona.name ?? "Personne de test";
  const password = persona.password ?? DEFAULT_TEST_PASSWORD;
  const id = await buildUser(services.db, { email, name, role, password });
  return { id, email, name, role, cookie: await signIn(services, email, password) };
}
