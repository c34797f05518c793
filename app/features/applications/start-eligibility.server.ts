// The early eligibility check of a structure for every programme open to applications, as the
// applicant's space and "Déposer une candidature" show it (start-eligibility.ts).
import { todayInParis } from "~/features/eligibility";
import type { Executor } from "~/platform/db/types";
import type { Locale } from "~/platform/i18n/types";
import type { ProgramConfig } from "./program-config";
import { listOpenPrograms, loadProgramConfig } from "./queries.server";
import {
  type EligibilityNotice,
  type EligibilityRecord,
  eligibilityNotice,
  startEligibility,
} from "./start-eligibility";

/** The configurations of the programmes open to applications, by name. */
export async function listOpenProgramConfigs(db: Executor): Promise<ProgramConfig[]> {
  const open = await listOpenPrograms(db);
  const configs = await Promise.all(open.map((program) => loadProgramConfig(db, program.id)));
  return configs.filter((config): config is ProgramConfig => config !== null);
}

/** One notice per open programme: whether the structure's record lets it apply today. */
export async function loadStartEligibility(
  db: Executor,
  input: { organization: EligibilityRecord; locale: Locale; now?: Date },
): Promise<EligibilityNotice[]> {
  const today = todayInParis(input.now ?? new Date());
  const configs = await listOpenProgramConfigs(db);
  return configs.map((config) =>
    eligibilityNotice(
      startEligibility(input.organization, config.eligibilityRules, today),
      config,
      input.locale,
    ),
  );
}
