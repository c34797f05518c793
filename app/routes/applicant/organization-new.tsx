import { data, Link } from "react-router";
import {
  buildOrganizationProfileSchema,
  joinRequestSchema,
  prefillFromEntry,
  registryQueryError,
} from "~/features/organizations";
import {
  createOrganization,
  findRegisteredSirens,
  getJoinableOrganization,
  listActionAxes,
  requestToJoin,
  requireApplicantContext,
  setActiveOrganization,
} from "~/features/organizations/index.server";
import { fieldErrorOf } from "~/features/organizations/ui/form-reply";
import { JoinRequestForm } from "~/features/organizations/ui/join-request-form";
import { OrganizationForm } from "~/features/organizations/ui/organization-form";
import { type RegistryOutcome, RegistrySearch } from "~/features/organizations/ui/registry-search";
import { formSpec, handleForms } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { notFound } from "~/platform/http/responses";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import type { Route } from "./+types/organization-new";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Register an organisation: find it in the company register (or type it), check the prefilled
// identity, create it. A SIREN registered already leads to "ask to join" instead.
export async function loader({ request, context }: Route.LoaderArgs) {
  const { memberships } = await requireApplicantContext(request, context);
  const messages = pickMessages(request, ["eligibility", "organizations"]);
  const axes = await listActionAxes(context.services.db);
  const url = new URL(request.url);
  const query = (url.searchParams.get("recherche") ?? "").trim();
  const chosen = url.searchParams.get("choisir");
  // "Demander à rejoindre" from the search: the request is confirmed here, with a message,
  // before anything is sent (issue 11).
  const joining = url.searchParams.get("rejoindre");
  if (joining !== null) {
    const organization = UUID.test(joining)
      ? await getJoinableOrganization(context.services.db, joining)
      : null;
    if (!organization) throw notFound();
    return { mode: "join" as const, organization, query, messages };
  }
  if (url.searchParams.has("manuel")) {
    return { mode: "form" as const, axes, query, prefill: null, choiceLost: false, messages };
  }
  if (!query) return { mode: "search" as const, query, queryError: null, outcome: null, messages };
  const queryError = registryQueryError(query);
  if (queryError) return { mode: "search" as const, query, queryError, outcome: null, messages };
  const result = await context.services.registry.search(query);
  if (result.status !== "found") {
    if (chosen)
      return { mode: "form" as const, axes, query, prefill: null, choiceLost: true, messages };
    return {
      mode: "search" as const,
      query,
      queryError: null,
      outcome: result as RegistryOutcome,
      messages,
    };
  }
  const registered = await findRegisteredSirens(
    context.services.db,
    result.entries.map((entry) => entry.siren),
  );
  const entries = result.entries.map((entry) => {
    const found = registered.get(entry.siren);
    const member = memberships.some((m) => m.organizationId === found?.id);
    return { ...entry, registered: found ? { ...found, member } : null };
  });
  const entry = chosen ? entries.find((candidate) => candidate.siren === chosen) : undefined;
  if (chosen && !entry)
    return { mode: "form" as const, axes, query, prefill: null, choiceLost: true, messages };
  if (entry && !entry.registered) {
    return {
      mode: "form" as const,
      axes,
      query,
      prefill: prefillFromEntry(entry),
      choiceLost: false,
      messages,
    };
  }
  const outcome: RegistryOutcome = { status: "found", entries, total: result.total };
  return { mode: "search" as const, query, queryError: null, outcome, messages };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user } = await requireApplicantContext(request, context);
  const { db, jobs, env } = context.services;
  const axes = await listActionAxes(db);
  return handleForms(request, {
    create: formSpec({
      schema: buildOrganizationProfileSchema({ axisCodes: axes.map((axis) => axis.code) }),
      coerce: false,
      run: (profile) =>
        createOrganization({ db, actorId: user.id, profile, requestId: context.requestId }),
      // A SIREN or RNA registered already: the page offers to ask to join that organisation.
      refused: async (refusal, _profile, reply) => {
        const organizationId = refusal.details?.organizationId;
        if (refusal.code !== "already_registered" || typeof organizationId !== "string") return;
        const duplicate = await getJoinableOrganization(db, organizationId);
        if (!duplicate) return;
        // The form keeps what was typed; the join panel says why, so no field error here.
        const { error: _error, ...values } = reply.result;
        return data({ ...reply, result: values, duplicate, joinError: null }, { status: 409 });
      },
      done: async ({ organizationId }) =>
        redirectWithNotice(
          request,
          "/espace",
          { key: "organizations.notice.created" },
          { headers: { "set-cookie": await setActiveOrganization(context, organizationId) } },
        ),
    }),
    join: formSpec({
      schema: joinRequestSchema,
      run: ({ organizationId, message }) =>
        requestToJoin({
          db,
          jobs,
          appUrl: env.APP_URL,
          actor: user,
          organizationId,
          message,
          requestId: context.requestId,
        }),
      // Refused (already a member, already asked, message too long): the join panel stays.
      refused: async (_refusal, { organizationId }, reply) => {
        const duplicate = await getJoinableOrganization(db, organizationId);
        if (!duplicate) throw notFound();
        return data(
          { ...reply, duplicate, joinError: fieldErrorOf(reply, "message") },
          { status: 409 },
        );
      },
      done: () =>
        redirectWithNotice(request, "/espace", { key: "organizations.notice.joinRequested" }),
    }),
  });
}

export default function NewOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const duplicate = actionData && "duplicate" in actionData ? actionData : null;
  return (
    <>
      <title>{`${t("organizations.new.title")} – Digit'ESS`}</title>
      <h1>{t("organizations.new.title")}</h1>
      {duplicate ? (
        <JoinRequestForm organization={duplicate.duplicate} error={duplicate.joinError} />
      ) : null}
      {loaderData.mode === "join" ? (
        <>
          {duplicate ? null : <JoinRequestForm organization={loaderData.organization} />}
          <p>
            <Link
              to={
                loaderData.query
                  ? `/espace/structure/nouvelle?recherche=${encodeURIComponent(loaderData.query)}`
                  : "/espace/structure/nouvelle"
              }
            >
              {t("organizations.new.back")}
            </Link>
          </p>
        </>
      ) : loaderData.mode === "search" ? (
        <>
          <p>{t("organizations.new.intro")}</p>
          <RegistrySearch
            query={loaderData.query}
            queryError={loaderData.queryError}
            outcome={loaderData.outcome}
          />
        </>
      ) : (
        <>
          {loaderData.choiceLost ? <Notice>{t("organizations.search.choiceLost")}</Notice> : null}
          <p>
            {loaderData.prefill
              ? t("organizations.form.fromRegistry")
              : t("organizations.new.manualIntro")}
          </p>
          <p>
            <Link
              to={
                loaderData.query
                  ? `/espace/structure/nouvelle?recherche=${encodeURIComponent(loaderData.query)}`
                  : "/espace/structure/nouvelle"
              }
            >
              {t("organizations.new.back")}
            </Link>
          </p>
          <OrganizationForm
            axes={loaderData.axes}
            lastResult={actionData?.formId === "create" ? actionData.result : undefined}
            defaultValue={loaderData.prefill}
            submitLabel={t("organizations.form.submitCreate")}
            hidden={{ intent: "create" }}
          />
        </>
      )}
    </>
  );
}
