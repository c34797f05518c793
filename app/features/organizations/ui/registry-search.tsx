/**
 * Finding one's organisation in the State's company register. Works without JavaScript: the
 * search is a GET form, each match has a "Choisir" GET form that reloads the page with the
 * identity form prefilled. When the register is slow, down or finds nothing, the page says so
 * and offers manual entry, which is always available.
 */
import { Form, Link } from "react-router";
import { formatDate } from "~/platform/format/dates";
import type { RegistryEntry, RegistryUnavailableReason } from "~/platform/registry";
import { Field } from "~/ui/field";
import { translateError, useLocale, useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import { formatSiret } from "./format";

export type RegistryMatch = RegistryEntry & {
  /** The organisation registered already with this SIREN, and whether the viewer belongs to it. */
  registered: { id: string; name: string; member: boolean } | null;
};

export type RegistryOutcome =
  | { status: "found"; entries: RegistryMatch[]; total: number }
  | { status: "empty" }
  | { status: "unavailable"; reason: RegistryUnavailableReason };

type RegistrySearchProps = {
  query: string;
  /** A catalogue key when the query itself is refused (too short...). */
  queryError: string | null;
  outcome: RegistryOutcome | null;
};

/** The search form, its results and the way to manual entry. */
export function RegistrySearch({ query, queryError, outcome }: RegistrySearchProps) {
  const t = useT();
  return (
    <>
      <Form method="get" className="form registry-search-form" role="search">
        <Field
          id="recherche"
          label={t("organizations.search.label")}
          hint={t("organizations.search.hint")}
          errors={queryError ? [queryError] : undefined}
          inputProps={{
            name: "recherche",
            type: "search",
            defaultValue: query,
            autoComplete: "off",
            required: true,
            minLength: 3,
            maxLength: 100,
          }}
        />
        <button type="submit" className="button">
          {t("organizations.search.submit")}
        </button>
      </Form>
      {outcome ? <RegistryOutcomeView query={query} outcome={outcome} /> : null}
      <section aria-labelledby="saisie-manuelle" className="registry-manual">
        <h2 id="saisie-manuelle">{t("organizations.search.manualTitle")}</h2>
        <p>
          <Link to="?manuel=1" className="button button-secondary">
            {t("organizations.search.manualLink")}
          </Link>
        </p>
      </section>
    </>
  );
}

function RegistryOutcomeView({ query, outcome }: { query: string; outcome: RegistryOutcome }) {
  const t = useT();
  if (outcome.status === "unavailable") {
    return (
      <div className="registry-outcome">
        <Notice>
          <p>{translateError(t, `organizations.search.unavailable.${outcome.reason}`)}</p>
          <p>{t("organizations.search.unavailableNext")}</p>
        </Notice>
      </div>
    );
  }
  if (outcome.status === "empty") {
    return (
      <div className="registry-outcome">
        <Notice>
          <p>{t("organizations.search.empty", { query })}</p>
        </Notice>
      </div>
    );
  }
  return (
    <section aria-labelledby="resultats" className="registry-outcome">
      <h2 id="resultats">{t("organizations.search.resultsTitle", { query })}</h2>
      <p role="status">
        {t("organizations.search.resultsCount", { count: outcome.entries.length })}
      </p>
      {outcome.total > outcome.entries.length ? (
        <p>{t("organizations.search.moreResults", { count: outcome.entries.length })}</p>
      ) : null}
      <ul className="registry-results">
        {outcome.entries.map((entry) => (
          <RegistryResult key={entry.siren} entry={entry} query={query} />
        ))}
      </ul>
    </section>
  );
}

function RegistryResult({ entry, query }: { entry: RegistryMatch; query: string }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `structure-${entry.siren}`;
  const place = [entry.addressLine, [entry.postcode, entry.commune].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  return (
    <li className="registry-result">
      <h3 id={headingId}>{entry.name}</h3>
      <p>
        {entry.siret ? `SIRET ${formatSiret(entry.siret)}` : `SIREN ${entry.siren}`}
        {place ? (
          <>
            <br />
            {place}
          </>
        ) : null}
        {entry.creationDate ? (
          <>
            <br />
            {t("organizations.search.createdOn", { date: formatDate(entry.creationDate, locale) })}
          </>
        ) : null}
      </p>
      {entry.closed ? <p className="registry-closed">{t("organizations.search.closed")}</p> : null}
      {entry.registered?.member ? (
        <p className="registry-registered">{t("organizations.join.alreadyMember")}</p>
      ) : entry.registered ? (
        <>
          <p className="registry-registered">{t("organizations.search.alreadyRegistered")}</p>
          {/* A GET: the request is confirmed, with a message, on the next page (issue 11). */}
          <Form method="get">
            <input type="hidden" name="recherche" value={query} />
            <input type="hidden" name="rejoindre" value={entry.registered.id} />
            <button type="submit" className="button button-secondary" aria-describedby={headingId}>
              {t("organizations.join.submit")}
            </button>
          </Form>
        </>
      ) : (
        <Form method="get">
          <input type="hidden" name="recherche" value={query} />
          <input type="hidden" name="choisir" value={entry.siren} />
          <button type="submit" className="button" aria-describedby={headingId}>
            {t("organizations.search.choose")}
            <span className="visually-hidden"> {entry.name}</span>
          </button>
        </Form>
      )}
    </li>
  );
}
