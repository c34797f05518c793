// The review actions' one way through the state machine: applyTransition (applications), with a
// refused move answered in the staff's words (409 on the form: the file changed state).
import type { Actor, ApplicationAction } from "~/features/applications";
import { applyTransition, type Transitioned } from "~/features/applications/index.server";
import { Refusal, refuse } from "~/platform/commands/outcome";
import type { Transaction } from "~/platform/db/types";

/** Applies `action` in `tx`; a refused move throws the review's "wrong state" refusal. */
export async function moveApplication(
  tx: Transaction,
  options: {
    applicationId: string;
    action: ApplicationAction;
    actor: Pick<Actor, "id" | "role">;
    reason?: string | null;
    requestId?: string;
  },
): Promise<Transitioned> {
  try {
    return await applyTransition(tx, options);
  } catch (error) {
    if (error instanceof Refusal) {
      return refuse({ code: error.code, message: "review.actions.error.wrongState" });
    }
    throw error;
  }
}
