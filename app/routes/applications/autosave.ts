// The browser's autosave of a step (JSON, no page): saves the raw values as typed. An expired
// session gets the guard's redirect, which the script reads as "sign in again". Not a plain form:
// the body is read with the platform reader and the values as drafts keep them (rawValuesFromForm).
import { rawValuesFromForm } from "~/features/applications/draft";
import { requireMemberApplication } from "~/features/applications/guards.server";
import { parseFormStep } from "~/features/applications/rules";
import { saveDraftStep } from "~/features/applications/save-draft-step.server";
import { attempt } from "~/platform/commands/outcome";
import { readFormBody } from "~/platform/http/read-body.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/autosave";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  await requireMemberApplication(request, context, params.id);
  throw notFound();
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireMemberApplication(request, context, params.id);
  const step = parseFormStep(params.n);
  if (!step || step === 4) throw notFound();
  const form = await readFormBody(request);
  const saved = await attempt(() =>
    saveDraftStep({
      db: context.services.db,
      actor,
      applicationId: application.id,
      organizationId: application.organizationId,
      step,
      values: rawValuesFromForm(step, form),
      trigger: "autosave",
      requestId: context.requestId,
    }),
  );
  if (!saved.ok) return Response.json({ error: saved.refusal.code }, { status: 409 });
  const at = saved.value.updatedAt.toISOString();
  return Response.json({ savedAt: at, version: at }, { headers: { "Cache-Control": "no-store" } });
}
