// What the review action pages show (their loaders): the file's header, whether the action is
// open in its state, and each page's own data (the grid with the scores, the assignable people).
import { eq } from "drizzle-orm";
import {
  type ApplicationAction,
  isApplicationState,
  isTerminal,
  transition,
} from "~/features/applications";
import type { Role } from "~/features/auth";
import type { Executor } from "~/platform/db/types";
import { antennas, user } from "../../../db/schema";
import { assignablePeople, programAntennas, programGrid, scoresOf } from "./action-queries.server";
import { scoresByReviewer, teamAverage } from "./scoring";
import type { ActionHeader } from "./ui/action-frame";
import type { ReassignPageData } from "./ui/action-reassign";
import type { ScorePageData } from "./ui/action-score";

/** The header of every action page. */
export function actionHeader(
  application: { id: string; number: string | null; status: string },
  organization: { name: string },
): ActionHeader {
  return {
    id: application.id,
    number: application.number ?? "",
    organizationName: organization.name,
    status: application.status,
  };
}

/** Whether `action` may be taken now by `role` (the state machine's answer). */
export function actionOpen(status: string, action: ApplicationAction, role: Role): boolean {
  return isApplicationState(status) && transition(status, action, role).ok;
}

/** Whether the file may still be reassigned (any state but a final one). */
export function reassignOpen(status: string): boolean {
  return isApplicationState(status) && !isTerminal(status);
}

/** The grid, the reviewer's previous scores and the team's weighted average. */
export async function loadScorePage(
  db: Executor,
  options: { applicationId: string; programId: string; reviewerId: string },
): Promise<ScorePageData> {
  const grid = await programGrid(db, options.programId);
  const rows = await scoresOf(db, options.applicationId);
  const mine = new Map(
    rows
      .filter((row) => row.reviewerId === options.reviewerId)
      .map((row) => [row.criterionId, row]),
  );
  return {
    criteria: grid.map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      description: criterion.description,
      weight: criterion.weight,
      previousScore: mine.get(criterion.id)?.score ?? null,
      previousComment: mine.get(criterion.id)?.comment ?? "",
    })),
    team: teamAverage(grid, scoresByReviewer(rows)),
  };
}

/** The programme's antennas, the people who may follow the file, and who follows it now. */
export async function loadReassignPage(
  db: Executor,
  options: { programId: string; antennaId: string | null; assignedTo: string | null },
): Promise<ReassignPageData> {
  const antennaList = await programAntennas(db, options.programId);
  const people = await assignablePeople(
    db,
    antennaList.map((antenna) => antenna.id),
  );
  const [current] = options.antennaId
    ? await db
        .select({ name: antennas.name })
        .from(antennas)
        .where(eq(antennas.id, options.antennaId))
    : [];
  const [assignee] = options.assignedTo
    ? await db.select({ name: user.name }).from(user).where(eq(user.id, options.assignedTo))
    : [];
  return {
    antennas: antennaList.map((antenna) => ({
      id: antenna.id,
      label: antenna.name === antenna.city ? antenna.name : `${antenna.name} (${antenna.city})`,
    })),
    people: [
      ...people.deciders.map((person) => ({
        id: person.id,
        name: person.name,
        role: person.role,
        antennaId: null,
      })),
      // A manager of several antennas is listed once, with the first of them.
      ...[...new Map(people.managers.map((person) => [person.id, person])).values()].map(
        (person) => ({
          id: person.id,
          name: person.name,
          role: person.role,
          antennaId: person.antennaId,
        }),
      ),
    ],
    current: {
      antennaId: options.antennaId,
      antennaName: current?.name ?? null,
      assignedTo: options.assignedTo,
      assigneeName: assignee?.name ?? null,
    },
  };
}
