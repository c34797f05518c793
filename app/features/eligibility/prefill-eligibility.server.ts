// The "Préremplir avec mon SIRET" button of the public eligibility check: checks the SIRET, looks
// the structure up in the public company register and sends the form back with the register's
// values over the fields it knows. Everything else the visitor typed is sent back as it was; when
// the register is slow, down or knows nothing, the page says so and the visitor types by hand.

import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { validateSiret } from "~/platform/identifiers";
import type { RegistryClient, RegistryEntry } from "~/platform/registry";
import { eligibilityPrefillSchema } from "./eligibility.form";
import { mergePrefill, type PrefillOutcome, prefillFromRegistry } from "./prefill";

/** The action's answer to a prefill request. */
export interface PrefillReply {
  readonly status: 200 | 400;
  /** The form's new state: its values are the defaults the form is drawn with. */
  readonly result: SubmissionResult<string[]>;
  readonly prefill: PrefillOutcome | null;
}

/** The register's entry for a SIRET: its own establishment, else its legal unit (same SIREN). */
function entryFor(entries: readonly RegistryEntry[], siret: string): RegistryEntry | null {
  return (
    entries.find((entry) => entry.siret === siret) ??
    entries.find((entry) => entry.siren === siret.slice(0, 9)) ??
    null
  );
}

/** Answers a prefill request of the eligibility form (never throws on a registry failure). */
export async function prefillEligibilityForm(options: {
  formData: FormData;
  registry: Pick<RegistryClient, "search">;
}): Promise<PrefillReply> {
  const submission = parseWithZod(options.formData, { schema: eligibilityPrefillSchema });
  if (submission.status !== "success") {
    return { status: 400, result: submission.reply(), prefill: null };
  }
  const siret = validateSiret(submission.value.siret);
  if (!siret.ok) {
    // The organisations' RNA message points to an RNA field this form does not have.
    const message =
      siret.code === "siret.looksLikeRna"
        ? "eligibility.prefill.siretLooksLikeRna"
        : `organizations.${siret.code}`;
    const fieldErrors = { siret: [message] };
    return { status: 400, result: submission.reply({ fieldErrors }), prefill: null };
  }
  const reply = submission.reply();
  const search = await options.registry.search(siret.value);
  const entry = search.status === "found" ? entryFor(search.entries, siret.value) : null;
  if (!entry) {
    const prefill: PrefillOutcome =
      search.status === "unavailable"
        ? { status: "unavailable", reason: search.reason }
        : { status: "empty" };
    return {
      status: 200,
      result: { ...reply, initialValue: mergePrefill(reply.initialValue, {}, siret.value) },
      prefill,
    };
  }
  const { values, legalFormAsked } = prefillFromRegistry(entry);
  return {
    status: 200,
    result: { ...reply, initialValue: mergePrefill(reply.initialValue, values, siret.value) },
    prefill: { status: "found", name: entry.name, closed: entry.closed, legalFormAsked },
  };
}
