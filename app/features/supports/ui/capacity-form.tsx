// Administrators set how many supports of each level an antenna, or one of its consultants,
// takes on at once (a blank level: no limit). Beyond it, accepted supports wait in decision order.
import { Form } from "react-router";
import { SelectField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { FormErrors, fieldErrors, type Reply, typed } from "~/ui/form-reply";
import { useT } from "~/ui/i18n";
import { FlashNotice } from "~/ui/notice";

type Choices = readonly {
  id: string;
  name: string;
  consultants: readonly { id: string; name: string }[];
}[];

export function CapacityForm({ choices, reply }: { choices: Choices; reply: Reply }) {
  const t = useT();
  if (choices.length === 0) return null;
  return (
    <section aria-labelledby="capacity-title" className="support-section">
      <h2 id="capacity-title">{t("supports.capacity.title")}</h2>
      <p>{t("supports.capacity.intro")}</p>
      <FlashNotice target="capacity" />
      <Form method="post" className="support-form">
        <input type="hidden" name="formId" value="capacity" />
        <FormErrors
          reply={reply}
          formId="capacity"
          fieldIds={{
            antennaId: "capacity-antenna",
            consultantId: "capacity-consultant",
            diagnostic: "capacity-diagnostic",
            scoping: "capacity-scoping",
            production: "capacity-production",
          }}
        />
        <SelectField
          id="capacity-antenna"
          label={t("supports.capacity.antenna")}
          options={choices.map((antenna) => ({ value: antenna.id, label: antenna.name }))}
          errors={fieldErrors(reply, "capacity", "antennaId")}
          selectProps={{
            name: "antennaId",
            required: true,
            defaultValue: typed(reply, "capacity", "antennaId"),
          }}
        />
        <SelectField
          id="capacity-consultant"
          label={t("supports.capacity.consultant")}
          hint={t("supports.capacity.consultantHint")}
          placeholder={t("supports.capacity.wholeAntenna")}
          options={choices.flatMap((antenna) =>
            antenna.consultants.map((person) => ({
              value: person.id,
              label: `${person.name} (${antenna.name})`,
            })),
          )}
          errors={fieldErrors(reply, "capacity", "consultantId")}
          selectProps={{
            name: "consultantId",
            defaultValue: typed(reply, "capacity", "consultantId") ?? "",
          }}
        />
        {(["diagnostic", "scoping", "production"] as const).map((level) => (
          <Field
            key={level}
            id={`capacity-${level}`}
            label={t("supports.capacity.level", { level: t(`supports.level.${level}`) })}
            hint={t("supports.capacity.levelHint")}
            errors={fieldErrors(reply, "capacity", level)}
            inputProps={{
              name: level,
              inputMode: "numeric",
              maxLength: 3,
              defaultValue: typed(reply, "capacity", level),
            }}
          />
        ))}
        <button type="submit" name="intent" value="capacity" className="button">
          {t("supports.capacity.submit")}
        </button>
      </Form>
    </section>
  );
}
