// The committees' one way through the application state machine: applyTransition
// (applications), a refused move answered in the committee's words (409: the application changed
// state meanwhile, for example withdrawn by its applicant).
import type { ApplicationAction } from "~/features/applications";
import { applyTransition, type Transitioned } from "~/features/applications/index.server";
import { Refusal, refuse } from "~/platform/commands/outcome";
import type { Transaction } from "~/platform/db/types";
import type { CommandActor } from "./system-actor";

export async function moveApplication(
  tx: Transaction,
  options: {
    applicationId: string;
    action: ApplicationAction;
    actor: CommandActor;
    reason?: string | null;
    requestId?: string;
  },
): Promise<Transitioned> {
  try {
    return await applyTransition(tx, options);
  } catch (error) {
    if (error instanceof Refusal) {
      return refuse({ code: error.code, message: "committees.refusal.applicationState" });
    }
    throw error;
  }
}
