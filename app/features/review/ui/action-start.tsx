// /instruction/candidatures/:id/examen: take a submitted application into review.
// A plain form: works without JavaScript, on a 320 px screen and with the keyboard.
import { Form } from "react-router";
import { useT } from "~/ui/i18n";
import { ActionFrame, type ActionReply } from "./action-frame";
import { type ActionPageData, SubmitButton } from "./action-submit";

export function StartReviewPage({ data, reply }: { data: ActionPageData; reply: ActionReply }) {
  const t = useT();
  return (
    <ActionFrame
      title={t("review.actions.start.title")}
      header={data.header}
      reply={reply}
      open={data.open}
    >
      <p>{t("review.actions.start.intro")}</p>
      <Form method="post" className="form">
        <SubmitButton label={t("review.actions.start.submit")} />
      </Form>
    </ActionFrame>
  );
}
