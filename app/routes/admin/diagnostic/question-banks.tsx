import { data, redirect } from "react-router";
import { requirePermission } from "~/features/auth/index.server";
import { AdminBanksPage } from "~/features/diagnostic";
import {
  type AdminIssue,
  DiagnosticCommandError,
  diagnosticPaths,
  getQuestionBank,
  listQuestionBanks,
  loadCurrentQuestionBank,
  loadQuestionBank,
  parseQuestionBankJson,
  publishQuestionBank,
  type QuestionBank,
} from "~/features/diagnostic/index.server";
import { pickMessages } from "~/i18n.server";
import type { Route } from "./+types/question-banks";

/** Largest bank accepted, pasted or uploaded (the built-in one is about 20 KB). */
const maxBankBytes = 200 * 1024;

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "manage:question-banks");
  const { db } = context.services;
  const current = await loadCurrentQuestionBank(db);
  const banks = await listQuestionBanks(db);
  return {
    banks: banks.map((bank) => ({ ...bank, publishedAt: bank.publishedAt?.toISOString() ?? null })),
    currentVersion: current.version,
    currentJson: JSON.stringify(current, null, 2),
    published: new URL(request.url).searchParams.get("publiee"),
    messages: pickMessages(request, ["diagnostic"]),
  };
}

type ActionResult = { json: string; issues: AdminIssue[]; preview: QuestionBank | null };

/** Reads the submitted bank: the uploaded file if one was chosen, else the pasted text. */
async function submittedText(form: FormData): Promise<string | AdminIssue> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > maxBankBytes) return { path: "", message: "diagnostic.admin.error.tooLarge" };
    return file.text();
  }
  const text = form.get("json");
  if (typeof text !== "string") return "";
  if (text.length > maxBankBytes) return { path: "", message: "diagnostic.admin.error.tooLarge" };
  return text;
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requirePermission(request, context, "manage:question-banks");
  const { db } = context.services;
  const form = await request.formData();
  const intent = form.get("intent");
  const text = await submittedText(form);
  if (typeof text !== "string") {
    return data<ActionResult>({ json: "", issues: [text], preview: null }, { status: 400 });
  }
  if (intent === "edit") return data<ActionResult>({ json: text, issues: [], preview: null });

  const parsed = parseQuestionBankJson(text);
  if (!parsed.ok) {
    return data<ActionResult>(
      { json: text, issues: [...parsed.issues], preview: null },
      { status: 400 },
    );
  }
  const taken: AdminIssue = {
    path: "version",
    message: "diagnostic.admin.error.versionTaken",
    params: { version: parsed.bank.version },
  };
  if (getQuestionBank(parsed.bank.version) || (await loadQuestionBank(db, parsed.bank.version))) {
    return data<ActionResult>({ json: text, issues: [taken], preview: null }, { status: 400 });
  }
  if (intent !== "publish")
    return data<ActionResult>({ json: text, issues: [], preview: parsed.bank });

  try {
    await publishQuestionBank({
      db,
      bank: parsed.bank,
      userId: user.id,
      requestId: context.requestId,
    });
  } catch (error) {
    if (error instanceof DiagnosticCommandError && error.code === "version_taken") {
      return data<ActionResult>({ json: text, issues: [taken], preview: null }, { status: 400 });
    }
    throw error;
  }
  return redirect(`${diagnosticPaths.admin}?publiee=${encodeURIComponent(parsed.bank.version)}`);
}

export default function QuestionBanks({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <AdminBanksPage
      {...loaderData}
      json={actionData?.json ?? ""}
      issues={actionData?.issues ?? []}
      preview={actionData?.preview ?? null}
    />
  );
}
