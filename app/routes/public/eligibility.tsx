import { data } from "react-router";
import {
  answersFromForm,
  eligibilityFormSchema,
  isPrefillRequest,
  todayInParis,
} from "~/features/eligibility";
import { prefillEligibilityForm } from "~/features/eligibility/index.server";
import { evaluateEligibility, programmeLinks } from "~/features/programs";
import { resolvePublicProgramme } from "~/features/programs/index.server";
import { EligibilityPage } from "~/features/programs/ui/eligibility-page";
import { formSpec, handleFormData } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { readFormBody } from "~/platform/http/read-body.server";
import { notFound } from "~/platform/http/responses";
import { localeFromCookie } from "~/platform/i18n/translator";
import { noJavaScript } from "~/ui/hydration";
import type { Route } from "./+types/eligibility";

async function programmeOf(request: Request, context: Route.LoaderArgs["context"]) {
  const requested = new URL(request.url).searchParams.get("programme");
  const found = await resolvePublicProgramme(context.services.db, requested);
  if (!found) throw notFound();
  return found;
}

// Works the same without JavaScript (ADR 0023): the browser posts the form, the server answers.
export const handle = noJavaScript;

// Public page: no guard (anyone may check eligibility). Answers are not stored.
export async function loader({ request, context }: Route.LoaderArgs) {
  const { config, isDefault } = await programmeOf(request, context);
  return {
    programme: { slug: config.slug, name: config.name, axes: config.axes },
    links: programmeLinks(config.slug, isDefault),
    messages: pickMessages(request, ["eligibility", "funding", "organizations", "programs.public"]),
  };
}

// Public form: no guard. The result is shown on the same page, with or without JavaScript.
// "Préremplir avec mon SIRET" posts the same form: it comes back prefilled from the company
// register, with everything else the visitor typed (`formKey` redraws it with those values).
export async function action({ request, context }: Route.ActionArgs) {
  const { config } = await programmeOf(request, context);
  const formData = await readFormBody(request);
  if (isPrefillRequest(formData)) {
    const { registry } = context.services;
    const { status, result, prefill } = await prefillEligibilityForm({ formData, registry });
    const formKey = prefill ? context.requestId : null;
    return data({ result, outcome: null, prefill, formKey }, { status });
  }
  const locale = localeFromCookie(request.headers.get("cookie"));
  return handleFormData(
    request,
    formData,
    formSpec({
      schema: eligibilityFormSchema,
      run: async (value) =>
        evaluateEligibility(config, answersFromForm(value), todayInParis(new Date()), locale),
      done: (outcome, _input, reply) => ({ ...reply, outcome, prefill: null, formKey: null }),
    }),
  );
}

export default function Eligibility({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <EligibilityPage
      programme={loaderData.programme}
      links={loaderData.links}
      lastResult={actionData?.result}
      outcome={(actionData && "outcome" in actionData ? actionData.outcome : null) ?? null}
      prefill={(actionData && "prefill" in actionData ? actionData.prefill : null) ?? null}
      formKey={(actionData && "formKey" in actionData ? actionData.formKey : null) ?? null}
    />
  );
}
