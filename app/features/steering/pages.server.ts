// The steering dashboard's data (/pilotage): the programmes the user reads, the filter from the
// URL (values outside the form's choices ignored, with a notice), and the maturity gain of the
// structures supported in that filter with the diagnostic's dimension titles.
import type { SessionUser } from "~/features/auth/index.server";
import { currentDimensionTitles } from "~/features/diagnostic/index.server";
import { maturityGainReport } from "~/features/supports/index.server";
import type { Executor } from "~/platform/db/types";
import { dashboardFilterOf } from "./dashboard-filter";
import { programmeReachOf } from "./permissions";
import { visibleProgrammes } from "./programmes.server";

export async function loadDashboardPage(
  db: Executor,
  user: Pick<SessionUser, "id" | "role">,
  url: URL,
) {
  const programmes = await visibleProgrammes(db, user);
  const { filter, ignored } = dashboardFilterOf(
    url.searchParams,
    programmes.map((programme) => programme.id),
  );
  const everyProgramme = programmeReachOf(user.role) === "all";
  const [gain, dimensionTitles] = await Promise.all([
    maturityGainReport(db, {
      programIds: filter.programId
        ? [filter.programId]
        : everyProgramme
          ? null
          : programmes.map((programme) => programme.id),
      levelKind: filter.levelKind,
    }),
    currentDimensionTitles(db),
  ]);
  return {
    programmes,
    filter,
    ignored,
    gain,
    dimensionTitles,
  };
}

export type DashboardPageData = Awaited<ReturnType<typeof loadDashboardPage>>;
