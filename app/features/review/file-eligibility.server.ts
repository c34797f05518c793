// The eligibility check of an application's file, run again today (issue 13): the programme's
// rules on the organisation's current record and the axes requested, with what the public company
// register says of it when it has a SIRET or a SIREN. The register never fails the page: when it
// is slow, down or answers nonsense, the file says "registre indisponible" and keeps the record's
// values (and shows the result stored at submission next to it).
import type { ProgramConfig } from "~/features/applications";
import {
  checkEligibility,
  type EligibilityAnswers,
  type IsoDate,
  toEligibilityResponse,
} from "~/features/eligibility";
import type { Locale } from "~/platform/i18n/types";
import type { RegistryClient, RegistryEntry, RegistrySearch } from "~/platform/registry";

/** Longest wait for the register (its client times out at 3 s; this bounds a stalled client). */
export const FILE_REGISTRY_DEADLINE_MS = 3500;

export type FileRegistry =
  | { status: "found"; name: string; closed: boolean }
  | { status: "not_found" }
  | { status: "unavailable" }
  /** The organisation has neither SIRET nor SIREN. */
  | { status: "not_asked" };

export type FileEligibility = {
  registry: FileRegistry;
  eligible: boolean | null;
  criteria: { id: string; met: boolean | null; message: string }[];
  /** Where each value checked came from. */
  sources: Record<"legalForm" | "creationDate" | "departement", "registry" | "organization">;
  /** The result stored at submission. */
  stored: { eligible: boolean | null; criteria: { id: string; met: boolean | null }[] } | null;
};

export type EligibilityOrganization = {
  siren: string | null;
  siret: string | null;
  legalFormCode: string | null;
  esusApproved: boolean;
  creationDate: string | null;
  departement: string | null;
};

async function searchWithDeadline(
  registry: Pick<RegistryClient, "search">,
  query: string,
): Promise<RegistrySearch | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      registry.search(query),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), FILE_REGISTRY_DEADLINE_MS);
      }),
    ]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function entryOf(search: RegistrySearch, organization: EligibilityOrganization) {
  if (search.status !== "found") return null;
  const bySiret = organization.siret
    ? search.entries.find((entry) => entry.siret === organization.siret)
    : undefined;
  const siren = organization.siren ?? organization.siret?.slice(0, 9) ?? null;
  return bySiret ?? search.entries.find((entry) => entry.siren === siren) ?? null;
}

/** Runs the check again; never throws because of the register. */
export async function rerunEligibility(input: {
  registry: Pick<RegistryClient, "search">;
  organization: EligibilityOrganization;
  axes: readonly string[];
  program: Pick<ProgramConfig, "axes" | "eligibilityRules">;
  today: IsoDate;
  locale: Locale;
  stored: FileEligibility["stored"];
}): Promise<FileEligibility> {
  const { organization } = input;
  const query = organization.siret ?? organization.siren;
  let registry: FileRegistry = { status: "not_asked" };
  let entry: RegistryEntry | null = null;
  if (query) {
    const search = await searchWithDeadline(input.registry, query);
    if (search === null || search.status === "unavailable") registry = { status: "unavailable" };
    else {
      entry = entryOf(search, organization);
      registry = entry
        ? { status: "found", name: entry.name, closed: entry.closed }
        : { status: "not_found" };
    }
  }
  const legalForm = entry?.legalFormCode ?? null;
  const creationDate = entry?.creationDate ?? null;
  const departement = entry?.departement ?? null;
  const answers: EligibilityAnswers = {
    legalForm: legalForm ?? organization.legalFormCode,
    esus: organization.esusApproved ? true : null,
    creationDate: (creationDate ?? organization.creationDate) as IsoDate | null,
    axes: input.axes.length > 0 ? input.axes : null,
    departement: departement ?? organization.departement,
  };
  const result = checkEligibility(answers, input.program.eligibilityRules, input.today);
  const response = toEligibilityResponse(result, {
    axes: input.program.axes,
    locale: input.locale,
  });
  return {
    registry,
    eligible: response.eligible,
    criteria: response.criteria.map(({ id, met, message }) => ({ id, met, message })),
    sources: {
      legalForm: legalForm ? "registry" : "organization",
      creationDate: creationDate ? "registry" : "organization",
      departement: departement ? "registry" : "organization",
    },
    stored: input.stored,
  };
}
