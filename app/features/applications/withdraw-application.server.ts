// The applicant withdraws an application, from any state before a decision (state machine).
import type { Database } from "~/platform/db/types";
import type { Actor } from "./actor";
import { type Transitioned, transitionApplication } from "./transition-application.server";

/** Withdraws an application of `organizationId`, with the applicant's optional reason. */
export async function withdrawApplication(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
  organizationId: string;
  reason?: string | null;
  requestId?: string;
}): Promise<Transitioned> {
  return transitionApplication({ ...options, action: "withdraw" });
}
