import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { attempt } from "~/platform/commands/outcome";
import type { DatabaseHandle } from "~/platform/db/types";
import type { DepartementCode } from "~/platform/geo";
import {
  applicationLevels,
  applications,
  auditEvents,
  funders,
  organizations,
  programs,
  staffScopes,
} from "../../../db/schema";
import { seedPrograms } from "../../../db/seed/programs";
import { buildProgramme } from "../../../tests/factories/programs";
import { buildUser } from "../../../tests/factories/users";
import { createTestDatabase } from "../../../tests/support/test-database";
import { addAxis } from "./add-axis.server";
import { addFundingEnvelope } from "./add-funding-envelope.server";
import type { CommandContext } from "./command.server";
import { createProgramme } from "./create-programme.server";
import { getProgrammeConfig, listProgrammeHistory, resolvePublicProgramme } from "./queries.server";
import { removeAntenna } from "./remove-antenna.server";
import { removeReviewCriterion } from "./remove-review-criterion.server";
import { removeSupportLevel } from "./remove-support-level.server";
import { renameAxis } from "./rename-axis.server";
import { saveAntenna } from "./save-antenna.server";
import { saveReviewCriterion } from "./save-review-criterion.server";
import { saveSupportLevel } from "./save-support-level.server";
import { updateCommitteeCadence } from "./update-committee-cadence.server";
import { updateEligibilityRules } from "./update-eligibility-rules.server";
import { updateFundingEnvelope } from "./update-funding-envelope.server";
import { updateProgrammeInfo } from "./update-programme-info.server";

let database: DatabaseHandle;
let context: CommandContext;
let programmeId: string;

const config = async () => {
  const loaded = await getProgrammeConfig(database.db, "digitess");
  if (!loaded) throw new Error("digitess missing");
  return loaded;
};
const auditOf = async (action: string) =>
  database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, programmeId), eq(auditEvents.action, action)));

beforeAll(async () => {
  database = await createTestDatabase();
  const actorId = await buildUser(database.db, {
    email: "alex.admin@exemple.fr",
    name: "Alex Admin",
    role: "admin",
  });
  context = { db: database.db, actorId, requestId: "req-1" };
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db.delete(programs);
  await database.db.delete(funders);
  programmeId = await buildProgramme(database.db);
});

describe("the Digit'ESS seed", () => {
  it("creates the programme once, with its antennas' staff scopes, and keeps later changes", async () => {
    await database.db.delete(programs);
    await database.db.delete(funders);
    const manager = await buildUser(database.db, {
      email: "sophie.durand@demo.digitess.fr",
      name: "Sophie Durand",
      role: "antenna_manager",
    });
    await seedPrograms(database.db);
    const seeded = await config();
    programmeId = seeded.id;
    expect(seeded.levels).toHaveLength(3);
    expect(seeded.axes).toHaveLength(4);
    expect(seeded.antennas.length).toBeGreaterThanOrEqual(8);
    expect(seeded.envelopes.map((e) => e.funderName)).toContain("AG2R La Mondiale");
    const scopes = await database.db
      .select()
      .from(staffScopes)
      .where(eq(staffScopes.userId, manager));
    const marseille = seeded.antennas.find((a) => a.city === "Marseille");
    expect(scopes.map((s) => s.antennaId)).toEqual([marseille?.id]);
    expect(await auditOf("programme.seeded")).toHaveLength(1);

    await updateCommitteeCadence({ ...context, programmeId, cadence: "quarterly" });
    await seedPrograms(database.db);
    expect((await config()).committeeCadence).toBe("quarterly");
    expect(await auditOf("programme.seeded")).toHaveLength(1);
  });
});

describe("support levels", () => {
  it("changes a level's rates and records who did it, before and after", async () => {
    const result = await attempt(() =>
      saveSupportLevel({
        ...context,
        programmeId,
        input: {
          intent: "level",
          kind: "scoping",
          label: "Cadrage",
          description: "",
          minRatePercent: 60,
          maxRatePercent: 80,
          costCeiling: 2_000_000,
        },
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const scoping = (await config()).levels.find((l) => l.kind === "scoping");
    expect(scoping).toMatchObject({
      minRatePercent: 60,
      maxRatePercent: 80,
      costCeilingCents: 2_000_000,
    });
    const [event] = await auditOf("programme.level_updated");
    expect(event).toMatchObject({
      actorId: context.actorId,
      requestId: "req-1",
      before: expect.objectContaining({ minRatePercent: 55, maxRatePercent: 75 }),
      after: expect.objectContaining({ minRatePercent: 60, maxRatePercent: 80 }),
    });
  });

  it("refuses a minimum above the maximum and writes nothing", async () => {
    const result = await attempt(() =>
      saveSupportLevel({
        ...context,
        programmeId,
        input: {
          intent: "level",
          kind: "scoping",
          label: "Cadrage",
          description: "",
          minRatePercent: 90,
          maxRatePercent: 80,
          costCeiling: null,
        },
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      refusal: {
        code: "min_above_max",
        field: "maxRatePercent",
        message: "programs.error.minAboveMax",
      },
    });
    expect((await config()).levels.find((l) => l.kind === "scoping")?.minRatePercent).toBe(55);
    expect(await auditOf("programme.level_updated")).toHaveLength(0);
  });

  it("removes a level, unless applications already ask for it", async () => {
    const [organization] = await database.db
      .insert(organizations)
      .values({ name: "Le Toit Partagé" })
      .returning({ id: organizations.id });
    const [application] = await database.db
      .insert(applications)
      .values({ programId: programmeId, organizationId: organization?.id ?? "" })
      .returning({ id: applications.id });
    await database.db
      .insert(applicationLevels)
      .values({ applicationId: application?.id ?? "", kind: "production" });
    expect(
      await attempt(() => removeSupportLevel({ ...context, programmeId, kind: "production" })),
    ).toMatchObject({
      ok: false,
      refusal: { code: "level_in_use", field: undefined, message: "programs.error.levelInUse" },
    });
    expect(
      await attempt(() => removeSupportLevel({ ...context, programmeId, kind: "diagnostic" })),
    ).toMatchObject({
      ok: true,
    });
    expect((await config()).levels.map((l) => l.kind)).toEqual(["scoping", "production"]);
    await database.db.delete(applications);
    await database.db.delete(organizations);
  });
});

describe("antennas: a département in one antenna only", () => {
  const antenna = (departements: string[], antennaId?: string) => ({
    intent: "antenna" as const,
    ...(antennaId ? { antennaId } : {}),
    name: "Antenne test",
    city: "Avignon",
    departements: departements as DepartementCode[],
  });

  it("refuses a département another antenna covers, naming it, and writes nothing", async () => {
    const before = await config();
    const result = await attempt(() =>
      saveAntenna({ ...context, programmeId, input: antenna(["84", "13"]) }),
    );
    expect(result).toMatchObject({
      ok: false,
      refusal: {
        code: "departement_taken",
        field: "departements",
        message: "programs.error.departementTaken",
        params: { departement: "84", antenna: "Antenne Provence-Alpes-Côte d'Azur et Corse" },
        details: {
          conflicts: [
            { departement: "84", antennaName: "Antenne Provence-Alpes-Côte d'Azur et Corse" },
            { departement: "13", antennaName: "Antenne Provence-Alpes-Côte d'Azur et Corse" },
          ],
        },
      },
    });
    expect((await config()).antennas).toHaveLength(before.antennas.length);
    expect(await auditOf("programme.antenna_added")).toHaveLength(0);
  });

  it("moves a département: free it from one antenna, then give it to another", async () => {
    const marseille = (await config()).antennas.find((a) => a.city === "Marseille");
    if (!marseille) throw new Error("no Marseille antenna");
    const without84 = marseille.departements.filter((code) => code !== "84");
    const saved = await attempt(() =>
      saveAntenna({
        ...context,
        programmeId,
        input: { ...antenna(without84, marseille.id), name: marseille.name, city: marseille.city },
      }),
    );
    expect(saved).toMatchObject({ ok: true });
    expect(
      await attempt(() => saveAntenna({ ...context, programmeId, input: antenna(["84"]) })),
    ).toMatchObject({
      ok: true,
    });
    const after = await config();
    const owners = after.antennas.filter((a) => a.departements.includes("84"));
    expect(owners.map((a) => a.city)).toEqual(["Avignon"]);
    expect(await auditOf("programme.antenna_updated")).toHaveLength(1);
    expect(await auditOf("programme.antenna_added")).toHaveLength(1);
  });

  it("refuses départements outside the programme's territory", async () => {
    const mainlandOnly = (await config()).eligibility;
    await updateEligibilityRules({
      ...context,
      programmeId,
      input: {
        intent: "eligibility",
        acceptedLegalForms: [...mainlandOnly.acceptedLegalForms],
        otherLegalForms: [],
        esusAccepted: true,
        minimumAgeYears: 3,
        departements: ["13", "84"],
      },
    });
    const result = await attempt(() =>
      saveAntenna({ ...context, programmeId, input: antenna(["974"]) }),
    );
    expect(result.ok === false && result.refusal).toMatchObject({
      field: "departements",
      message: "programs.error.outsideTerritory",
      params: { departements: "974" },
    });
  });

  it("removes an antenna", async () => {
    const reunion = (await config()).antennas.find((a) => a.departements.includes("974"));
    expect(
      await attempt(() => removeAntenna({ ...context, programmeId, antennaId: reunion?.id ?? "" })),
    ).toMatchObject({
      ok: true,
    });
    expect((await config()).antennas.some((a) => a.departements.includes("974"))).toBe(false);
  });
});

describe("axes, eligibility, funders, committee", () => {
  it("adds, renames and refuses a duplicate axis", async () => {
    expect(
      await attempt(() => addAxis({ ...context, programmeId, code: "culture", label: "Culture" })),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await attempt(() =>
        addAxis({ ...context, programmeId, code: "culture", label: "Culture bis" }),
      ),
    ).toMatchObject({
      ok: false,
      refusal: { code: "axis_code_taken", field: "code", message: "programs.error.axisCodeTaken" },
    });
    const culture = (await config()).axes.find((a) => a.code === "culture");
    expect(culture?.position).toBe(4);
    await renameAxis({
      ...context,
      programmeId,
      axisId: culture?.id ?? "",
      label: "Culture et loisirs",
    });
    expect((await config()).axes.find((a) => a.code === "culture")?.label).toBe(
      "Culture et loisirs",
    );
  });

  it("stores the eligibility rules read back by the public pages", async () => {
    await updateEligibilityRules({
      ...context,
      programmeId,
      input: {
        intent: "eligibility",
        acceptedLegalForms: ["9300", "9220"],
        otherLegalForms: ["5499"],
        esusAccepted: false,
        minimumAgeYears: 2,
        departements: ["974", "976"],
      },
    });
    expect((await config()).eligibility).toEqual({
      acceptedLegalForms: ["5499", "9220", "9300"],
      esusAccepted: false,
      minimumAgeYears: 2,
      departements: ["974", "976"],
    });
    expect(await auditOf("programme.eligibility_updated")).toHaveLength(1);
  });

  it("co-funds: finds a funder by name whatever the case, one envelope each", async () => {
    expect(
      await attempt(() =>
        addFundingEnvelope({
          ...context,
          programmeId,
          funderName: "ag2r la mondiale",
          amountCents: 1,
        }),
      ),
    ).toMatchObject({
      ok: false,
      refusal: {
        code: "envelope_exists",
        field: "funderName",
        message: "programs.error.envelopeExists",
      },
    });
    expect(
      await attempt(() =>
        addFundingEnvelope({
          ...context,
          programmeId,
          funderName: "Fondation Nouvelle",
          amountCents: 5_000_000,
        }),
      ),
    ).toMatchObject({ ok: true });
    const envelopes = (await config()).envelopes;
    expect(envelopes.map((e) => e.funderName)).toEqual([
      "AG2R La Mondiale",
      "Fondation Nouvelle",
      "Fonds Solidarité Numérique",
    ]);
    const ag2r = envelopes[0];
    await updateFundingEnvelope({
      ...context,
      programmeId,
      envelopeId: ag2r?.id ?? "",
      amountCents: 42,
    });
    expect((await config()).envelopes[0]?.amountCents).toBe(42);
  });

  it("keeps review criteria with stable ids", async () => {
    await saveReviewCriterion({
      ...context,
      programmeId,
      input: { intent: "criterion", label: "Cohérence du budget", description: "", weight: 4 },
    });
    const ids = (await config()).reviewCriteria.map((c) => c.id);
    expect(ids).toContain("coherence_du_budget");
    await saveReviewCriterion({
      ...context,
      programmeId,
      input: {
        intent: "criterion",
        criterionId: "budget",
        label: "Budget réaliste",
        description: "",
        weight: 2,
      },
    });
    expect((await config()).reviewCriteria.find((c) => c.id === "budget")).toMatchObject({
      label: "Budget réaliste",
      weight: 2,
    });
    await removeReviewCriterion({ ...context, programmeId, criterionId: "budget" });
    expect((await config()).reviewCriteria.some((c) => c.id === "budget")).toBe(false);
  });

  it("shows the history, newest first, with the actor's name", async () => {
    await updateProgrammeInfo({
      ...context,
      programmeId,
      input: {
        intent: "info",
        name: "Digit'ESS",
        description: "Nouvelle description",
        status: "closed",
        startsOn: "2025-01-01",
        endsOn: "2027-12-31",
        targetSupportedCount: 120,
      },
    });
    await updateCommitteeCadence({ ...context, programmeId, cadence: "bimonthly" });
    const history = await listProgrammeHistory(database.db, programmeId);
    expect(history.map((h) => [h.action, h.actorName])).toEqual([
      ["programme.committee_cadence_updated", "Alex Admin"],
      ["programme.info_updated", "Alex Admin"],
    ]);
    expect((await config()).status).toBe("closed");
  });
});

describe("programmes", () => {
  it("creates a closed programme and refuses a slug in use", async () => {
    expect(
      await attempt(() =>
        createProgramme({
          ...context,
          input: { intent: "create", name: "Autre", slug: "autre" },
        }),
      ),
    ).toEqual({
      ok: true,
      value: { slug: "autre" },
    });
    expect(
      await attempt(() =>
        createProgramme({
          ...context,
          input: { intent: "create", name: "X", slug: "digitess" },
        }),
      ),
    ).toMatchObject({
      ok: false,
      refusal: { code: "slug_taken", field: "slug", message: "programs.error.slugTaken" },
    });
    expect((await getProgrammeConfig(database.db, "autre"))?.status).toBe("closed");
    // The open programme stays the default one; the closed one is reachable by its slug.
    expect((await resolvePublicProgramme(database.db, null))?.config.slug).toBe("digitess");
    expect(await resolvePublicProgramme(database.db, "autre")).toMatchObject({ isDefault: false });
    expect(await resolvePublicProgramme(database.db, "NOPE")).toBeNull();
  });

  it("answers 404 (ProgrammeNotFoundError) for an item of another programme", async () => {
    await createProgramme({
      ...context,
      input: { intent: "create", name: "Autre", slug: "autre" },
    });
    const other = await getProgrammeConfig(database.db, "autre");
    const marseille = (await config()).antennas[0];
    await expect(
      removeAntenna({ ...context, programmeId: other?.id ?? "", antennaId: marseille?.id ?? "" }),
    ).rejects.toThrow(/Not found/);
  });
});

describe("the configuration kept between changes", () => {
  it("is read once until a programme table changes, and cannot be changed by a reader", async () => {
    const first = await config();
    expect(await config()).toBe(first);
    expect(Object.isFrozen(first.levels)).toBe(true);
    expect(() => {
      (first.axes as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    // A funder renamed by hand (no command): its envelope's name is read again.
    const envelope = first.envelopes[0];
    if (!envelope) throw new Error("digitess has no envelope");
    await database.db
      .update(funders)
      .set({ name: "Fondation renommée" })
      .where(eq(funders.id, envelope.funderId));
    const renamed = await config();
    expect(renamed).not.toBe(first);
    expect(renamed.envelopes.find((e) => e.funderId === envelope.funderId)?.funderName).toBe(
      "Fondation renommée",
    );
    expect(await getProgrammeConfig(database.db, "inconnu")).toBeNull();
  });
});
