/**
 * The inbox's filters as one GET form (works without JavaScript; fields in reading order, so
 * Tab walks them): search, statuses, level, antenna, département, région, axis, submission
 * dates, "show only" checkboxes, sort, then "Appliquer" and "Effacer les filtres". The values
 * shown are the ones the page applied (ignored values are not kept).
 */
import { departements } from "~/platform/geo";
import { Choice, ChoiceGroup, SelectField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { useT } from "~/ui/i18n";
import { inboxLevels, inboxParams, inboxSorts, inboxStates } from "../inbox-filters";
import type { InboxPageData } from "../inbox-page.server";

export function InboxFiltersForm({ data }: { data: InboxPageData }) {
  const t = useT();
  const { filters } = data.parsed;
  const { options } = data;
  return (
    <section aria-labelledby="inbox-filters-heading" className="inbox-filters-section">
      <h2 id="inbox-filters-heading">{t("review.inbox.filtersHeading")}</h2>
      <form method="get" action="/instruction" className="inbox-filters">
        <div className="inbox-filters-query">
          <Field
            id="inbox-q"
            label={t("review.inbox.query")}
            hint={t("review.inbox.queryHint")}
            inputProps={{
              type: "search",
              name: inboxParams.query,
              defaultValue: filters.query ?? "",
              maxLength: 100,
            }}
          />
        </div>
        <ChoiceGroup
          id="inbox-status"
          type="checkbox"
          name={inboxParams.status}
          legend={t("review.inbox.status")}
          className="inbox-filters-statuses"
          defaultValue={filters.statuses}
          options={inboxStates.map((state) => ({
            value: state,
            label: t(`applications.state.${state}`),
          }))}
        />
        <div className="inbox-filters-grid">
          <SelectField
            id="inbox-level"
            label={t("review.inbox.level")}
            placeholder={t("review.inbox.levelAny")}
            options={inboxLevels.map((level) => ({
              value: level,
              label: t(`review.inbox.level.${level}`),
            }))}
            selectProps={{ name: inboxParams.level, defaultValue: filters.level ?? "" }}
          />
          <SelectField
            id="inbox-antenna"
            label={t("review.inbox.antenna")}
            placeholder={t("review.inbox.antennaAny")}
            options={[
              ...options.antennas.map((antenna) => ({ value: antenna.id, label: antenna.label })),
              { value: "none", label: t("review.inbox.antennaNone") },
            ]}
            selectProps={{ name: inboxParams.antenna, defaultValue: filters.antenna ?? "" }}
          />
          <SelectField
            id="inbox-departement"
            label={t("review.inbox.departement")}
            placeholder={t("review.inbox.departementAny")}
            options={departements.map((d) => ({
              value: d.code,
              label: t("review.inbox.departementOption", { code: d.code, name: d.name }),
            }))}
            selectProps={{
              name: inboxParams.departement,
              defaultValue: filters.departement ?? "",
            }}
          />
          <SelectField
            id="inbox-region"
            label={t("review.inbox.region")}
            placeholder={t("review.inbox.regionAny")}
            options={options.regions.map((region) => ({ value: region, label: region }))}
            selectProps={{ name: inboxParams.region, defaultValue: filters.region ?? "" }}
          />
          <SelectField
            id="inbox-axis"
            label={t("review.inbox.axis")}
            placeholder={t("review.inbox.axisAny")}
            options={options.axes.map((axis) => ({ value: axis.code, label: axis.label }))}
            selectProps={{ name: inboxParams.axis, defaultValue: filters.axis ?? "" }}
          />
          <Field
            id="inbox-from"
            label={t("review.inbox.submittedFrom")}
            hint={t("review.inbox.dateHint")}
            inputProps={{
              type: "date",
              name: inboxParams.submittedFrom,
              defaultValue: filters.submittedFrom ?? "",
            }}
          />
          <Field
            id="inbox-to"
            label={t("review.inbox.submittedTo")}
            hint={t("review.inbox.dateHint")}
            inputProps={{
              type: "date",
              name: inboxParams.submittedTo,
              defaultValue: filters.submittedTo ?? "",
            }}
          />
          <SelectField
            id="inbox-sort"
            label={t("review.inbox.sort")}
            options={inboxSorts.map((sort) => ({
              value: sort,
              label: t(`review.inbox.sort.${sort}`),
            }))}
            selectProps={{ name: inboxParams.sort, defaultValue: filters.sort }}
          />
        </div>
        <fieldset className="field choice-group">
          <legend className="field-label">{t("review.inbox.more")}</legend>
          <Choice
            id="inbox-mine"
            label={t("review.inbox.mine")}
            inputProps={{
              type: "checkbox",
              name: inboxParams.mine,
              value: "1",
              defaultChecked: filters.mine,
            }}
          />
          <Choice
            id="inbox-flagged"
            label={t("review.inbox.flagged")}
            inputProps={{
              type: "checkbox",
              name: inboxParams.flagged,
              value: "1",
              defaultChecked: filters.flagged,
            }}
          />
          <Choice
            id="inbox-unread"
            label={t("review.inbox.unread")}
            inputProps={{
              type: "checkbox",
              name: inboxParams.unread,
              value: "1",
              defaultChecked: filters.unread,
            }}
          />
        </fieldset>
        <div className="actions">
          <button type="submit" className="button">
            {t("review.inbox.apply")}
          </button>
          {data.filtered ? <a href={data.links.clear}>{t("review.inbox.clear")}</a> : null}
        </div>
      </form>
    </section>
  );
}
