// /comites/nouvelle: an instructor or administrator creates a session by hand: its programme,
// date and time (Paris), place or video link, and its quorum. A plain form (no JavaScript needed).
import { Form, Link } from "react-router";
import { SelectField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { useT } from "~/ui/i18n";
import { PLACE_MAX_LENGTH, VIDEO_URL_MAX_LENGTH } from "../committee.schema";
import { FormErrors, fieldErrors, type Reply, typed } from "./shared";

export type NewSessionPageData = { programmes: { id: string; name: string }[] };

const FORM = "form";
const fields = [
  "programId",
  "date",
  "time",
  "place",
  "videoUrl",
  "minFunderPresent",
  "minOperatorPresent",
];

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
        <Field
          id="date"
          label={t("committees.new.date")}
          hint={t("committees.new.dateHint")}
          errors={errors("date")}
          inputProps={{ name: "date", type: "date", required: true, defaultValue: value("date") }}
        />
        <Field
          id="time"
          label={t("committees.new.time")}
          hint={t("committees.new.timeHint")}
          errors={errors("time")}
          inputProps={{
            name: "time",
            type: "time",
            required: true,
            defaultValue: value("time") ?? "14:00",
          }}
        />
        <Field
          id="place"
          label={t("committees.new.place")}
          hint={t("committees.new.placeHint")}
          errors={errors("place")}
          inputProps={{ name: "place", maxLength: PLACE_MAX_LENGTH, defaultValue: value("place") }}
        />
        <Field
          id="videoUrl"
          label={t("committees.new.videoUrl")}
          hint={t("committees.new.videoUrlHint")}
          errors={errors("videoUrl")}
          inputProps={{
            name: "videoUrl",
            type: "url",
            maxLength: VIDEO_URL_MAX_LENGTH,
            defaultValue: value("videoUrl"),
          }}
        />
        <fieldset className="field">
          <legend className="field-label">{t("committees.new.quorum")}</legend>
          <p className="field-hint">{t("committees.new.quorumHint")}</p>
          <Field
            id="minFunderPresent"
            label={t("committees.new.minFunder")}
            errors={errors("minFunderPresent")}
            inputProps={{
              name: "minFunderPresent",
              inputMode: "numeric",
              required: true,
              defaultValue: value("minFunderPresent") ?? "1",
            }}
          />
          <Field
            id="minOperatorPresent"
            label={t("committees.new.minOperator")}
            errors={errors("minOperatorPresent")}
            inputProps={{
              name: "minOperatorPresent",
              inputMode: "numeric",
              required: true,
              defaultValue: value("minOperatorPresent") ?? "1",
            }}
          />
        </fieldset>
        <button type="submit" className="button">
          {t("committees.new.submit")}
        </button>
      </Form>
    </>
  );
}
