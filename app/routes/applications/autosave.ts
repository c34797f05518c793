// The browser's autosave of a step (JSON, no page): saves the raw values as typed. An expired
// session gets the guard's redirect, which the script reads as "sign in again".
import { requireMemberApplication } from "~/features/applications/guards.server";
import { rawValuesFromForm } from "~/features/applications/draft";
import { parseFormStep } from "~/features/applications/rules";
import { saveDraftStep } from "~/features/applications/save-draft-step.server";
import { STEP_FORM_MAX_BYTES } from "~/features/applications/step-actions.server";
import { readCappedFormData } from "~/features/applications/upload.server";
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
  const form = await readCappedFormData(request, STEP_FORM_MAX_BYTES);
  const saved = await saveDraftStep({
    db: context.services.db,
    actor,
    applicationId: application.id,
    organizationId: application.organizationId,
    step,
    values: rawValuesFromForm(step, form),
    trigger: "autosave",
    requestId: context.requestId,
  });
  if (!saved.ok) return Response.json({ error: "not_draft" }, { status: 409 });
  const at = saved.updatedAt.toISOString();
  return Response.json({ savedAt: at, version: at }, { headers: { "Cache-Control": "no-store" } });
}
