/**
 * The programme admin pages, called through their route modules with a real session: only
 * administrators get in (404 for other staff, sign-in for visitors), invalid edits answer 400
 * with French field errors and keep what was typed, valid ones redirect and are audited.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProgrammeConfig } from "~/features/programs/index.server";
import type { Services } from "~/services.server";
import { auditEvents } from "../../../../db/schema";
import { buildProgramme } from "../../../../tests/factories/programs";
import { buildUser, DEFAULT_TEST_PASSWORD } from "../../../../tests/factories/users";
import { createTestServices } from "../../../../tests/support/test-services";
import * as antennasRoute from "./antennas";
import * as layoutRoute from "./layout";
import * as levelsRoute from "./levels";
import * as listRoute from "./list";

let services: Services & { dataDir: string };
let adminCookie = "";
let instructorCookie = "";
let programmeId = "";
const base = "http://localhost:3999";

async function signIn(email: string): Promise<string> {
  const response = await services.auth.handler(
    new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email, password: DEFAULT_TEST_PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

type Handler = (args: never) => Promise<unknown>;
const call = (
  handler: Handler,
  path: string,
  { cookie = adminCookie, form }: { cookie?: string; form?: Record<string, string> } = {},
) =>
  handler({
    request: new Request(`${base}${path}`, {
      method: form ? "POST" : "GET",
      headers: { cookie, origin: base },
      body: form ? new URLSearchParams(form) : undefined,
    }),
    params: { slug: "digitess" },
    context: { services, requestId: "test-request", cspNonce: "" },
  } as never);

/** What a loader or action threw (guards throw responses). */
const thrown = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );
const statusOf = (value: unknown) =>
  value instanceof Response
    ? value.status
    : (value as { init?: { status?: number } } | null)?.init?.status;

const levelForm = (changes: Record<string, string>) => ({
  intent: "level",
  formId: "level-scoping",
  kind: "scoping",
  label: "Cadrage",
  description: "Préciser le besoin.",
  minRatePercent: "55",
  maxRatePercent: "75",
  costCeiling: "",
  ...changes,
});

beforeAll(async () => {
  services = await createTestServices();
  programmeId = await buildProgramme(services.db);
  await buildUser(services.db, { email: "admin@exemple.fr", name: "Alex Admin", role: "admin" });
  await buildUser(services.db, { email: "karim@exemple.fr", name: "Karim", role: "instructor" });
  adminCookie = await signIn("admin@exemple.fr");
  instructorCookie = await signIn("karim@exemple.fr");
});
afterAll(async () => {
  await services.close();
});

describe("guards", () => {
  it("sends visitors to sign-in and answers 404 to other staff", async () => {
    const visitor = await thrown(
      call(levelsRoute.loader as Handler, "/admin/programmes/digitess/echelons", { cookie: "" }),
    );
    expect(statusOf(visitor)).toBe(302);
    expect((visitor as Response).headers.get("location")).toMatch(/^\/connexion\?redirectTo=/);
    const instructor = await thrown(
      call(levelsRoute.action as Handler, "/admin/programmes/digitess/echelons", {
        cookie: instructorCookie,
        form: levelForm({ minRatePercent: "0" }),
      }),
    );
    expect(statusOf(instructor)).toBe(404);
    expect((await getProgrammeConfig(services.db, "digitess"))?.levels[1]?.minRatePercent).toBe(55);
    expect(
      statusOf(
        await thrown(
          call(listRoute.loader as Handler, "/admin/programmes", { cookie: instructorCookie }),
        ),
      ),
    ).toBe(404);
  });

  it("answers 404 for an unknown programme", async () => {
    const response = await thrown(
      (layoutRoute.loader as Handler)({
        request: new Request(`${base}/admin/programmes/inconnu`, {
          headers: { cookie: adminCookie },
        }),
        params: { slug: "inconnu" },
        context: { services, requestId: "t", cspNonce: "" },
      } as never),
    );
    expect(statusOf(response)).toBe(404);
  });
});

describe("editing a level's rates", () => {
  it("refuses a minimum above the maximum with a French error, keeping what was typed", async () => {
    const reply = (await call(
      levelsRoute.action as Handler,
      "/admin/programmes/digitess/echelons",
      {
        form: levelForm({ minRatePercent: "80", maxRatePercent: "60" }),
      },
    )) as {
      data: { formId: string; result: { error: Record<string, string[]>; initialValue: object } };
      init: { status: number };
    };
    expect(reply.init.status).toBe(400);
    expect(reply.data.formId).toBe("level-scoping");
    expect(reply.data.result.error).toEqual({
      maxRatePercent: ["Le taux maximum doit être supérieur ou égal au taux minimum."],
    });
    expect(reply.data.result.initialValue).toMatchObject({
      minRatePercent: "80",
      maxRatePercent: "60",
    });
  });

  it("saves valid rates, redirects back to the form and audits the change", async () => {
    const response = (await call(
      levelsRoute.action as Handler,
      "/admin/programmes/digitess/echelons",
      {
        form: levelForm({ minRatePercent: "60", maxRatePercent: "70" }),
      },
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(
      "/admin/programmes/digitess/echelons#level-scoping",
    );
    expect(response.headers.get("set-cookie")).toMatch(/^notice=/);
    const page = (await call(
      levelsRoute.loader as Handler,
      "/admin/programmes/digitess/echelons",
    )) as {
      config: { levels: { kind: string; minRatePercent: number; maxRatePercent: number }[] };
    };
    expect(page.config.levels.find((l) => l.kind === "scoping")).toMatchObject({
      minRatePercent: 60,
      maxRatePercent: 70,
    });
    const events = await services.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, programmeId),
          eq(auditEvents.action, "programme.level_updated"),
        ),
      );
    expect(events).toHaveLength(1);
    expect(events[0]?.requestId).toBe("test-request");
  });
});

describe("antennas", () => {
  it("refuses a département already in another antenna, in French, naming it", async () => {
    const reply = (await call(
      antennasRoute.action as Handler,
      "/admin/programmes/digitess/antennes",
      {
        form: {
          intent: "antenna",
          formId: "add-antenna",
          name: "Antenne Vaucluse",
          city: "Avignon",
          departements: "84",
        },
      },
    )) as { data: { result: { error: Record<string, string[]> } }; init: { status: number } };
    expect(reply.init.status).toBe(409);
    expect(reply.data.result.error.departements).toEqual([
      "Le département 84 est déjà suivi par l'antenne « Antenne Provence-Alpes-Côte d'Azur et Corse » : un département ne peut avoir qu'une antenne.",
    ]);
  });

  it("answers 404 to a form with an unknown intent", async () => {
    const response = await thrown(
      call(antennasRoute.action as Handler, "/admin/programmes/digitess/antennes", {
        form: { intent: "dropTables" },
      }),
    );
    expect(statusOf(response)).toBe(404);
  });
});

describe("creating a programme", () => {
  it("creates it and opens its admin page; refuses a slug in use", async () => {
    const created = (await call(listRoute.action as Handler, "/admin/programmes", {
      form: {
        intent: "create",
        formId: "create",
        name: "Numérique solidaire",
        slug: "numerique-solidaire",
      },
    })) as Response;
    expect(created.status).toBe(302);
    expect(created.headers.get("location")).toBe("/admin/programmes/numerique-solidaire");
    expect(created.headers.get("set-cookie")).toMatch(/^notice=/);
    const taken = (await call(listRoute.action as Handler, "/admin/programmes", {
      form: { intent: "create", formId: "create", name: "Doublon", slug: "digitess" },
    })) as { data: { result: { error: Record<string, string[]> } } };
    expect(taken.data.result.error.slug).toEqual([
      "Un programme utilise déjà cette adresse : choisissez-en une autre.",
    ]);
  });
});
