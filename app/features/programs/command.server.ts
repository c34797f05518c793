/**
 * What every programme command shares: who acts, the transaction with the programme row locked
 * (two administrators editing at once are serialised, so the one-antenna-per-département check
 * cannot be raced), the typed errors a form shows, and the audit event.
 */
import { eq } from "drizzle-orm";
import { type AuditActionOf, appendAuditEvent } from "~/platform/audit.server";
import type { Database, Transaction } from "~/platform/db/types";
import { programs } from "../../../db/schema";
import type { ProgramsMessageKey } from "./messages";

/** Who runs a command, and where. */
export interface CommandContext {
  readonly db: Database;
  readonly actorId: string;
  readonly requestId?: string | null;
}

/** A field the command refused, with the catalogue key (and parameters) of the reason. */
export interface CommandError {
  readonly field: string;
  readonly key: ProgramsMessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The outcome of a command: done, or the fields to correct. */
export type CommandResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly errors: CommandError[] };

/** Thrown when the programme (or the item of it) to change does not exist: the route answers 404. */
export class ProgrammeNotFoundError extends Error {
  constructor(what: string) {
    super(`Not found: ${what}`);
    this.name = "ProgrammeNotFoundError";
  }
}

/** A refusal carrying its field errors (rolls the transaction back). */
export class CommandRefused extends Error {
  constructor(readonly errors: CommandError[]) {
    super("command refused");
    this.name = "CommandRefused";
  }
}

/**
 * Runs `change` in one transaction with the programme row locked, then appends the audit event
 * the change returns. A CommandRefused thrown inside becomes { ok: false } with nothing written.
 */
export async function changeProgramme(
  context: CommandContext,
  programmeId: string,
  change: (tx: Transaction, programme: typeof programs.$inferSelect) => Promise<AuditSummary>,
): Promise<CommandResult> {
  try {
    await context.db.transaction(async (tx) => {
      const [programme] = await tx
        .select()
        .from(programs)
        .where(eq(programs.id, programmeId))
        .for("update");
      if (!programme) throw new ProgrammeNotFoundError(`programme ${programmeId}`);
      const summary = await change(tx, programme);
      await tx.update(programs).set({ updatedAt: new Date() }).where(eq(programs.id, programmeId));
      await appendAuditEvent(tx, {
        actorId: context.actorId,
        entityType: "programme",
        entityId: programmeId,
        action: summary.action,
        before: summary.before ?? null,
        after: summary.after ?? null,
        requestId: context.requestId ?? null,
      });
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof CommandRefused) return { ok: false, errors: error.errors };
    throw error;
  }
}

/** What the audit trail records of a change: its name and short before/after summaries. */
export interface AuditSummary {
  readonly action: AuditActionOf<"programme">;
  readonly before?: Record<string, unknown> | null;
  readonly after?: Record<string, unknown> | null;
}

/** Refuses the command with one field error. */
export function refuse(
  field: string,
  key: ProgramsMessageKey,
  params?: Readonly<Record<string, string | number>>,
): never {
  throw new CommandRefused([{ field, key, ...(params ? { params } : {}) }]);
}
