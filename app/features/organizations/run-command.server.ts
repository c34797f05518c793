// Runs an organisation command for a route action: an organisation the actor cannot see becomes
// a 404 (never a 403, never its data); other refusals become a message for the page.

import type { MessageKey } from "~/i18n";
import { notFound } from "~/platform/http/responses";
import { OrganizationError, type OrganizationErrorCode } from "./errors";
import { refusalKey } from "./ui/refusals";

export type CommandOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; code: OrganizationErrorCode; errorKey: MessageKey; error: OrganizationError };

/** Awaits the command; throws 404 for not_found, returns other refusals as values. */
export async function runCommand<T>(command: () => Promise<T>): Promise<CommandOutcome<T>> {
  try {
    return { ok: true, value: await command() };
  } catch (error) {
    if (!(error instanceof OrganizationError)) throw error;
    if (error.code === "not_found") throw notFound();
    return { ok: false, code: error.code, errorKey: refusalKey(error.code), error };
  }
}
