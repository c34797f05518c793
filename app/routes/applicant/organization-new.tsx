import { parseWithZod } from "@conform-to/zod/v4";
import { data, Link, redirect } from "react-router";
import { listActionAxes } from "~/features/organizations/action-axes.server";
import { createOrganization } from "~/features/organizations/create-organization.server";
import { setActiveOrganization } from "~/features/organizations/guards.server";
import { getApplicantContext } from "~/features/organizations/index.server";
import {
  joinRequestSchema,
  registryQueryError,
} from "~/features/organizations/join-request.schema";
import { buildOrganizationProfileSchema } from "~/features/organizations/organization-profile.schema";
import {
  findRegisteredSirens,
  getJoinableOrganization,
} from "~/features/organizations/queries.server";
import { prefillFromEntry } from "~/features/organizations/registry-prefill";
import { requestToJoin } from "~/features/organizations/request-to-join.server";
import { runCommand } from "~/features/organizations/run-command.server";
import { JoinRequestForm } from "~/features/organizations/ui/join-request-form";
import { withNotice } from "~/features/organizations/ui/notices";
import { OrganizationForm } from "~/features/organizations/ui/organization-form";
import { type RegistryOutcome, RegistrySearch } from "~/features/organizations/ui/registry-search";
import { pickMessages } from "~/i18n.server";
import { notFound } from "~/platform/http/responses";
import { useT } from "~/ui/i18n";
import { Notice } from "~/ui/notice";
import type { Route } from "./+types/organization-new";

// Register an organisation: find it in the company register (or type it), check the prefilled
// identity, create it. A SIREN registered already leads to "ask to join" instead.
export async function loader({ request, context }: Route.LoaderArgs) {
  const { memberships } = await getApplicantContext(request, context);
  const messages = pickMessages(request, ["organizations"]);
  const axes = await listActionAxes(context.services.db);
  const url = new URL(request.url);
  const query = (url.searchParams.get("recherche") ?? "").trim();
  const chosen = url.searchParams.get("choisir");
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
  const { user } = await getApplicantContext(request, context);
  const { db, jobs, env } = context.services;
  const formData = await request.formData();
  if (formData.get("intent") === "join") {
    const submission = parseWithZod(formData, { schema: joinRequestSchema });
    if (submission.status !== "success") {
      const organizationId = String(formData.get("organizationId") ?? "");
      const organization = /^[0-9a-f-]{36}$/i.test(organizationId)
        ? await getJoinableOrganization(db, organizationId)
        : null;
      if (!organization) throw notFound();
      return data(
        { result: null, duplicate: organization, joinError: "organizations.join.messageTooLong" },
        { status: 400 },
      );
    }
    const { organizationId, message } = submission.value;
    const outcome = await runCommand(() =>
      requestToJoin({
        db,
        jobs,
        appUrl: env.APP_URL,
        actor: user,
        organizationId,
        message,
        requestId: context.requestId,
      }),
    );
    if (!outcome.ok) {
      const organization = await getJoinableOrganization(db, organizationId);
      if (!organization) throw notFound();
      return data(
        { result: null, duplicate: organization, joinError: outcome.errorKey as string },
        { status: 409 },
      );
    }
    return redirect(withNotice("/espace", "demande"));
  }

  const axes = await listActionAxes(db);
  const submission = parseWithZod(formData, {
    schema: buildOrganizationProfileSchema({ axisCodes: axes.map((axis) => axis.code) }),
    disableAutoCoercion: true,
  });
  if (submission.status !== "success") {
    return data({ result: submission.reply(), duplicate: null, joinError: null }, { status: 400 });
  }
  const outcome = await runCommand(() =>
    createOrganization({
      db,
      actorId: user.id,
      profile: submission.value,
      requestId: context.requestId,
    }),
  );
  if (!outcome.ok) {
    const organizationId = outcome.error.details.organizationId;
    const organization = organizationId ? await getJoinableOrganization(db, organizationId) : null;
    return data(
      { result: submission.reply(), duplicate: organization, joinError: null },
      { status: 409 },
    );
  }
  return redirect(withNotice("/espace", "cree"), {
    headers: {
      "set-cookie": await setActiveOrganization(context, outcome.value.organizationId),
    },
  });
}

export default function NewOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const duplicate = actionData?.duplicate ?? null;
  return (
    <>
      <title>{`${t("organizations.new.title")} – Digit'ESS`}</title>
      <h1>{t("organizations.new.title")}</h1>
      {duplicate ? (
        <JoinRequestForm organization={duplicate} error={actionData?.joinError} />
      ) : null}
      {loaderData.mode === "search" ? (
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
            lastResult={actionData?.result}
            defaultValue={loaderData.prefill}
            submitLabel={t("organizations.form.submitCreate")}
            hidden={{ intent: "create" }}
          />
        </>
      )}
    </>
  );
}
