// /comites/nouvelle: an instructor or administrator creates a session by hand: its programme,
// date and time (Paris), place or video link, and its quorum. A plain form (no JavaScript needed).
import { Form, Link } from "react-router";
import { SelectField } from "~/ui/controls";
import { useT } from "~/ui/i18n";
import { SessionFields, sessionFieldNames } from "./session-fields";
import { FormErrors, fieldErrors, type Reply, typed } from "./shared";

export type NewSessionPageData = { programmes: { id: string; name: string }[] };

const FORM = "form";
const fields = ["programId", ...sessionFieldNames];

export function NewSessionPage({ data, reply }: { data: NewSessionPageData; reply: Reply }) {
  const t = useT();
  const value = (name: string) => typed(reply, FORM, name);
  const errors = (name: string) => fieldErrors(reply, FORM, name);
  return (
    <>
      <title>{`${t("committees.new.title")} – Digit'ESS`}</title>
      <p className="step-context">
        <Link to="/comites">{t("committees.back.list")}</Link>
      </p>
      <h1>{t("committees.new.title")}</h1>
      <p className="lead">{t("committees.new.intro")}</p>
      <FormErrors
        reply={reply}
        formId={FORM}
        fieldIds={Object.fromEntries(fields.map((name) => [name, name]))}
      />
      <Form method="post" className="form">
        {data.programmes.length === 1 ? (
          <input type="hidden" name="programId" value={data.programmes[0]?.id} />
        ) : (
          <SelectField
            id="programId"
            label={t("committees.new.programme")}
            errors={errors("programId")}
            options={data.programmes.map((p) => ({ value: p.id, label: p.name }))}
            placeholder={t("committees.new.choose")}
            selectProps={{ name: "programId", required: true, defaultValue: value("programId") }}
          />
        )}
        <SessionFields
          reply={reply}
          formId={FORM}
          defaults={{ time: "14:00", minFunderPresent: "1", minOperatorPresent: "1" }}
        />
        <button type="submit" className="button">
          {t("committees.new.submit")}
        </button>
      </Form>
    </>
  );
}
