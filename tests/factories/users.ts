/**
 * Builds user accounts (shared by the seed and the tests, examples.md #13): a verified user with
 * an e-mail + password credential, as better-auth would have created it.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "../../app/features/auth/roles";
import type { Executor } from "../../app/platform/db/types";
import { account, user } from "../../db/schema";

export type UserInput = {
  email: string;
  name: string;
  role?: Role;
  password?: string;
  /** A hash made once by the caller (`hashPassword`), for many accounts of the same password. */
  passwordHash?: string;
  emailVerified?: boolean;
};

export const DEFAULT_TEST_PASSWORD = "Mot-de-passe-de-test-2026";

/** Inserts a user with a password credential; returns its id. Does nothing if the e-mail exists. */
export async function buildUser(executor: Executor, input: UserInput): Promise<string> {
  const id = randomUUID();
  const inserted = await executor
    .insert(user)
    .values({
      id,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role ?? "applicant",
      emailVerified: input.emailVerified ?? true,
    })
    .onConflictDoNothing({ target: user.email })
    .returning({ id: user.id });
  if (inserted.length === 0) {
    const [existing] = await executor.query.user.findMany({
      where: (u, { eq }) => eq(u.email, input.email.toLowerCase()),
      columns: { id: true },
    });
    if (!existing) throw new Error(`user ${input.email} neither inserted nor found`);
    return existing.id;
  }
  await executor.insert(account).values({
    id: randomUUID(),
    accountId: id,
    providerId: "credential",
    userId: id,
    password: input.passwordHash ?? (await hashPassword(input.password ?? DEFAULT_TEST_PASSWORD)),
  });
  return id;
}
