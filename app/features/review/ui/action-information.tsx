// /instruction/candidatures/:id/complements: ask for more information (message + missing items).
// A plain form: works without JavaScript, on a 320 px screen and with the keyboard.
import { Form } from "react-router";
import { TextareaField } from "~/ui/controls";
import { useT } from "~/ui/i18n";
import { INFORMATION_MESSAGE_MAX_LENGTH } from "../actions.form";
import { ActionFrame, type ActionReply, fieldErrors, typed } from "./action-frame";
import { type ActionPageData, SubmitButton } from "./action-submit";

export function RequestInformationPage({
  data,
  reply,
}: {
  data: ActionPageData;
  reply: ActionReply;
}) {
  const t = useT();
  return (
    <ActionFrame
      title={t("review.actions.information.title")}
      header={data.header}
      reply={reply}
      open={data.open}
      fieldIds={{ message: "message", items: "items" }}
    >
      <p>{t("review.actions.information.intro")}</p>
      <Form method="post" className="form">
        <TextareaField
          id="message"
          label={t("review.actions.information.message")}
          hint={t("review.actions.information.messageHint")}
          errors={fieldErrors(reply, "message")}
          textareaProps={{
            name: "message",
            required: true,
            maxLength: INFORMATION_MESSAGE_MAX_LENGTH,
            rows: 6,
            defaultValue: typed(reply, "message") ?? "",
          }}
        />
        <TextareaField
          id="items"
          label={t("review.actions.information.items")}
          hint={t("review.actions.information.itemsHint")}
          errors={fieldErrors(reply, "items")}
          textareaProps={{
            name: "items",
            required: true,
            rows: 5,
            defaultValue: typed(reply, "items") ?? "",
          }}
        />
        <SubmitButton label={t("review.actions.information.submit")} />
      </Form>
    </ActionFrame>
  );
}
