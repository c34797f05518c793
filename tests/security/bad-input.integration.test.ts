/**
 * Bad input (issue 12), property-based: fast-check posts generated and hostile bodies to every
 * action of the route manifest and to the API endpoints, as a persona who may act there (so the
 * body is read, not refused by the guard): wrong content types, broken multipart, bodies over the
 * cap, NUL characters, unicode, HTML and SQL fragments, missing, repeated and extra fields,
 * negative and enormous amounts, impossible dates, hostile path parameters. Whatever comes in:
 * - never a 5xx (nor an exception out of the route);
 * - a refusal (4xx) leaves every table as it was;
 * - a 400 with field errors names fields of the form, each with a message of the French
 *   catalogue (never a raw key, never a library's English default); the API's 400/422 name
 *   their fields too.
 * An action missing from `targets` fails the suite. Runs are bounded (RUNS, default 6 a target).
 */
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepFieldNames } from "~/features/applications/draft";
import { getQuestionBank } from "~/features/diagnostic/question-bank";
import { stepQuestions } from "~/features/diagnostic/steps";
import { buildOrganizationProfileSchema } from "~/features/organizations/organization-profile.schema";
import { digitessProgramme } from "~/features/programs/digitess";
import { catalogue } from "~/i18n.server";
import type { Services } from "~/services.server";
import { type RegistryReplay, startRegistryReplay } from "../support/registry-replay";
import { createRouteClient, type RouteFunction, type RouteOutcome } from "../support/route-client";
import { signInAs } from "../support/sessions";
import { createTestServices, eventually } from "../support/test-services";
import type { PersonaName } from "./access-matrix";
import { leafRoutes, match } from "./manifest";
import { buildWorld, fill, type World } from "./world";

const RUNS = Number(process.env.BAD_INPUT_RUNS ?? 6);
/**
 * A fixed seed by default, so that a run is reproducible and CI does not land or fail by chance;
 * `BAD_INPUT_SEED=random` explores new bodies (a failure prints the seed to replay with
 * `BAD_INPUT_SEED=<seed>`), and each defect found that way is fixed and kept passing here.
 */
const SEED =
  process.env.BAD_INPUT_SEED === "random"
    ? undefined
    : Number(process.env.BAD_INPUT_SEED ?? 20261202);

type RouteModule = { loader?: RouteFunction; action?: RouteFunction };
const modules = import.meta.glob<RouteModule>(["../../app/routes/**/*.{ts,tsx}", "!**/*.test.*"]);
async function load(file: string): Promise<RouteModule> {
  const importer = modules[`../../app/${file}`];
  if (!importer) throw new Error(`route module ${file} not found`);
  return importer();
}

type Target = {
  /** The manifest pattern of the route. */
  readonly route: string;
  /** The path posted (placeholders filled); a list: one is drawn per run. */
  readonly paths: readonly string[];
  /** Who posts (a persona who may act there). */
  readonly as: PersonaName | "freshApplicant";
  /** The form's fields (drawn present or missing, with hostile values). */
  readonly fields: readonly string[];
  /** The `intent` values of its forms. */
  readonly intents?: readonly string[];
  /** A JSON endpoint (API): bodies are mostly JSON. */
  readonly json?: boolean;
};

const bank = getQuestionBank("2026-1");
const criteria = digitessProgramme.reviewCriteria.map((criterion) => criterion.id);
const step = (n: number) => [...stepFieldNames(n as 1 | 2 | 3 | 4 | 5)];
const stepPaths = (id: string, suffix = "") =>
  ["1", "2", "3", "4", "5", "0", "6", "x", "3.5"].map(
    (n) => `/espace/candidatures/${id}/etape/${n}${suffix}`,
  );
const profile = Object.keys(
  (buildOrganizationProfileSchema() as unknown as { shape: Record<string, unknown> }).shape,
);
const programmeFields = [
  "name",
  "description",
  "status",
  "startsOn",
  "endsOn",
  "targetSupportedCount",
  "kind",
  "label",
  "minRatePercent",
  "maxRatePercent",
  "costCeiling",
  "code",
  "axisId",
  "acceptedLegalForms",
  "otherLegalForms",
  "esusAccepted",
  "minimumAgeYears",
  "departements",
  "antennaId",
  "city",
  "contactEmail",
  "contactPhone",
  "funderName",
  "amount",
  "envelopeId",
  "cadence",
  "criterionId",
  "weight",
  "basis",
  "thresholdPoints",
  "shares.axis.housing",
  "shares.region.La Réunion",
  "shares.size.none",
  "rediagnosticMonths",
];
const admin = (route: string, path: string, intents: string[]): Target => ({
  route,
  paths: [path],
  as: "admin",
  fields: programmeFields,
  intents,
});

/**
 * One target per action of the manifest, in the order they run: the ones that change the state
 * of A's application or membership for good (withdraw, declare ineligible, remove a member) last.
 */
const targets: readonly Target[] = [
  {
    route: "/connexion",
    paths: ["/connexion"],
    as: "anonymous",
    fields: ["email", "password", "redirectTo"],
  },
  {
    route: "/inscription",
    paths: ["/inscription"],
    as: "anonymous",
    fields: ["name", "email", "password"],
  },
  {
    route: "/mot-de-passe-oublie",
    paths: ["/mot-de-passe-oublie"],
    as: "anonymous",
    fields: ["email"],
  },
  {
    route: "/reinitialiser-mot-de-passe",
    paths: ["/reinitialiser-mot-de-passe"],
    as: "anonymous",
    fields: ["token", "password"],
  },
  {
    route: "/lien-de-connexion",
    paths: ["/lien-de-connexion"],
    as: "anonymous",
    fields: ["email"],
  },
  {
    route: "/eligibilite",
    paths: ["/eligibilite"],
    as: "anonymous",
    fields: ["siret", "legalForm", "esus", "creationDate", "axes", "departement"],
    intents: ["check", "prefill"],
  },
  {
    route: "/simulateur",
    paths: ["/simulateur", "/simulateur?programme=digitess"],
    as: "anonymous",
    fields: ["level", "totalCost", "ratePercent"],
  },
  {
    route: "/compte/notifications",
    paths: ["/compte/notifications"],
    as: "applicantB",
    fields: [
      "staff_message",
      "information_requested",
      "correction_requested",
      "information_reminder",
    ],
  },
  {
    route: "/espace",
    paths: ["/espace"],
    as: "applicantA",
    fields: ["invitationId"],
    intents: ["accept-invitation"],
  },
  {
    route: "/espace/structure/nouvelle",
    paths: ["/espace/structure/nouvelle"],
    as: "applicantB",
    fields: [...profile, "organizationId", "message"],
    intents: ["create", "join"],
  },
  { route: "/espace/structure", paths: ["/espace/structure"], as: "applicantB", fields: profile },
  {
    route: "/espace/membres",
    paths: ["/espace/membres"],
    as: "applicantA",
    fields: ["email", "invitationId", "joinRequestId"],
    intents: ["invite", "revoke", "accept", "decline"],
  },
  {
    route: "/espace/membres/quitter",
    paths: ["/espace/membres/quitter"],
    as: "applicantA",
    fields: [],
  },
  {
    route: "/espace/changer-de-structure",
    paths: ["/espace/changer-de-structure"],
    as: "applicantA",
    fields: ["organizationId"],
  },
  {
    route: "/invitation/:token",
    paths: ["/invitation/{invitationToken}", "/invitation/%00", "/invitation/x"],
    as: "applicantB",
    fields: [],
  },
  { route: "/diagnostic", paths: ["/diagnostic"], as: "applicantA", fields: ["organizationId"] },
  {
    route: "/diagnostic/:token/etape/:step",
    paths: ["1", "2", "0", "99", "x"].map((n) => `/diagnostic/{anonymousToken}/etape/${n}`),
    as: "anonymous",
    fields: bank ? stepQuestions(bank, 1).map((question) => question.id) : [],
    intents: ["previous", "save", "next"],
  },
  {
    route: "/diagnostic/:token/resultat",
    paths: ["/diagnostic/{diagnosticToken}/resultat", "/diagnostic/inconnu/resultat"],
    as: "applicantA",
    fields: ["organizationId"],
    intents: ["sign-up", "sign-in", "attach"],
  },
  {
    route: "/espace/diagnostics",
    paths: ["/espace/diagnostics"],
    as: "applicantB",
    fields: ["organizationId"],
  },
  {
    route: "/espace/candidatures/nouvelle",
    paths: ["/espace/candidatures/nouvelle"],
    as: "applicantB",
    fields: ["programId"],
  },
  {
    route: "/espace/candidatures/:id",
    paths: ["/espace/candidatures/{submitted}", "/espace/candidatures/not-a-uuid"],
    as: "applicantA",
    fields: ["body", "files"],
    intents: ["message"],
  },
  {
    route: "/espace/candidatures/:id/etape/:n",
    paths: stepPaths("{draft}"),
    as: "applicantA",
    fields: [...step(1), ...step(2), ...step(3), ...step(5), "attachmentId", "kind", "file"],
    intents: ["save", "next", "previous", "list", "remove"],
  },
  {
    route: "/espace/candidatures/:id/etape/:n/enregistrer",
    paths: stepPaths("{draft}", "/enregistrer"),
    as: "applicantA",
    fields: [...step(1), ...step(2), ...step(3), ...step(5)],
  },
  {
    route: "/espace/candidatures/:id/recapitulatif",
    paths: ["/espace/candidatures/{draft}/recapitulatif"],
    as: "applicantA",
    fields: [],
    intents: ["submit"],
  },
  {
    route: "/espace/candidatures/:id/renvoyer",
    paths: ["/espace/candidatures/{submitted}/renvoyer"],
    as: "applicantA",
    fields: [],
  },
  {
    route: "/instruction/exports/nouvelle",
    paths: ["/instruction/exports/nouvelle", "/instruction/exports/nouvelle?statut=%00&tri=x"],
    as: "instructor",
    fields: ["columns", "format"],
  },
  {
    route: "/instruction/candidatures/:id/examen",
    paths: ["/instruction/candidatures/{submitted}/examen"],
    as: "instructor",
    fields: [],
  },
  {
    route: "/instruction/candidatures/:id",
    paths: ["/instruction/candidatures/{submitted}"],
    as: "instructor",
    fields: ["body"],
    intents: ["note", "message"],
  },
  {
    route: "/instruction/candidatures/:id/evaluation",
    paths: ["/instruction/candidatures/{submitted}/evaluation"],
    as: "instructor",
    fields: criteria.flatMap((id) => [`score_${id}`, `comment_${id}`]),
  },
  {
    route: "/instruction/candidatures/:id/complements",
    paths: ["/instruction/candidatures/{submitted}/complements"],
    as: "instructor",
    fields: ["message", "items"],
  },
  {
    route: "/instruction/candidatures/:id/attribution",
    paths: ["/instruction/candidatures/{submitted}/attribution"],
    as: "instructor",
    fields: ["antennaId", "assigneeId", "reason"],
  },
  {
    route: "/instruction/candidatures/:id/correction",
    paths: ["/instruction/candidatures/{submitted}/correction"],
    as: "instructor",
    fields: ["steps", "fields", "message"],
  },
  {
    route: "/instruction/candidatures/:id/prete",
    paths: ["/instruction/candidatures/{submitted}/prete"],
    as: "instructor",
    fields: ["summary"],
  },
  {
    route: "/admin/diagnostic",
    paths: ["/admin/diagnostic"],
    as: "admin",
    fields: ["json", "file"],
    intents: ["edit", "preview", "publish"],
  },
  {
    route: "/admin/programmes",
    paths: ["/admin/programmes"],
    as: "admin",
    fields: ["name", "slug"],
    intents: ["create"],
  },
  admin("/admin/programmes/:slug", "/admin/programmes/digitess", ["info"]),
  admin("/admin/programmes/:slug/echelons", "/admin/programmes/digitess/echelons", [
    "level",
    "removeLevel",
    "rediagnostic",
  ]),
  admin("/admin/programmes/:slug/axes", "/admin/programmes/digitess/axes", [
    "addAxis",
    "editAxis",
    "removeAxis",
  ]),
  admin("/admin/programmes/:slug/eligibilite", "/admin/programmes/digitess/eligibilite", [
    "eligibility",
  ]),
  admin("/admin/programmes/:slug/antennes", "/admin/programmes/digitess/antennes", [
    "antenna",
    "removeAntenna",
  ]),
  admin("/admin/programmes/:slug/financeurs", "/admin/programmes/digitess/financeurs", [
    "addEnvelope",
    "editEnvelope",
    "removeEnvelope",
  ]),
  admin("/admin/programmes/:slug/comite", "/admin/programmes/digitess/comite", [
    "committee",
    "targets",
    "criterion",
    "removeCriterion",
  ]),
  {
    route: "/api/v1/eligibility",
    paths: ["/api/v1/eligibility"],
    as: "anonymous",
    fields: ["programme", "legalForm", "esus", "creationDate", "axes", "departement", "onDate"],
    json: true,
  },
  {
    route: "/api/v1/funding/simulate",
    paths: ["/api/v1/funding/simulate"],
    as: "anonymous",
    fields: ["programme", "level", "totalCostCents", "ratePercent"],
    json: true,
  },
  {
    route: "/api/v1/diagnostic/score",
    paths: ["/api/v1/diagnostic/score"],
    as: "anonymous",
    fields: ["version", "answers"],
    json: true,
  },
  {
    route: "/api/v1/programmes",
    paths: ["/api/v1/programmes"],
    as: "anonymous",
    fields: [],
    json: true,
  },
  {
    route: "/api/v1/programmes/:slug",
    paths: ["/api/v1/programmes/digitess", "/api/v1/programmes/%00"],
    as: "anonymous",
    fields: [],
    json: true,
  },
  { route: "/api/v1/*", paths: ["/api/v1/x"], as: "anonymous", fields: [], json: true },
  {
    route: "/accompagnements",
    paths: ["/accompagnements"],
    as: "admin",
    fields: ["antennaId", "consultantId", "diagnostic", "scoping", "production"],
    intents: ["capacity"],
  },
  {
    // The world's support in progress (a body a command accepts changes it; a refusal must not),
    // and ids that are no support (404).
    route: "/accompagnements/:supportId",
    paths: [
      "/accompagnements/{support}",
      "/accompagnements/5b0d6a6e-0000-4000-8000-000000000003",
      "/accompagnements/%00",
      "/accompagnements/x",
    ],
    as: "admin",
    fields: [
      "consultantId",
      "plannedStart",
      "plannedEnd",
      "notes",
      "action",
      "reason",
      "details",
      "kind",
      "title",
      "happenedOn",
      "note",
      "partId",
      "amount",
      "on",
      "reference",
    ],
    intents: ["plan", "status", "milestone", "payment"],
  },
  {
    route: "/avis/:token",
    paths: [
      "/avis/{feedbackToken}",
      "/avis/x",
      "/avis/%00",
      "/avis/eyJwIjoiZm9yZ2VkIn0.AAAAAAAAAAAAAAAA",
    ],
    as: "anonymous",
    fields: [
      "satisfaction",
      "consultantQuality",
      "needsFit",
      "beneficiaryChanges",
      "recommendation",
      "comment",
    ],
  },
  {
    route: "/api/auth/*",
    paths: [
      "/api/auth/sign-in/email",
      "/api/auth/sign-up/email",
      "/api/auth/request-password-reset",
      "/api/auth/sign-in/magic-link",
      "/api/auth/update-user",
    ],
    as: "applicantB",
    fields: ["email", "password", "name", "redirectTo", "callbackURL", "image"],
    json: true,
  },
  // Changes for good: last.
  {
    route: "/instruction/candidatures/:id/non-eligible",
    paths: ["/instruction/candidatures/{submitted}/non-eligible"],
    as: "instructor",
    fields: ["category", "reason"],
  },
  {
    route: "/espace/candidatures/:id/retrait",
    paths: ["/espace/candidatures/{submitted}/retrait"],
    as: "applicantA",
    fields: ["reason"],
  },
  {
    route: "/espace/membres/:userId/responsable",
    paths: ["/espace/membres/{memberA}/responsable", "/espace/membres/%00/responsable"],
    as: "applicantA",
    fields: [],
  },
  {
    route: "/espace/membres/:userId/retirer",
    paths: ["/espace/membres/{memberA}/retirer", "/espace/membres/x/retirer"],
    as: "applicantA",
    fields: [],
  },
  // Signs its poster out: a fresh account each run.
  // Screening committees (issue 14): the session of the world (planned, the committee member
  // persona its only member), an item that does not exist.
  {
    route: "/comites",
    paths: ["/comites"],
    as: "committeeMember",
    fields: ["place"],
    intents: ["place"],
  },
  {
    route: "/comites/nouvelle",
    paths: ["/comites/nouvelle"],
    as: "instructor",
    fields: [
      "programId",
      "date",
      "time",
      "place",
      "videoUrl",
      "minFunderPresent",
      "minOperatorPresent",
    ],
  },
  {
    // Before the session's own forms, which may start the meeting (then the edit answers 409).
    route: "/comites/:sessionId/modifier",
    paths: [
      "/comites/{committeeSession}/modifier",
      "/comites/5b0d6a6e-0000-4000-8000-000000000001/modifier",
      "/comites/%00/modifier",
      "/comites/x/modifier",
    ],
    as: "instructor",
    fields: ["date", "time", "place", "videoUrl", "minFunderPresent", "minOperatorPresent"],
  },
  {
    route: "/comites/:sessionId",
    paths: ["/comites/{committeeSession}", "/comites/%00", "/comites/x"],
    as: "instructor",
    fields: ["userId", "side", "applicationId", "itemId", "direction", "present", "confirm"],
    intents: [
      "add_member",
      "remove_member",
      "add_item",
      "remove_item",
      "move_item",
      "presence",
      "open_pre_review",
      "start_session",
      "close",
    ],
  },
  {
    route: "/comites/:sessionId/points/:itemId",
    paths: [
      "/comites/{committeeSession}/points/{committeeItem}",
      "/comites/{committeeSession}/points/{conflictedItem}",
      "/comites/{committeeSession}/points/5b0d6a6e-0000-4000-8000-000000000001",
      "/comites/{committeeSession}/points/%00",
    ],
    as: "committeeMember",
    fields: ["outcome", "reason", "message", "missing", "confirm", "comment"],
    intents: ["score", "conflict", "decide", "amend"],
  },
  {
    route: "/admin/taches",
    paths: ["/admin/taches"],
    as: "admin",
    fields: ["jobId", "name"],
    intents: ["retry"],
  },
  // Accounts and personal data (issue 12): a fresh applicant of their own, so that a password
  // changed, a session revoked or an account deleted by a generated body harms no other target.
  {
    route: "/compte",
    paths: ["/compte"],
    as: "freshApplicant",
    fields: ["name", "currentPassword", "newPassword"],
    intents: ["name", "password", "sign-out-everywhere"],
  },
  {
    route: "/compte/suppression",
    paths: ["/compte/suppression"],
    as: "freshApplicant",
    fields: ["password", "confirm"],
  },
  {
    route: "/admin/utilisateurs/:userId",
    paths: ["/admin/utilisateurs/inconnu", "/admin/utilisateurs/%00"],
    as: "admin",
    fields: [],
    intents: ["deactivate", "reactivate"],
  },
  {
    route: "/admin/comptes/suppression",
    paths: ["/admin/comptes/suppression"],
    as: "admin",
    fields: ["userId", "email", "confirm"],
  },
  { route: "/deconnexion", paths: ["/deconnexion"], as: "freshApplicant", fields: [] },
  // Last: an allowed request starts a job that writes the exports table after the answer.
  {
    route: "/compte/donnees",
    paths: ["/compte/donnees"],
    as: "freshApplicant",
    fields: [],
    intents: ["export"],
  },
];

// ── Generators ────────────────────────────────────────────────────────────────────────────────

const hostileText = fc.constantFrom(
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '\'; drop table "user"; --',
  "' or '1'='1",
  "\u0000",
  "avant\u0000après",
  "\u202efdp.exe",
  "-1",
  "0",
  "101",
  "1000",
  "1e308",
  "-1e308",
  " 1 000 ",
  "1,5",
  "NaN",
  "Infinity",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "31/12/2025",
  "",
  "   ",
  "null",
  "true",
  "[]",
  "{}",
  "😀👩🏽‍💻🏳️‍🌈",
  "\r\nSet-Cookie: x=1",
  "%00",
  "../../etc/passwd",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "x".repeat(70_000),
);

const value = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }).map((d) => d.toString()) },
);

const jsonValue = fc.oneof(
  value,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(value, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 3 }),
);

type Encoding = "urlencoded" | "multipart" | "json" | "text" | "none" | "broken-multipart" | "huge";

type Post = {
  path: string;
  encoding: Encoding;
  pairs: [string, string][];
  json: unknown;
};

function postOf(target: Target): fc.Arbitrary<Post> {
  const field = target.fields.length > 0 ? fc.constantFrom(...target.fields) : fc.string();
  const intent = target.intents ? fc.constantFrom(...target.intents) : value;
  const pairs = fc
    .tuple(
      fc.option(intent, { nil: undefined }),
      fc.array(fc.tuple(field, value), { maxLength: 8 }),
      fc.array(fc.tuple(fc.string({ maxLength: 12 }), value), { maxLength: 2 }),
    )
    .map(([chosen, known, extra]) => {
      const list: [string, string][] = [...known, ...extra];
      if (chosen !== undefined) list.unshift(["intent", chosen]);
      return list;
    });
  const json = fc.oneof(
    fc.dictionary(field, jsonValue, { maxKeys: 8 }),
    jsonValue,
    fc.constant("{"),
  );
  const encodings: Encoding[] = target.json
    ? ["json", "json", "json", "urlencoded", "text", "none", "huge"]
    : [
        "urlencoded",
        "urlencoded",
        "urlencoded",
        "multipart",
        "json",
        "text",
        "none",
        "broken-multipart",
        "huge",
      ];
  return fc.record({
    path: fc.constantFrom(...target.paths),
    encoding: fc.constantFrom(...encodings),
    pairs,
    json,
  });
}

function requestOptions(post: Post): {
  form?: FormData | [string, string][];
  json?: unknown;
  body?: BodyInit;
  headers: Record<string, string>;
} {
  const headers: Record<string, string> = { origin: services.env.APP_URL };
  switch (post.encoding) {
    case "urlencoded":
      return { form: post.pairs, headers };
    case "multipart": {
      const form = new FormData();
      for (const [name, item] of post.pairs) form.append(name, item);
      form.append("file", new File([item(post)], "fichier\u202e.pdf", { type: "application/pdf" }));
      return { form, headers };
    }
    case "json":
      if (post.json === "{")
        return { body: "{", headers: { ...headers, "content-type": "application/json" } };
      return { json: post.json, headers };
    case "text":
      return { body: "intent=save&body=x", headers: { ...headers, "content-type": "text/plain" } };
    case "none":
      return { body: new TextEncoder().encode("a=1"), headers };
    case "broken-multipart":
      return {
        body: '--autre\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n',
        headers: { ...headers, "content-type": "multipart/form-data; boundary=attendu" },
      };
    case "huge":
      return { form: [...post.pairs, ["body", "é".repeat(150_000)]], headers };
  }
}

function item(post: Post): string {
  return (
    post.pairs
      .map(([, text]) => text)
      .join("")
      .slice(0, 1000) || "%PDF-1.4"
  );
}

// ── Checks ────────────────────────────────────────────────────────────────────────────────────

/** Every French message of the catalogue, as a pattern (placeholders match anything). */
const frenchMessages: RegExp[] = Object.values(catalogue.fr as Record<string, string>).map(
  (message) =>
    new RegExp(
      `^${message
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[\\s\\S]*")}$`,
    ),
);
/** A French message, or a catalogue key that the page translates as it draws the field. */
const isFrench = (message: string) =>
  message in catalogue.fr || frenchMessages.some((pattern) => pattern.test(message));

const VOLATILE = new Set([
  "session",
  "verification",
  "rate_limit",
  "rate_limit_counters",
  "registry_cache",
  "application_read_markers",
]);

let services: Services & { dataDir: string };
let replay: RegistryReplay;
let client: ReturnType<typeof createRouteClient>;
let world: World;
let tableNames: string[];

/**
 * Jobs an accepted body enqueues that write tables when they run (an export of one's data, of the
 * inbox, a committee session's invitations): a refused body's tables are compared once those of
 * the bodies before it have finished.
 */
const TABLE_WRITING_JOBS = ["export-personal-data", "export-review-inbox", "committee-invitations"];

async function jobsSettled(): Promise<void> {
  await eventually(async () => {
    const result = (await services.db.execute(
      sql`select count(*)::int as pending from pgboss.job
          where name in (${sql.join(
            TABLE_WRITING_JOBS.map((name) => sql`${name}`),
            sql`, `,
          )}) and state in ('created', 'retry', 'active')`,
    )) as unknown as { rows: { pending: number }[] };
    return Number(result.rows[0]?.pending ?? 0) === 0;
  }, 30_000);
}

async function fingerprint(): Promise<Record<string, string>> {
  const parts = tableNames.map(
    (name) =>
      `'${name}', (select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "${name}" t)`,
  );
  const result = (await services.db.execute(
    sql.raw(`select json_build_object(${parts.join(", ")}) as state`),
  )) as unknown as { rows: { state: Record<string, string> | string }[] };
  const state = result.rows[0]?.state ?? {};
  return typeof state === "string" ? JSON.parse(state) : state;
}

beforeAll(async () => {
  replay = await startRegistryReplay();
  services = await createTestServices({ REGISTRY_API_URL: replay.url });
  client = createRouteClient(services);
  world = await buildWorld(services);
  const tables = (await services.db.execute(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: { name: string }[] };
  tableNames = tables.rows.map((row) => row.name).filter((name) => !VOLATILE.has(name));
}, 180_000);
afterAll(async () => {
  await services?.close();
  await replay?.close();
});

/** What the form's 400 says wrong: fields that are not the form's, messages not French. */
function fieldErrorProblems(target: Target, post: Post, data: unknown): string[] {
  const problems: string[] = [];
  const names = new Set([...target.fields, ...post.pairs.map(([name]) => name), "intent", "body"]);
  const error = (data as { result?: { error?: Record<string, string[] | null> } } | null)?.result
    ?.error;
  if (error) {
    for (const [name, messages] of Object.entries(error)) {
      if (name !== "" && !names.has(name) && !names.has(name.replace(/\[\d+\]$/, ""))) {
        problems.push(`error on "${name}", not a field of the form`);
      }
      for (const message of messages ?? []) {
        if (!isFrench(message)) problems.push(`"${name}": "${message}" is not a French message`);
      }
    }
  }
  const apiErrors = (data as { errors?: { field?: unknown; message?: unknown }[] } | null)?.errors;
  if (Array.isArray(apiErrors)) {
    for (const entry of apiErrors) {
      if (typeof entry.field !== "string" || entry.field === "")
        problems.push("an API error names no field");
      if (typeof entry.message !== "string" || entry.message.trim() === "") {
        problems.push(`API error on ${String(entry.field)} has no message`);
      }
    }
  }
  return problems;
}

async function cookieOf(target: Target): Promise<string> {
  if (target.as !== "freshApplicant") return world.cookies[target.as];
  return (await signInAs(services, { role: "applicant" })).cookie;
}

describe("every action is a target", () => {
  it("lists every route of the manifest that has an action (and only those)", async () => {
    const withAction: string[] = [];
    for (const leaf of leafRoutes()) {
      if ((await load(leaf.files.at(-1) ?? "")).action) withAction.push(leaf.pattern);
    }
    const listed = targets.map((target) => target.route);
    expect(withAction.filter((route) => !listed.includes(route))).toEqual([]);
    expect(listed.filter((route) => !withAction.includes(route))).toEqual([]);
  });
});

describe.each(targets.map((target) => [target.route, target] as const))("%s", (_route, target) => {
  it("answers every generated body without a 5xx, stores nothing when it refuses, and names the field in French", async () => {
    const file = leafRoutes()
      .find((leaf) => leaf.pattern === target.route)
      ?.files.at(-1);
    if (!file) throw new Error(`${target.route} is not in the manifest`);
    const action = (await load(file)).action;
    if (!action) throw new Error(`${target.route} has no action`);
    await fc.assert(
      fc.asyncProperty(postOf(target), async (post) => {
        const url = new URL(fill(post.path, world), services.env.APP_URL);
        const cookie = await cookieOf(target);
        await jobsSettled();
        const before = await fingerprint();
        let outcome: RouteOutcome;
        try {
          outcome = await client.call(action, {
            path: url.pathname + url.search,
            params: match(url.pathname).params,
            method: "POST",
            cookie,
            ...requestOptions(post),
          });
        } catch (error) {
          throw new Error(
            `the route threw: ${error instanceof Error ? error.stack : String(error)}`,
          );
        }
        expect(outcome.status, `status of ${post.encoding} ${url.pathname}`).toBeLessThan(500);
        if (outcome.status >= 400) {
          const after = await fingerprint();
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          expect(changed, `tables changed by a ${outcome.status}`).toEqual([]);
        }
        if (outcome.status === 400 || outcome.status === 422) {
          expect(fieldErrorProblems(target, post, outcome.data)).toEqual([]);
        }
      }),
      { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });
});

// Path parameters are input too: every route with parameters, each parameter replaced by a
// hostile value (a NUL, a bidi override, a quote, 2,000 characters), read and posted by personas
// who may open the route with real ids: a 404 or another refusal, never a 5xx.
describe("hostile path parameters", () => {
  const hostileParams = ["%00", "%E2%80%AE", "x'%20or%20'1'='1", "9".repeat(2000)];
  const posters: PersonaName[] = ["applicantA", "instructor", "admin"];
  const withParams = leafRoutes().filter((leaf) => leaf.pattern.includes("/:"));

  it.each(withParams.map((leaf) => [leaf.pattern, leaf] as const))("%s", async (_pattern, leaf) => {
    const chain = await Promise.all(leaf.files.map(load));
    const failures: string[] = [];
    for (const hostile of hostileParams) {
      const names = [...leaf.pattern.matchAll(/:(\w+)/g)].map((m) => m[1] ?? "");
      for (const name of names) {
        const path = leaf.pattern.replace(`:${name}`, hostile).replace(/:(\w+)/g, "x");
        const url = new URL(path, services.env.APP_URL);
        const { params } = match(url.pathname);
        for (const persona of posters) {
          const calls: [string, RouteFunction | undefined][] = [
            ...chain.map((module) => ["GET", module.loader] as [string, RouteFunction | undefined]),
            ["POST", chain.at(-1)?.action],
          ];
          for (const [method, fn] of calls) {
            if (!fn) continue;
            try {
              const outcome = await client.call(fn, {
                path: url.pathname,
                params,
                method,
                cookie: world.cookies[persona],
                headers: { origin: services.env.APP_URL },
                ...(method === "POST" ? { form: { intent: "save" } } : {}),
              });
              if (outcome.status >= 500)
                failures.push(`${method} ${path} as ${persona}: ${outcome.status}`);
            } catch (error) {
              failures.push(`${method} ${path} as ${persona}: ${String(error).slice(0, 200)}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
