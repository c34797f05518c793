import { data } from "react-router";
import { simulatorFormSchema } from "~/features/funding";
import { programmeLinks, type SimulationOutcome, simulateForProgramme } from "~/features/programs";
import { resolvePublicProgramme } from "~/features/programs/index.server";
import { SimulatorPage } from "~/features/programs/ui/simulator-page";
import { type FormReply, formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { refuse } from "~/platform/commands/outcome";
import { notFound } from "~/platform/http/responses";
import { noJavaScript } from "~/ui/hydration";
import type { Route } from "./+types/simulator";

async function programmeOf(request: Request, context: Route.LoaderArgs["context"]) {
  const requested = new URL(request.url).searchParams.get("programme");
  const found = await resolvePublicProgramme(context.services.db, requested);
  if (!found) throw notFound();
  return found;
}

/** What the action answers: the form reply, with the simulation once it is done. */
type SimulatorReply = FormReply & { readonly outcome?: SimulationOutcome };

// Works the same without JavaScript (ADR 0023): the browser posts the form, the server answers.
export const handle = noJavaScript;

// Public page: no guard (anyone may simulate funding).
export async function loader({ request, context }: Route.LoaderArgs) {
  const { config, isDefault } = await programmeOf(request, context);
  return {
    programme: { name: config.name, levels: config.levels },
    links: programmeLinks(config.slug, isDefault),
    messages: pickMessages(request, ["eligibility", "funding", "programs.public"]),
  };
}

// Public form: no guard. The result is shown on the same page; a rate outside the level's range
// (or a level the programme does not offer) answers 422 with the field's error.
export async function action({ request, context }: Route.ActionArgs) {
  const { config } = await programmeOf(request, context);
  return handleForm(
    request,
    formSpec({
      schema: simulatorFormSchema,
      run: async (value) => {
        const simulated = simulateForProgramme(config, value);
        if (simulated.ok) return simulated.outcome;
        const { field, key } = simulated.problem;
        const params = "params" in simulated.problem ? simulated.problem.params : undefined;
        return refuse({
          code: "out_of_bounds",
          message: key,
          field,
          ...(params ? { params } : {}),
        });
      },
      done: (outcome, _input, reply) => data<SimulatorReply>({ ...reply, outcome }),
      refused: (_refusal, _input, reply) => data<SimulatorReply>(reply, { status: 422 }),
    }),
  );
}

export default function Simulator({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <SimulatorPage
      programme={loaderData.programme}
      links={loaderData.links}
      lastResult={actionData?.result}
      outcome={(actionData && "outcome" in actionData ? actionData.outcome : null) ?? null}
    />
  );
}
