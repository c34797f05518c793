import { eq } from "drizzle-orm";
import { essLegalFormCodes } from "~/features/eligibility";
import { appendAuditEvent } from "~/platform/audit.server";
import { departementCodes } from "~/platform/geo";
import { programs } from "../../../db/schema";
import type { CommandContext, CommandResult } from "./command.server";
import type { CreateProgrammeInput } from "./programs.schema";

/**
 * Creates a programme, closed until an administrator has configured it, with the ESS legal
 * forms and the whole of France as starting eligibility rules. Refuses a slug already in use.
 */
export async function createProgramme(
  options: CommandContext & { readonly input: CreateProgrammeInput },
): Promise<CommandResult & { readonly slug?: string }> {
  const { db, input } = options;
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.slug, input.slug));
    if (taken) return { ok: false, errors: [{ field: "slug", key: "programs.error.slugTaken" }] };
    const [created] = await tx
      .insert(programs)
      .values({
        slug: input.slug,
        name: input.name,
        status: "closed",
        acceptedLegalForms: [...essLegalFormCodes],
        esusAccepted: true,
        minimumAgeYears: 0,
        departements: [...departementCodes],
        committeeCadence: "monthly",
        reviewCriteria: [],
      })
      .onConflictDoNothing({ target: programs.slug })
      .returning({ id: programs.id });
    if (!created)
      return { ok: false, errors: [{ field: "slug", key: "programs.error.slugTaken" }] };
    await appendAuditEvent(tx, {
      actorId: options.actorId,
      entityType: "programme",
      entityId: created.id,
      action: "programme.created",
      after: { slug: input.slug, name: input.name },
      requestId: options.requestId ?? null,
    });
    return { ok: true, slug: input.slug };
  });
}
