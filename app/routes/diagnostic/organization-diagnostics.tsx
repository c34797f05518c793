import { redirect } from "react-router";
import { ProgressPage } from "~/features/diagnostic";
import {
  attachDiagnostic,
  attachFormSchema,
  buildProgressTable,
  diagnosticPaths,
  findDiagnosticByToken,
  forgetPendingDiagnostic,
  listMemberOrganizations,
  listOrganizationDiagnostics,
  listSimilarOrganizationScores,
  loadCurrentQuestionBank,
  loadQuestionBank,
  type MedianStatus,
  readPendingDiagnostic,
  registerOrganizationPath,
  similarMedians,
  sizeBandLabelKeys,
  sizeBandOf,
  toSizeBand,
} from "~/features/diagnostic/index.server";
import { requireApplicantContext } from "~/features/organizations/index.server";
import { formSpec, handleForm } from "~/form-action.server";
import { pickMessages } from "~/i18n.server";
import { redirectWithNotice } from "~/platform/http/notice.server";
import { notFound } from "~/platform/http/responses";
import type { Route } from "./+types/organization-diagnostics";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, active } = await requireApplicantContext(request, context);
  const { db } = context.services;
  const url = new URL(request.url);
  const organizations = await listMemberOrganizations(db, user.id);
  const asked = url.searchParams.get("structure") ?? active?.organizationId;
  const selected = asked ? organizations.find((o) => o.id === asked) : organizations[0];
  // Another organisation's diagnostics do not exist for this user.
  if (asked && !selected) throw notFound();

  const diagnostics = selected
    ? await listOrganizationDiagnostics(db, { userId: user.id, organizationId: selected.id })
    : [];
  const latest = diagnostics.at(-1);
  const band = selected ? (sizeBandOf(selected.employees) ?? toSizeBand(latest?.sizeBand)) : null;
  let median: MedianStatus = { kind: "no_band" };
  let medians = null;
  if (selected && band && latest) {
    const scores = await listSimilarOrganizationScores(db, {
      sizeBand: band,
      excludeOrganizationId: selected.id,
    });
    medians = similarMedians(scores, latest.version);
    median = medians
      ? { kind: "shown", count: medians.count, bandKey: sizeBandLabelKeys[band] }
      : { kind: "too_few" };
  }
  const bank =
    (latest && (await loadQuestionBank(db, latest.version))) || (await loadCurrentQuestionBank(db));

  const token = readPendingDiagnostic(request);
  const waiting = token ? await findDiagnosticByToken(db, token) : undefined;
  const pending =
    waiting?.score && waiting.completedAt && !waiting.organizationId
      ? { completedAt: waiting.completedAt.toISOString(), globalScore: waiting.score.globalScore }
      : null;

  return {
    organizations: organizations.map(({ id, name }) => ({ id, name })),
    selected: selected ? { id: selected.id, name: selected.name } : null,
    table: selected ? buildProgressTable(diagnostics, medians) : null,
    titles: Object.fromEntries(bank.dimensions.map((d) => [d.id, d.title])),
    median,
    pending,
    registerHref: registerOrganizationPath(diagnosticPaths.space),
    messages: pickMessages(request, ["diagnostic", "organizations"]),
  };
}

// Saves the diagnostic remembered in the browser (taken before signing up) to a structure.
export async function action({ request, context }: Route.ActionArgs) {
  const { user } = await requireApplicantContext(request, context);
  const { db } = context.services;
  const forget = { headers: { "set-cookie": forgetPendingDiagnostic(context) } };
  return handleForm(
    request,
    formSpec({
      schema: attachFormSchema,
      run: async ({ organizationId }) => {
        const token = readPendingDiagnostic(request);
        const diagnostic = token ? await findDiagnosticByToken(db, token) : undefined;
        if (diagnostic?.status !== "completed" || !organizationId) return null;
        return attachDiagnostic({
          db,
          diagnosticId: diagnostic.id,
          organizationId,
          userId: user.id,
          requestId: context.requestId,
        });
      },
      done: (organization) =>
        organization
          ? redirectWithNotice(
              request,
              `${diagnosticPaths.space}?structure=${encodeURIComponent(organization.id)}`,
              { key: "diagnostic.space.attached", params: { name: organization.name } },
              forget,
            )
          : redirect(diagnosticPaths.space, forget),
      // Saved elsewhere meanwhile: nothing to show (not a member is NotFound already).
      refused: () => {
        throw notFound();
      },
    }),
  );
}

export default function OrganizationDiagnostics({ loaderData }: Route.ComponentProps) {
  return <ProgressPage {...loaderData} />;
}
