import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { simulatorFormSchema } from "~/features/funding";
import { programmeLinks, simulateForProgramme } from "~/features/programs";
import { resolvePublicProgramme } from "~/features/programs/index.server";
import { SimulatorPage } from "~/features/programs/ui/simulator-page";
import { catalogue, pickMessages } from "~/i18n.server";
import { readFormBody } from "~/platform/http/read-body.server";
import { notFound } from "~/platform/http/responses";
import { createTranslator, localeFromCookie } from "~/platform/i18n/translator";
import type { Route } from "./+types/simulator";

async function programmeOf(request: Request, context: Route.LoaderArgs["context"]) {
  const requested = new URL(request.url).searchParams.get("programme");
  const found = await resolvePublicProgramme(context.services.db, requested);
  if (!found) throw notFound();
  return found;
}

// Public page: no guard (anyone may simulate funding).
export async function loader({ request, context }: Route.LoaderArgs) {
  const { config, isDefault } = await programmeOf(request, context);
  return {
    programme: { name: config.name, levels: config.levels },
    links: programmeLinks(config.slug, isDefault),
    messages: pickMessages(request, ["eligibility", "funding", "programs.public"]),
  };
}

// Public form: no guard. A rate outside the level's range answers 422 with the field's error.
export async function action({ request, context }: Route.ActionArgs) {
  const { config } = await programmeOf(request, context);
  const submission = parseWithZod(await readFormBody(request), { schema: simulatorFormSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), outcome: null }, { status: 400 });
  }
  const simulated = simulateForProgramme(config, submission.value);
  if (!simulated.ok) {
    const t = createTranslator(catalogue, localeFromCookie(request.headers.get("cookie")));
    const { field, key } = simulated.problem;
    const message = t(key, "params" in simulated.problem ? simulated.problem.params : undefined);
    return data(
      { result: submission.reply({ fieldErrors: { [field]: [message] } }), outcome: null },
      { status: 422 },
    );
  }
  return { result: submission.reply(), outcome: simulated.outcome };
}

export default function Simulator({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <SimulatorPage
      programme={loaderData.programme}
      links={loaderData.links}
      lastResult={actionData?.result}
      outcome={actionData?.outcome ?? null}
    />
  );
}
