import { redirect } from "react-router";
import { ProgressPage } from "~/features/diagnostic";
import {
  attachDiagnostic,
  buildProgressTable,
  DiagnosticCommandError,
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
import { pickMessages } from "~/i18n.server";
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
    attachedTo: url.searchParams.has("enregistre") && selected ? selected.name : null,
    registerHref: registerOrganizationPath(diagnosticPaths.space),
    messages: pickMessages(request, ["diagnostic", "organizations"]),
  };
}

// Saves the diagnostic remembered in the browser (taken before signing up) to a structure.
export async function action({ request, context }: Route.ActionArgs) {
  const { user } = await requireApplicantContext(request, context);
  const { db } = context.services;
  const organizationId = (await request.formData()).get("organizationId");
  const token = readPendingDiagnostic(request);
  const diagnostic = token ? await findDiagnosticByToken(db, token) : undefined;
  if (diagnostic?.status !== "completed" || typeof organizationId !== "string") {
    return redirect(diagnosticPaths.space, {
      headers: { "set-cookie": forgetPendingDiagnostic(context) },
    });
  }
  try {
    await attachDiagnostic({
      db,
      diagnosticId: diagnostic.id,
      organizationId,
      userId: user.id,
      requestId: context.requestId,
    });
  } catch (error) {
    if (error instanceof DiagnosticCommandError) throw notFound();
    throw error;
  }
  return redirect(
    `${diagnosticPaths.space}?structure=${encodeURIComponent(organizationId)}&enregistre=1`,
    { headers: { "set-cookie": forgetPendingDiagnostic(context) } },
  );
}

export default function OrganizationDiagnostics({ loaderData }: Route.ComponentProps) {
  return <ProgressPage {...loaderData} />;
}
