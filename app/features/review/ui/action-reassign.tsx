// /instruction/candidatures/:id/attribution: reassign the antenna and the person, with a reason.
// A plain form: works without JavaScript, on a 320 px screen and with the keyboard.
import { Form } from "react-router";
import { SelectField, TextareaField } from "~/ui/controls";
import { useT } from "~/ui/i18n";
import { REASSIGN_REASON_MAX_LENGTH } from "../actions.form";
import { ActionFrame, type ActionReply, fieldErrors, typed } from "./action-frame";
import { type ActionPageData, SubmitButton } from "./action-submit";

export type ReassignPageData = {
  antennas: { id: string; label: string }[];
  people: { id: string; name: string; role: string; antennaId: string | null }[];
  current: {
    antennaId: string | null;
    antennaName: string | null;
    assignedTo: string | null;
    assigneeName: string | null;
  };
};

export function ReassignPage({
  data,
  reply,
}: {
  data: ActionPageData & ReassignPageData;
  reply: ActionReply;
}) {
  const t = useT();
  const antennaLabel = new Map(data.antennas.map((antenna) => [antenna.id, antenna.label]));
  const roleLabel = (role: string) =>
    role === "admin"
      ? t("role.admin")
      : role === "antenna_manager"
        ? t("role.antenna_manager")
        : t("role.instructor");
  return (
    <ActionFrame
      title={t("review.actions.reassign.title")}
      header={data.header}
      reply={reply}
      open={data.open}
      closedMessage={t("review.actions.reassign.closed")}
      fieldIds={{ antennaId: "antennaId", assigneeId: "assigneeId", reason: "reason" }}
    >
      <p>
        {t("review.actions.reassign.current", {
          antenna: data.current.antennaName ?? t("review.actions.reassign.noAntenna"),
          person: data.current.assigneeName ?? t("review.actions.reassign.nobody"),
        })}
      </p>
      <p>{t("review.actions.reassign.intro")}</p>
      <Form method="post" className="form">
        <SelectField
          id="antennaId"
          label={t("review.actions.reassign.antenna")}
          errors={fieldErrors(reply, "antennaId")}
          options={data.antennas.map((antenna) => ({ value: antenna.id, label: antenna.label }))}
          selectProps={{
            name: "antennaId",
            required: true,
            defaultValue: typed(reply, "antennaId") ?? data.current.antennaId ?? "",
          }}
          placeholder=""
        />
        <SelectField
          id="assigneeId"
          label={t("review.actions.reassign.person")}
          hint={t("review.actions.reassign.personHint")}
          errors={fieldErrors(reply, "assigneeId")}
          placeholder={t("review.actions.reassign.personNone")}
          options={data.people.map((person) => ({
            value: person.id,
            label: `${person.name} – ${roleLabel(person.role)}${
              person.antennaId ? ` (${antennaLabel.get(person.antennaId) ?? ""})` : ""
            }`,
          }))}
          selectProps={{
            name: "assigneeId",
            defaultValue: typed(reply, "assigneeId") ?? data.current.assignedTo ?? "",
          }}
        />
        <TextareaField
          id="reason"
          label={t("review.actions.reassign.reason")}
          hint={t("review.actions.reassign.reasonHint")}
          errors={fieldErrors(reply, "reason")}
          textareaProps={{
            name: "reason",
            required: true,
            maxLength: REASSIGN_REASON_MAX_LENGTH,
            rows: 3,
            defaultValue: typed(reply, "reason") ?? "",
          }}
        />
        <SubmitButton label={t("review.actions.reassign.submit")} />
      </Form>
    </ActionFrame>
  );
}
