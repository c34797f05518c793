/**
 * "Préremplir avec mon SIRET" on the public eligibility check, through the route's action (as a
 * browser without JavaScript posts it), against a local replay of the company register: a hit,
 * a SIRET the register does not know, a register that is down, a SIRET that is not valid. In
 * every case the other answers come back as typed.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSiret } from "~/platform/identifiers";
import {
  createDatabaseRegistryCache,
  createRegistryClient,
} from "~/platform/registry/index.server";
import * as eligibilityRoute from "~/routes/public/eligibility";
import type { Services } from "~/services.server";
import { buildProgramme } from "../../../tests/factories/programs";
import {
  type RegistryReplay,
  registryFixtures,
  startRegistryReplay,
} from "../../../tests/support/registry-replay";
import { createRouteClient } from "../../../tests/support/route-client";
import { createTestServices } from "../../../tests/support/test-services";

let services: Services & { dataDir: string };
let replay: RegistryReplay;

type Reply = {
  result: {
    status?: string;
    initialValue: Record<string, unknown> | null;
    error?: Record<string, string[] | null>;
  };
  outcome: { eligible: boolean | null } | null;
  prefill:
    | { status: "found"; name: string; closed: boolean; legalFormAsked: boolean }
    | { status: "empty" }
    | { status: "unavailable"; reason: string }
    | null;
  formKey: string | null;
};

/** Posts the eligibility form; `registryUrl` replaces the register (same cache) for this call. */
async function post(
  form: [string, string][],
  registryUrl?: string,
): Promise<{ status: number; body: Reply }> {
  const registry = registryUrl
    ? createRegistryClient({
        baseUrl: registryUrl,
        cache: createDatabaseRegistryCache(services.db),
      })
    : services.registry;
  const answer = await createRouteClient({ ...services, registry }).call(eligibilityRoute.action, {
    path: "/eligibilite",
    form,
  });
  return { status: answer.status, body: answer.data as Reply };
}

const prefillButton: [string, string] = ["intent", "prefill"];
const otherAnswers: [string, string][] = [
  ["esus", "unknown"],
  ["axes", "housing"],
  ["axes", "caregivers"],
];

beforeAll(async () => {
  replay = await startRegistryReplay();
  services = await createTestServices({ REGISTRY_API_URL: replay.url });
  await buildProgramme(services.db);
});
afterAll(async () => {
  await services?.close();
  await replay?.close();
});

describe("prefilling the eligibility check from a SIRET", () => {
  it("fills the legal form, the creation date and the département, keeping the other answers", async () => {
    const { belleDeMai } = registryFixtures;
    const { status, body } = await post([
      ["siret", "812 345 676 00017"],
      ["legalForm", "unknown"],
      ["creationDate", ""],
      ["departement", "75"],
      ...otherAnswers,
      prefillButton,
    ]);
    expect(status).toBe(200);
    expect(replay.queries.at(-1)).toBe(belleDeMai.siret);
    expect(body.prefill).toEqual({
      status: "found",
      name: "LES JARDINS DE LA BELLE DE MAI",
      closed: false,
      legalFormAsked: false,
    });
    expect(body.formKey).toBe("test");
    expect(body.outcome).toBeNull();
    expect(body.result.initialValue).toEqual({
      siret: belleDeMai.siret,
      legalForm: "association",
      esus: "unknown",
      creationDate: "12/04/2016",
      axes: ["housing", "caregivers"],
      departement: "13",
    });
    expect(body.result.error ?? {}).toEqual({});

    // The prefilled answers, sent with "Vérifier mon éligibilité", are checked as usual.
    const values = body.result.initialValue ?? {};
    const form = Object.entries(values).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, String(v)]),
    );
    const checked = await post(form);
    expect(checked.status).toBe(200);
    expect(checked.body.outcome?.eligible).toBe(true);
    expect(checked.body.prefill).toBeNull();
  });

  it("also answers a SIRET typed alone and sent with Enter (no button named)", async () => {
    const { body } = await post([["siret", registryFixtures.jardinsCreoles.siret]]);
    expect(body.prefill).toMatchObject({ status: "found", name: "LES JARDINS CREOLES" });
    expect(body.result.initialValue).toMatchObject({ departement: "974" });
  });

  it("lets the visitor choose a company's legal form and says it has ceased", async () => {
    const { body } = await post([
      ["siret", registryFixtures.jardinerie.siret],
      ["legalForm", "company_esus"],
      prefillButton,
    ]);
    expect(body.prefill).toEqual({
      status: "found",
      name: "JARDINERIE DU SUD",
      closed: true,
      legalFormAsked: true,
    });
    expect(body.result.initialValue).toMatchObject({
      legalForm: "company_esus",
      creationDate: "05/02/2018",
      departement: "13",
    });
  });

  it("says when the register knows no structure with this SIRET, and keeps the answers", async () => {
    const unknown = "90000000100017";
    expect(validateSiret(unknown).ok).toBe(true);
    const { status, body } = await post([
      ["siret", unknown],
      ["departement", "06"],
      ...otherAnswers,
      prefillButton,
    ]);
    expect(status).toBe(200);
    expect(replay.queries.at(-1)).toBe(unknown);
    expect(body.prefill).toEqual({ status: "empty" });
    expect(body.result.initialValue).toEqual({
      siret: unknown,
      departement: "06",
      esus: "unknown",
      axes: ["housing", "caregivers"],
    });
  });

  it("says when the register is down, and keeps the answers for manual entry", async () => {
    const down = await startRegistryReplay();
    const downUrl = down.url;
    await down.close();
    const { status, body } = await post(
      [
        ["siret", registryFixtures.paysDAix.siret],
        ["legalForm", "scop"],
        ...otherAnswers,
        prefillButton,
      ],
      downUrl,
    );
    expect(status).toBe(200);
    expect(body.prefill).toEqual({ status: "unavailable", reason: "network" });
    expect(body.result.initialValue).toEqual({
      siret: registryFixtures.paysDAix.siret,
      legalForm: "scop",
      esus: "unknown",
      axes: ["housing", "caregivers"],
    });
  });

  it("says when the register fails (a 500), the same way", async () => {
    const server = createServer((_request, response) => {
      response.writeHead(500, { "content-type": "application/json" }).end("{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      const { body } = await post(
        [["siret", registryFixtures.toitPartage.siret], prefillButton],
        `http://127.0.0.1:${port}`,
      );
      expect(body.prefill).toEqual({ status: "unavailable", reason: "server_error" });
      expect(body.result.initialValue).toEqual({ siret: registryFixtures.toitPartage.siret });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("shows a field error for a SIRET that is not valid, without calling the register", async () => {
    const before = replay.queries.length;
    const { status, body } = await post([
      ["siret", "812 345 676 00018"],
      ["legalForm", "mutual"],
      ["creationDate", "03/03/2003"],
      ["departement", "2a"],
      ...otherAnswers,
      prefillButton,
    ]);
    expect(status).toBe(400);
    expect(replay.queries.length).toBe(before);
    expect(body.prefill).toBeNull();
    expect(body.formKey).toBeNull();
    expect(body.result.error).toEqual({ siret: ["organizations.siret.checksum"] });
    expect(body.result.initialValue).toMatchObject({
      siret: "812 345 676 00018",
      legalForm: "mutual",
      creationDate: "03/03/2003",
      departement: "2a",
      esus: "unknown",
      axes: ["housing", "caregivers"],
    });
  });

  it.each([
    ["812345676", "organizations.siret.looksLikeSiren"],
    ["1234", "organizations.siret.length"],
    ["W133012345", "eligibility.prefill.siretLooksLikeRna"],
    ["", "eligibility.prefill.siretRequired"],
  ])("explains what is wrong with %j", async (siret, message) => {
    const { status, body } = await post([["siret", siret], ["axes", "housing"], prefillButton]);
    expect(status).toBe(400);
    expect(body.result.error?.siret).toEqual([message]);
    expect(body.result.initialValue).toMatchObject({ axes: "housing" });
  });
});
