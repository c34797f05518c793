// /instruction/candidatures/:id/non-eligible: declare ineligible, with a category and a reason.
// A plain form: works without JavaScript, on a 320 px screen and with the keyboard.
import { Form } from "react-router";
import { ChoiceGroup, TextareaField } from "~/ui/controls";
import { useT } from "~/ui/i18n";
import { INELIGIBLE_REASON_MAX_LENGTH, ineligibilityCategories } from "../actions.form";
import { ActionFrame, type ActionReply, fieldErrors, typed } from "./action-frame";
import { type ActionPageData, SubmitButton } from "./action-submit";

export function DeclareIneligiblePage({
  data,
  reply,
}: {
  data: ActionPageData;
  reply: ActionReply;
}) {
  const t = useT();
  return (
    <ActionFrame
      title={t("review.actions.ineligible.title")}
      header={data.header}
      reply={reply}
      open={data.open}
      fieldIds={{ category: "category", reason: "reason" }}
    >
      <p>{t("review.actions.ineligible.intro")}</p>
      <Form method="post" className="form">
        <ChoiceGroup
          id="category"
          type="radio"
          name="category"
          required
          legend={t("review.actions.ineligible.category")}
          errors={fieldErrors(reply, "category")}
          defaultValue={typed(reply, "category") ?? null}
          options={ineligibilityCategories.map((category) => ({
            value: category,
            label: t(`review.actions.ineligible.reason.${category}`),
          }))}
        />
        <TextareaField
          id="reason"
          label={t("review.actions.ineligible.reason")}
          hint={t("review.actions.ineligible.reasonHint")}
          errors={fieldErrors(reply, "reason")}
          textareaProps={{
            name: "reason",
            required: true,
            maxLength: INELIGIBLE_REASON_MAX_LENGTH,
            rows: 6,
            defaultValue: typed(reply, "reason") ?? "",
          }}
        />
        <SubmitButton label={t("review.actions.ineligible.submit")} danger />
      </Form>
    </ActionFrame>
  );
}
