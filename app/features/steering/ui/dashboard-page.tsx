// The steering dashboard (/pilotage), for funders and administrators: a filter by programme and
// support level (a GET form, so it works without JavaScript), then its sections. The first one
// is the maturity gain of the structures supported (maturity-gain-section.tsx).
import { Form } from "react-router";
import { levelKinds } from "~/features/applications";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import { filterParams } from "../dashboard-filter";
import type { DashboardPageData } from "../pages.server";
import { MaturityGainSection } from "./maturity-gain-section";

const ignoredKeys = {
  programme: "steering.filter.ignoredProgramme",
  level: "steering.filter.ignoredLevel",
} as const;

export function DashboardPage({ data }: { data: DashboardPageData }) {
  const t = useT();
  return (
    <>
      <title>{`${t("steering.title")} – Digit'ESS`}</title>
      <h1>{t("steering.title")}</h1>
      <p>{t("steering.intro")}</p>
      {data.ignored.map((ignored) => (
        <Notice key={ignored}>{t(ignoredKeys[ignored])}</Notice>
      ))}
      {data.programmes.length === 0 ? <Notice>{t("steering.filter.noProgramme")}</Notice> : null}
      <DashboardFilterForm data={data} />
      <MaturityGainSection data={data} />
    </>
  );
}

function DashboardFilterForm({ data }: { data: DashboardPageData }) {
  const t = useT();
  return (
    <section aria-labelledby="steering-filter-title" className="steering-section">
      <h2 id="steering-filter-title" className="steering-filter-title">
        {t("steering.filter.heading")}
      </h2>
      <Form method="get" className="steering-filters">
        {data.programmes.length > 1 ? (
          <div className="field">
            <label htmlFor="steering-programme" className="field-label">
              {t("steering.filter.programme")}
            </label>
            <select
              id="steering-programme"
              name={filterParams.programme}
              className="field-input"
              defaultValue={data.filter.programId ?? ""}
            >
              <option value="">{t("steering.filter.allProgrammes")}</option>
              {data.programmes.map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {programme.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="steering-level" className="field-label">
            {t("steering.filter.level")}
          </label>
          <select
            id="steering-level"
            name={filterParams.level}
            className="field-input"
            defaultValue={data.filter.levelKind ?? ""}
          >
            <option value="">{t("steering.filter.allLevels")}</option>
            {levelKinds.map((level) => (
              <option key={level} value={level}>
                {t(`steering.level.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button type="submit" className="button button-secondary">
            {t("steering.filter.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
