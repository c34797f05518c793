import { data, redirect } from "react-router";
import { requireMemberApplication } from "~/features/applications/guards.server";
import {
  ANSWER_MAX_FILES,
  answerInformationRequest,
} from "~/features/applications/answer-information-request.server";
import { MESSAGE_MAX_LENGTH, postMessage } from "~/features/applications/post-message.server";
import { loadProgramConfig } from "~/features/applications/queries.server";
import { ATTACHMENT_MAX_BYTES, UPLOAD_REQUEST_OVERHEAD_BYTES } from "~/features/applications/rules";
import { STEP_FORM_MAX_BYTES } from "~/features/applications/step-actions.server";
import {
  ApplicationFollow,
  type FollowNotice,
} from "~/features/applications/ui/application-follow";
import {
  isMultipart,
  readCappedFormData,
  UploadTooLargeError,
} from "~/features/applications/upload.server";
import { loadFollowView } from "~/features/applications/views.server";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/follow";

const notices: Record<string, FollowNotice> = {
  envoyee: "submitted",
  retiree: "withdrawn",
  repondu: "answered",
  message: "messageSent",
};

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { application, organization } = await requireMemberApplication(request, context, params.id);
  const program = await loadProgramConfig(context.services.db, application.programId);
  const view = await loadFollowView(context.services.db, application, {
    programName: program?.name ?? "",
    organizationName: organization.name,
  });
  const search = new URL(request.url).searchParams;
  const notice = Object.entries(notices).find(([param]) => search.has(param))?.[1] ?? null;
  return {
    view,
    notice,
    messages: pickMessages(request, [
      "applications.follow",
      "applications.form",
      "applications.status",
      "eligibility",
      "organizations",
    ]),
  };
}

function readBody(form: FormData) {
  const body = form.get("body");
  return typeof body === "string" ? body.trim() : "";
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { actor, application } = await requireMemberApplication(request, context, params.id);
  const { db, jobs, env } = context.services;
  const here = `/espace/candidatures/${application.id}`;
  const common = {
    db,
    jobs,
    actor,
    applicationId: application.id,
    organizationId: application.organizationId,
    appUrl: env.APP_URL,
    requestId: context.requestId,
  };
  if (isMultipart(request)) {
    let form: FormData;
    try {
      form = await readCappedFormData(
        request,
        ANSWER_MAX_FILES * ATTACHMENT_MAX_BYTES + UPLOAD_REQUEST_OVERHEAD_BYTES,
      );
    } catch (error) {
      if (!(error instanceof UploadTooLargeError)) throw error;
      return data(
        { result: { form: "answer" as const, error: "applications.error.fileRefused", body: "" } },
        { status: 400 },
      );
    }
    const body = readBody(form);
    const fail = (error: string) =>
      data({ result: { form: "answer" as const, error, body } }, { status: 400 });
    if (body === "") return fail("applications.error.messageRequired");
    if (body.length > MESSAGE_MAX_LENGTH) return fail("applications.error.messageTooLong");
    const files = form.getAll("files").filter((file): file is File => file instanceof File);
    const result = await answerInformationRequest({
      ...common,
      storage: context.services.storage,
      body,
      files,
    });
    if (result.ok) return redirect(`${here}?repondu=1`);
    if (result.reason === "too_many_files") return fail("applications.error.tooManyFiles");
    if (result.reason === "file") return fail("applications.error.fileRefused");
    return fail("applications.error.notAllowed");
  }
  const form = await readCappedFormData(request, STEP_FORM_MAX_BYTES);
  const body = readBody(form);
  const fail = (error: string) =>
    data({ result: { form: "message" as const, error, body } }, { status: 400 });
  if (body === "") return fail("applications.error.messageRequired");
  if (body.length > MESSAGE_MAX_LENGTH) return fail("applications.error.messageTooLong");
  const result = await postMessage({ ...common, body });
  if (!result.ok) return fail("applications.error.notAllowed");
  return redirect(`${here}?message=1`);
}

export default function Page({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <ApplicationFollow
      view={loaderData.view}
      notice={loaderData.notice}
      result={actionData?.result ?? null}
    />
  );
}
