/** Admin: the antennas of a programme; a département belongs to one antenna only. */
import { getFormProps, getInputProps } from "@conform-to/react";
import { Form } from "react-router";
import { ErrorSummary } from "~/ui/error-summary";
import { Field } from "~/ui/field";
import { summaryErrors } from "~/ui/form-errors";
import { useT } from "~/ui/i18n";
import { FlashNotice, Notice } from "~/ui/notice";
import { antennaSchema, removeAntennaSchema } from "../../programs.schema";
import { outsideTerritory, uncoveredDepartements } from "../../rules";
import type { Antenna, ProgrammeConfig } from "../../types";
import { departementLabel } from "../territory";
import { FormIdentity } from "./hidden";
import { RemoveButton } from "./remove-button";
import { type AdminActionData, useAdminForm } from "./use-admin-form";

function AntennaForm({
  antenna,
  formId,
  actionData,
}: {
  antenna: Antenna | null;
  formId: string;
  actionData: AdminActionData;
}) {
  const t = useT();
  const defaults = {
    name: antenna?.name ?? "",
    city: antenna?.city ?? "",
    departements: antenna?.departements.join(" ") ?? "",
    contactEmail: antenna?.contactEmail ?? "",
    contactPhone: antenna?.contactPhone ?? "",
  };
  const [form, fields] = useAdminForm(antennaSchema, formId, actionData, defaults);
  const errors = summaryErrors(form.errors, [
    { field: fields.name, label: t("programs.admin.field.name") },
    { field: fields.city, label: t("programs.admin.antenna.city") },
    { field: fields.departements, label: t("programs.admin.antenna.departements") },
    { field: fields.contactEmail, label: t("programs.admin.antenna.email") },
    { field: fields.contactPhone, label: t("programs.admin.antenna.phone") },
  ]);
  return (
    <>
      <FlashNotice target={formId} />
      <ErrorSummary errors={errors} />
      <Form method="post" className="form" {...getFormProps(form)} key={JSON.stringify(defaults)}>
        <FormIdentity intent="antenna" formId={formId} />
        {antenna ? <input type="hidden" name="antennaId" value={antenna.id} /> : null}
        <Field
          id={fields.name.id}
          label={t("programs.admin.field.name")}
          errors={fields.name.errors}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), required: true }}
        />
        <Field
          id={fields.city.id}
          label={t("programs.admin.antenna.city")}
          errors={fields.city.errors}
          inputProps={{ ...getInputProps(fields.city, { type: "text" }), required: true }}
        />
        <Field
          id={fields.departements.id}
          label={t("programs.admin.antenna.departements")}
          hint={t("programs.admin.antenna.departementsHint")}
          errors={fields.departements.errors}
          inputProps={{ ...getInputProps(fields.departements, { type: "text" }), required: true }}
        />
        <Field
          id={fields.contactEmail.id}
          label={t("programs.admin.antenna.email")}
          errors={fields.contactEmail.errors}
          inputProps={{
            ...getInputProps(fields.contactEmail, { type: "email" }),
            autoComplete: "off",
          }}
        />
        <Field
          id={fields.contactPhone.id}
          label={t("programs.admin.antenna.phone")}
          errors={fields.contactPhone.errors}
          inputProps={{
            ...getInputProps(fields.contactPhone, { type: "tel" }),
            autoComplete: "off",
          }}
        />
        <button type="submit" className="button">
          {antenna ? t("programs.admin.save") : t("programs.admin.antenna.add")}
        </button>
      </Form>
    </>
  );
}

/** The page: coverage warnings, one card per antenna, then "add an antenna". */
export function AntennasPage({
  config,
  actionData,
}: {
  config: ProgrammeConfig;
  actionData: AdminActionData;
}) {
  const t = useT();
  const uncovered = uncoveredDepartements(config.eligibility.departements, config.antennas);
  const outside = outsideTerritory(
    config.antennas.flatMap((a) => a.departements),
    config.eligibility.departements,
  );
  return (
    <>
      <h2>{t("programs.admin.section.antennas")}</h2>
      <p>{t("programs.admin.antennas.intro")}</p>
      {uncovered.length === 0 ? (
        <p>{t("programs.admin.antennas.allCovered")}</p>
      ) : (
        <Notice>
          {t("programs.admin.antennas.uncovered", {
            departements: uncovered.map(departementLabel).join(", "),
          })}
        </Notice>
      )}
      {outside.length > 0 ? (
        <Notice>
          {t("programs.admin.antennas.outside", {
            departements: outside.map(departementLabel).join(", "),
          })}
        </Notice>
      ) : null}
      {config.antennas.length === 0 ? (
        <p className="empty-state">{t("programs.admin.antennas.empty")}</p>
      ) : null}
      {config.antennas.map((antenna, index) => (
        <section key={antenna.id} className="admin-card" aria-labelledby={`antenne-${index}`}>
          <h3 id={`antenne-${index}`}>{antenna.name}</h3>
          <AntennaForm antenna={antenna} formId={`antenna-${antenna.id}`} actionData={actionData} />
          <RemoveButton
            schema={removeAntennaSchema}
            intent="removeAntenna"
            formId={`remove-antenna-${antenna.id}`}
            idField="antennaId"
            idValue={antenna.id}
            label={t("programs.admin.antenna.remove", { name: antenna.name })}
            actionData={actionData}
          />
        </section>
      ))}
      <section className="admin-card" aria-labelledby="ajouter-antenne">
        <h3 id="ajouter-antenne">{t("programs.admin.antenna.addTitle")}</h3>
        <AntennaForm
          key={config.antennas.length}
          antenna={null}
          formId="add-antenna"
          actionData={actionData}
        />
      </section>
    </>
  );
}
