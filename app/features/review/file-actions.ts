// The action links of an application's file (issue 13): for the user's role and the
// application's state, the pages that take each review action (built by the review actions).
// Pure. Antenna managers read, write notes and messages: they get no action.
import {
  type ApplicationAction,
  type ApplicationState,
  allowedActions,
  isTerminal,
} from "~/features/applications";
import { can, type Role } from "~/features/auth";

/** The review actions that have a page of their own, and its path under the file. */
export const actionPaths = {
  start_review: "examen",
  request_information: "complements",
  request_correction: "correction",
  declare_ineligible: "non-eligible",
  mark_ready: "prete",
} as const satisfies Partial<Record<ApplicationAction, string>>;

export type FileActionId = keyof typeof actionPaths | "score" | "reassign";

export type FileAction = { id: FileActionId; href: string };

/** The file's own URL. */
export function fileUrl(applicationId: string): string {
  return `/instruction/candidatures/${applicationId}`;
}

/** The action links, in the order the page shows them. */
export function fileActions(
  applicationId: string,
  state: ApplicationState,
  role: Role,
): FileAction[] {
  if (!can(role, "review:applications")) return [];
  const base = fileUrl(applicationId);
  const allowed = allowedActions(state, role);
  const links: FileAction[] = [];
  for (const [action, path] of Object.entries(actionPaths) as [
    keyof typeof actionPaths,
    string,
  ][]) {
    if (allowed.includes(action)) links.push({ id: action, href: `${base}/${path}` });
  }
  if (state === "in_review") links.push({ id: "score", href: `${base}/evaluation` });
  if (state !== "draft" && !isTerminal(state)) {
    links.push({ id: "reassign", href: `${base}/attribution` });
  }
  return links;
}
