/**
 * Organisations across every département, weighted by population (overseas included), with valid
 * SIREN and SIRET (Luhn), an ESS legal form (associations first), creation date, size, axes;
 * and, for about two in three, an owner account (and sometimes a second member) who can sign in.
 */
import { digitessAxes, essLegalForms } from "~/features/eligibility";
import { budgetBands } from "~/features/organizations";
import { departements } from "~/platform/geo";
import { luhnCheckDigit } from "~/platform/identifiers";
import { account, organizationMembers, organizations, user } from "../../../db/schema";
import type { VolumeContext, VolumeGenerator } from "../generator";
import { populationThousands } from "../population";
import { hashParts, type Rng, rowRng, stableUuid } from "../prng";

/** The password of every volume account (scratch databases only: the volume is never real). */
export const VOLUME_PASSWORD = "Volume-Digitess-2026";

const departementWeights = departements.map((d) => [d, populationThousands[d.code]] as const);

const legalFormWeights = Object.entries(essLegalForms).map(
  ([code, form]) =>
    [
      code,
      code === "9220"
        ? 400
        : form.family === "association"
          ? 12
          : form.family === "cooperative"
            ? 4
            : 2,
    ] as const,
);

const kinds = ["Association", "Collectif", "Maison", "Réseau", "Atelier", "Coopérative", "Foyer"];
const themes = [
  "des solidarités",
  "pour l'habitat partagé",
  "de l'insertion",
  "des aidants",
  "santé et prévention",
  "du lien social",
  "de l'emploi solidaire",
  "des familles",
  "jeunesse et avenir",
  "numérique pour tous",
];

/** Row index i's id: every generator reaches an organisation by index, without a lookup. */
export function organizationId(seed: number, index: number): string {
  return stableUuid(seed, "organizations", index);
}

/** The members of organisation i (owner first): none for about a third of them. */
export function memberIds(seed: number, index: number): string[] {
  const rng = rowRng(seed, "organization-members", index);
  if (!rng.chance(0.65)) return [];
  const owner = `vol-${seed}-${index}-0`;
  return rng.chance(0.2) ? [owner, `vol-${seed}-${index}-1`] : [owner];
}

/**
 * The département of organisation i: the first draw of its row (buildOrganization below makes
 * the same draw first), so applications are routed without reading the organisation back.
 */
export function departementOf(seed: number, index: number): string {
  return rowRng(seed, "organizations", index).weighted(departementWeights).code;
}

/** Employees of organisation i (most associations have none; a few have many). */
export function employeesOf(seed: number, index: number): number {
  const rng = rowRng(seed, "organization-size", index);
  if (rng.chance(0.55)) return 0;
  return Math.min(400, Math.floor(Math.exp(rng.next() * 5)));
}

/** A 9-digit payload unique per index (7919 is prime to 10^8), then its Luhn digit. */
function sirenOf(seed: number, index: number): string {
  const payload = (index * 7919 + (hashParts(seed, "siren") % 100_000_000)) % 100_000_000;
  const digits = String(payload).padStart(8, "0");
  return `${digits}${luhnCheckDigit(digits)}`;
}

function siretOf(siren: string): string {
  const payload = `${siren}0001`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

function dateBefore(rng: Rng, now: Date, maxYears: number): Date {
  return new Date(now.getTime() - rng.next() * maxYears * 365.25 * 86_400_000);
}

/** Organisation i and its members' accounts. */
function buildOrganization(context: VolumeContext, index: number) {
  const { seed } = context.plan;
  const rng = rowRng(seed, "organizations", index);
  const departement = rng.weighted(departementWeights);
  const legalFormCode = rng.weighted(legalFormWeights);
  const isAssociation = essLegalForms[legalFormCode]?.family === "association";
  const siren = sirenOf(seed, index);
  // Creation years skew recent: most structures are less than 20 years old.
  const creation = dateBefore(rng, context.now, 2 + 60 * rng.next() ** 2);
  const employees = employeesOf(seed, index);
  const band =
    budgetBands[Math.min(budgetBands.length - 1, Math.floor(Math.log10(employees + 1) * 2.5))];
  const postcodePrefix =
    departement.code === "2A" || departement.code === "2B"
      ? "20"
      : departement.code.slice(0, departement.code.length === 3 ? 3 : 2);
  const postcode = `${postcodePrefix}${String(rng.int(0, 10 ** (5 - postcodePrefix.length) - 1)).padStart(5 - postcodePrefix.length, "0")}`;
  const id = organizationId(seed, index);
  const members = memberIds(seed, index);
  const createdAt = dateBefore(rng, context.now, 3);
  const row = {
    id,
    siren,
    siret: siretOf(siren),
    rna: isAssociation ? `W${String((index * 7919 + 13) % 1_000_000_000).padStart(9, "0")}` : null,
    name: `${rng.pick(kinds)} ${rng.pick(themes)} ${departement.name} ${index + 1}`,
    legalFormCode,
    creationDate: creation.toISOString().slice(0, 10),
    addressLine: `${rng.int(1, 180)} rue de la République`,
    postcode,
    commune: departement.name,
    departement: departement.code,
    region: departement.region,
    essMember: rng.chance(0.4),
    esusApproved: rng.chance(0.1),
    website: rng.chance(0.5) ? `https://structure-${index + 1}.exemple.fr` : null,
    employees,
    volunteers: rng.int(0, 120),
    budgetBand: band?.id ?? null,
    actionAxes: rng.subset(
      digitessAxes.map((axis) => axis.code),
      0.35,
      1,
    ),
    createdBy: members[0] ?? null,
    createdAt,
    updatedAt: createdAt,
  };
  const users = members.map((userId, k) => ({
    id: userId,
    name: `Membre ${k + 1} de la structure ${index + 1}`,
    email: `membre-${seed}-${index}-${k}@volume.digitess.test`,
    emailVerified: true,
    role: "applicant",
    createdAt,
    updatedAt: createdAt,
  }));
  return {
    row,
    prerequisites: [{ table: user, rows: users }],
    dependents: [
      {
        table: account,
        rows: users.map((u) => ({
          id: `${u.id}-credential`,
          accountId: u.id,
          providerId: "credential",
          userId: u.id,
          password: context.passwordHash,
          createdAt,
          updatedAt: createdAt,
        })),
      },
      {
        table: organizationMembers,
        rows: users.map((u, k) => ({
          organizationId: id,
          userId: u.id,
          role: k === 0 ? "owner" : "member",
          joinedAt: createdAt,
        })),
      },
    ],
  };
}

export const organizationsGenerator: VolumeGenerator = {
  name: "organizations",
  table: organizations,
  key: organizations.id,
  count: ({ plan }) => plan.organizations,
  build: buildOrganization,
};
