import { eq } from "drizzle-orm";
import { essLegalFormCodes } from "~/features/eligibility";
import { appendAuditEvent } from "~/platform/audit.server";
import { refuse } from "~/platform/commands/outcome";
import { departementCodes } from "~/platform/geo";
import { programs } from "../../../db/schema";
import type { CommandContext } from "./command.server";
import type { CreateProgrammeInput } from "./programs.schema";

/**
 * Creates a programme, closed until an administrator has configured it, with the ESS legal
 * forms and the whole of France as starting eligibility rules. Refuses a slug already in use;
 * returns the new programme's slug.
 */
export async function createProgramme(
  options: CommandContext & { readonly input: CreateProgrammeInput },
): Promise<{ readonly slug: string }> {
  const { db, input } = options;
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.slug, input.slug));
    if (taken) slugTaken();
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
    if (!created) slugTaken();
    await appendAuditEvent(tx, {
      actorId: options.actorId,
      entityType: "programme",
      entityId: created.id,
      action: "programme.created",
      after: { slug: input.slug, name: input.name },
      requestId: options.requestId ?? null,
    });
    return { slug: input.slug };
  });
}

function slugTaken(): never {
  refuse({ code: "slug_taken", message: "programs.error.slugTaken", field: "slug" });
}
