import { Form, Link } from "react-router";
import { journalPageUrl, parseJournalFilters } from "~/features/auth";
import { listJournal, requirePermission } from "~/features/auth/index.server";
import { pickMessages } from "~/i18n.server";
import { auditActionNames, auditEntityTypes } from "~/platform/audit-actions";
import { formatShortDateTime } from "~/platform/format/dates";
import { SelectField } from "~/ui/controls";
import { Field } from "~/ui/field";
import { useLocale, useT } from "~/ui/i18n";
import { stackedRoles as r, StackedLabel } from "~/ui/stacked-table";
import type { Route } from "./+types/journal";

/** A short, one-line view of an event's before/after summary. */
function summary(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

// Administrators only: the audit trail, filtered by a GET form, a keyset page at a time.
export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(request, context, "read:audit-trail");
  const url = new URL(request.url);
  const { filters, errors } = parseJournalFilters(url.searchParams);
  const page = await listJournal(context.services.db, filters);
  const values = Object.fromEntries(
    ["acteur", "type", "action", "element", "du", "au"].map((name) => [
      name,
      (url.searchParams.get(name) ?? "").slice(0, 254),
    ]),
  );
  return {
    values,
    errors,
    paged: filters.before !== undefined,
    events: page.events.map((event) => ({
      ...event,
      before: summary(event.before),
      after: summary(event.after),
    })),
    nextUrl: page.nextCursor ? journalPageUrl(url.searchParams, page.nextCursor) : null,
    entityTypes: auditEntityTypes,
    actions: auditActionNames(),
    messages: pickMessages(request, ["auth.admin"]),
  };
}

export default function Journal({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { values, errors, events, nextUrl, paged } = loaderData;
  const error = (field: keyof typeof errors) => {
    const key = errors[field];
    return key ? [t(key as Parameters<typeof t>[0])] : undefined;
  };
  return (
    <>
      <title>{`${t("auth.journal.title")} – Digit'ESS`}</title>
      <h1 id="journal">{t("auth.journal.title")}</h1>
      <p>{t("auth.journal.intro")}</p>
      <Form method="get" className="form" role="search">
        <Field
          id="acteur"
          label={t("auth.journal.actor")}
          errors={error("actor")}
          inputProps={{
            name: "acteur",
            type: "email",
            defaultValue: values.acteur,
            autoComplete: "off",
          }}
        />
        <SelectField
          id="type"
          label={t("auth.journal.entityType")}
          errors={error("entityType")}
          options={[
            { value: "", label: t("auth.journal.any") },
            ...loaderData.entityTypes.map((type) => ({ value: type, label: type })),
          ]}
          selectProps={{ name: "type", defaultValue: values.type }}
        />
        <SelectField
          id="action"
          label={t("auth.journal.action")}
          errors={error("action")}
          options={[
            { value: "", label: t("auth.journal.any") },
            ...loaderData.actions.map((action) => ({ value: action, label: action })),
          ]}
          selectProps={{ name: "action", defaultValue: values.action }}
        />
        <Field
          id="element"
          label={t("auth.journal.entityId")}
          errors={error("entityId")}
          inputProps={{ name: "element", type: "text", defaultValue: values.element }}
        />
        <Field
          id="du"
          label={t("auth.journal.from")}
          errors={error("from")}
          inputProps={{ name: "du", type: "date", defaultValue: values.du }}
        />
        <Field
          id="au"
          label={t("auth.journal.to")}
          errors={error("to")}
          inputProps={{ name: "au", type: "date", defaultValue: values.au }}
        />
        <button type="submit" className="button">
          {t("auth.journal.submit")}
        </button>{" "}
        <Link to="/admin/journal">{t("auth.journal.reset")}</Link>
      </Form>
      {events.length === 0 ? (
        <p className="empty-state">{t("auth.journal.empty")}</p>
      ) : (
        <table className="table table-stacked" aria-labelledby="journal" {...r.table}>
          <thead {...r.rowgroup}>
            <tr {...r.row}>
              <th {...r.columnheader}>{t("auth.journal.when")}</th>
              <th {...r.columnheader}>{t("auth.journal.who")}</th>
              <th {...r.columnheader}>{t("auth.journal.what")}</th>
              <th {...r.columnheader}>{t("auth.journal.on")}</th>
              <th {...r.columnheader}>{t("auth.journal.details")}</th>
            </tr>
          </thead>
          <tbody {...r.rowgroup}>
            {events.map((event) => (
              <tr key={event.id} {...r.row}>
                <th {...r.rowheader}>
                  <StackedLabel>{t("auth.journal.when")}</StackedLabel>
                  {formatShortDateTime(event.occurredAt, locale)}
                </th>
                <td {...r.cell} style={{ overflowWrap: "anywhere" }}>
                  <StackedLabel>{t("auth.journal.who")}</StackedLabel>
                  {event.actorId === null
                    ? t("auth.journal.system")
                    : event.actor
                      ? `${event.actor.name} (${event.actor.email})`
                      : t("auth.journal.unknownActor")}
                </td>
                <td {...r.cell}>
                  <StackedLabel>{t("auth.journal.what")}</StackedLabel>
                  <code>{event.action}</code>
                </td>
                <td {...r.cell} style={{ overflowWrap: "anywhere" }}>
                  <StackedLabel>{t("auth.journal.on")}</StackedLabel>
                  {event.entityType} <code>{event.entityId}</code>
                </td>
                <td {...r.cell} style={{ overflowWrap: "anywhere" }}>
                  <StackedLabel>{t("auth.journal.details")}</StackedLabel>
                  {event.before ? <code>{event.before}</code> : null}
                  {event.before && event.after ? " → " : null}
                  {event.after ? <code>{event.after}</code> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {nextUrl ? <Link to={nextUrl}>{t("auth.journal.next")}</Link> : null}
        {paged ? (
          <>
            {nextUrl ? " · " : null}
            <Link to="/admin/journal">{t("auth.journal.first")}</Link>
          </>
        ) : null}
      </p>
    </>
  );
}
