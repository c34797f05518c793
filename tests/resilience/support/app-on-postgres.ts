/**
 * The resilience scenarios run the built app (npm run build) as real server processes on a
 * database of their own on the PostgreSQL of TEST_DATABASE_URL (127.0.0.1:5432 by default),
 * created for the scenario and dropped after it. Applicants are made with the factories, directly
 * in the database, with their documents in the server's upload directory.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import type { Actor } from "../../../app/features/applications/actor";
import { addAttachment } from "../../../app/features/applications/add-attachment.server";
import { openDatabase } from "../../../app/platform/db/client.server";
import type { DatabaseHandle } from "../../../app/platform/db/types";
import { createDiskStorage } from "../../../app/platform/storage/disk-storage.server";
import {
  buildDraft,
  completeSteps,
  digitessProgramId,
  samplePdf,
} from "../../factories/applications";
import { buildOrganization } from "../../factories/organizations";
import { buildUser, DEFAULT_TEST_PASSWORD } from "../../factories/users";
import { type RunningServer, spawnServer } from "../../support/spawn-server";
import { createEmptyPostgresDatabase } from "../../support/test-database";

process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";

/** A new empty database on the test server (the first server started on it migrates it). */
export const createScenarioDatabase = createEmptyPostgresDatabase;

/** Opens the scenario's own connection (after a server migrated the database). */
export async function openScenarioHandle(url: string): Promise<DatabaseHandle> {
  return openDatabase({ url, dataDir: "" });
}

/** The environment of every server of a scenario. */
export function serverEnv(databaseUrl: string, extra: Record<string, string> = {}) {
  return {
    DATABASE_URL: databaseUrl,
    DEMO_SEED: "false",
    RUN_WORKER: "true",
    AUTH_RATE_LIMIT_MAX: "1000000",
    ...extra,
  };
}

/** Starts a server (its own data directory unless DATA_DIR is given). */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  return spawnServer({
    DATA_DIR: env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "digitess-resilience-")),
    ...env,
  });
}

/** SIGTERM, then SIGKILL if it has not exited within 10 s. */
export async function stopServer(server: RunningServer | undefined): Promise<void> {
  if (!server || server.process.exitCode !== null || server.process.signalCode) return;
  server.process.kill("SIGTERM");
  const killed = setTimeout(() => server.process.kill("SIGKILL"), 10_000);
  await server.exited;
  clearTimeout(killed);
}

export type Applicant = { actor: Actor; organizationId: string; email: string };

/** `count` verified applicants, each owning an organisation (one password hash for all). */
export async function buildApplicants(
  handle: DatabaseHandle,
  count: number,
  prefix = "candidat",
): Promise<Applicant[]> {
  const passwordHash = await hashPassword(DEFAULT_TEST_PASSWORD);
  const applicants: Applicant[] = [];
  for (let index = 0; index < count; index += 1) {
    const email = `${prefix}-${index}-${Date.now().toString(36)}@exemple.fr`;
    const name = `Candidate ${index}`;
    const id = await buildUser(handle.db, { email, name, role: "applicant", passwordHash });
    const { organizationId } = await buildOrganization(handle.db, {
      ownerId: id,
      name: `Association ${index}`,
    });
    applicants.push({ actor: { id, name, email, role: "applicant" }, organizationId, email });
  }
  return applicants;
}

/** A complete draft of `applicant` with its two documents in `dataDir`'s uploads: ready to submit. */
export async function buildReadyDraft(
  handle: DatabaseHandle,
  dataDir: string,
  applicant: Applicant,
): Promise<string> {
  const storage = createDiskStorage({ root: path.resolve(dataDir, "uploads") });
  const applicationId = await buildDraft(handle.db, {
    organizationId: applicant.organizationId,
    programId: await digitessProgramId(handle.db),
    createdBy: applicant.actor.id,
    data: completeSteps(),
    currentStep: 5,
  });
  for (const [kind, name] of [
    ["statutes", "statuts.pdf"],
    ["accounts", "comptes-2025.pdf"],
  ] as const) {
    await addAttachment({
      db: handle.db,
      storage,
      actor: applicant.actor,
      applicationId,
      organizationId: applicant.organizationId,
      kind,
      file: new File([samplePdf(name)], name),
    });
  }
  return applicationId;
}

/** Signs in through the app's form; returns the session cookie. */
export async function signInOver(
  server: { url: string },
  email: string,
  password = DEFAULT_TEST_PASSWORD,
): Promise<string> {
  const response = await fetch(`${server.url}/connexion`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
    body: new URLSearchParams({ email, password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (response.status !== 302 || !cookie.includes("session_token")) {
    throw new Error(`sign-in of ${email} answered ${response.status}`);
  }
  return cookie;
}

/** A form POST from the app's own origin. */
export function postForm(
  server: { url: string },
  pathname: string,
  fields: Record<string, string | string[]> | FormData,
  cookie?: string,
): Promise<Response> {
  let body: FormData | URLSearchParams;
  if (fields instanceof FormData) {
    body = fields;
  } else {
    body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    }
  }
  return fetch(`${server.url}${pathname}`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: server.url, ...(cookie ? { cookie } : {}) },
    body,
  });
}

/** Runs `tasks` with at most `limit` at once. */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index] as T, index);
    }
  });
  await Promise.all(workers);
}
