// The dashboard's filter, read from the URL's query string (a GET form, so it works without
// JavaScript): a programme among those the user may see, a support level. A value that is not
// one of them is ignored, and the page says so; nothing in the URL can make the loader fail.
import { type LevelKind, levelKinds } from "~/features/applications";

/** The query string's names (French, like the URLs). */
export const filterParams = { programme: "programme", level: "echelon" } as const;

export interface DashboardFilter {
  readonly programId: string | null;
  readonly levelKind: LevelKind | null;
}

/** What was asked for but is not a choice of the form: the page tells the user. */
export type IgnoredFilter = "programme" | "level";

export function dashboardFilterOf(
  params: URLSearchParams,
  visibleProgramIds: readonly string[],
): { filter: DashboardFilter; ignored: IgnoredFilter[] } {
  const ignored: IgnoredFilter[] = [];
  const programme = params.get(filterParams.programme)?.trim().toLowerCase() ?? "";
  const level = params.get(filterParams.level)?.trim() ?? "";
  const programId = programme && visibleProgramIds.includes(programme) ? programme : null;
  if (programme && !programId) ignored.push("programme");
  const levelKind = (levelKinds as readonly string[]).includes(level) ? (level as LevelKind) : null;
  if (level && !levelKind) ignored.push("level");
  return { filter: { programId, levelKind }, ignored };
}
