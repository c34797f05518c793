import { data } from "react-router";
import { requirePermission } from "~/features/auth/index.server";
import { AdminBanksPage } from "~/features/diagnostic";
import {
  type AdminBanksReply,
  type BankForm,
  bankFormMaxBytes,
  bankFormSchema,
  bankRefusalReply,
  checkQuestionBank,
  diagnosticPaths,
  listQuestionBanks,
  loadCurrentQuestionBank,
  publishQuestionBank,
  submittedBankText,
} from "~/features/diagnostic/index.server";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import type { Refusal } from "~/platform/commands/outcome";
import { redirectWithNotice } from "~/platform/http/notice.server";
import type { Route } from "./+types/question-banks";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "manage:question-banks");
  const { db } = context.services;
  const current = await loadCurrentQuestionBank(db);
  const banks = await listQuestionBanks(db);
  return {
    banks: banks.map((bank) => ({ ...bank, publishedAt: bank.publishedAt?.toISOString() ?? null })),
    currentVersion: current.version,
    currentJson: JSON.stringify(current, null, 2),
    messages: pickMessages(request, ["diagnostic"]),
  };
}

/** The page again, with the text kept and its problems or its preview. */
const reply = (answer: AdminBanksReply, status = 200) => data(answer, { status });

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requirePermission(request, context, "manage:question-banks");
  const { db } = context.services;
  // Every refusal (too large, not a bank, version taken) shows the page with the problems.
  const refused = (refusal: Refusal, form: BankForm) => reply(bankRefusalReply(refusal, form), 400);
  return handleForms(
    request,
    {
      // Back from the preview to the text area, with the text kept.
      edit: formSpec({
        schema: bankFormSchema,
        run: (form) => submittedBankText(form),
        done: (json) => reply({ json, issues: [], preview: null }),
        refused,
      }),
      preview: formSpec({
        schema: bankFormSchema,
        run: async (form) => {
          const json = await submittedBankText(form);
          return { json, bank: await checkQuestionBank({ db, json }) };
        },
        done: ({ json, bank }) => reply({ json, issues: [], preview: bank }),
        refused,
      }),
      publish: formSpec({
        schema: bankFormSchema,
        run: async (form) => {
          const bank = await checkQuestionBank({ db, json: await submittedBankText(form) });
          await publishQuestionBank({ db, bank, userId: user.id, requestId: context.requestId });
          return bank.version;
        },
        done: (version) =>
          redirectWithNotice(request, diagnosticPaths.admin, {
            key: "diagnostic.admin.published",
            params: { version },
          }),
        refused,
      }),
    },
    { maxBytes: bankFormMaxBytes },
  );
}

export default function QuestionBanks({ loaderData, actionData }: Route.ComponentProps) {
  const answer = actionData && "issues" in actionData ? actionData : null;
  return (
    <AdminBanksPage
      {...loaderData}
      json={answer?.json ?? ""}
      issues={answer?.issues ?? []}
      preview={answer?.preview ?? null}
    />
  );
}
