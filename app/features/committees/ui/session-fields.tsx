// The fields of a session, shared by its creation (/comites/nouvelle) and its edit
// (/comites/:sessionId/modifier): date, time (Paris), place, video link and the quorum of each
// side. After an error each field shows what was typed; otherwise `defaults` (the session's
// current values when editing).
import { Field } from "~/ui/field";
import { useT } from "~/ui/i18n";
import { PLACE_MAX_LENGTH, VIDEO_URL_MAX_LENGTH } from "../committee.schema";
import { fieldErrors, type Reply, typed } from "./shared";

/** The names of the fields, which are also their ids (the error summary links to them). */
export const sessionFieldNames = [
  "date",
  "time",
  "place",
  "videoUrl",
  "minFunderPresent",
  "minOperatorPresent",
] as const;
type SessionFieldName = (typeof sessionFieldNames)[number];

export type SessionFieldValues = Partial<Record<SessionFieldName, string>>;

export function SessionFields({
  reply,
  formId,
  defaults,
}: {
  reply: Reply;
  formId: string;
  defaults: SessionFieldValues;
}) {
  const t = useT();
  const value = (name: SessionFieldName) =>
    reply && reply.formId === formId ? (typed(reply, formId, name) ?? "") : defaults[name];
  const errors = (name: SessionFieldName) => fieldErrors(reply, formId, name);
  return (
    <>
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
        inputProps={{ name: "time", type: "time", required: true, defaultValue: value("time") }}
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
            defaultValue: value("minFunderPresent"),
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
            defaultValue: value("minOperatorPresent"),
          }}
        />
      </fieldset>
    </>
  );
}
