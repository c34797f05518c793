// /instruction/candidatures/:id/prete: mark ready for committee, with the summary.
// A plain form: works without JavaScript, on a 320 px screen and with the keyboard.
import { Form } from "react-router";
import { TextareaField } from "~/ui/controls";
import { useT } from "~/ui/i18n";
import { COMMITTEE_SUMMARY_MAX_LENGTH } from "../actions.form";
import { ActionFrame, type ActionReply, fieldErrors, typed } from "./action-frame";
import { type ActionPageData, SubmitButton } from "./action-submit";

export function MarkReadyPage({ data, reply }: { data: ActionPageData; reply: ActionReply }) {
  const t = useT();
  return (
    <ActionFrame
      title={t("review.actions.ready.title")}
      header={data.header}
      reply={reply}
      open={data.open}
      fieldIds={{ summary: "summary" }}
    >
      <p>{t("review.actions.ready.intro")}</p>
      <Form method="post" className="form">
        <TextareaField
          id="summary"
          label={t("review.actions.ready.summary")}
          hint={t("review.actions.ready.summaryHint")}
          errors={fieldErrors(reply, "summary")}
          textareaProps={{
            name: "summary",
            required: true,
            maxLength: COMMITTEE_SUMMARY_MAX_LENGTH,
            rows: 8,
            defaultValue: typed(reply, "summary") ?? "",
          }}
        />
        <SubmitButton label={t("review.actions.ready.submit")} />
      </Form>
    </ActionFrame>
  );
}
