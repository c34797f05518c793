// The minutes PDF of a closed committee session, for its preparers (instructors, administrators)
// and its members; 404 before closing and for anyone outside the session. A member who declared
// a conflict of interest gets a copy without those items, rendered now; everyone else the stored
// copy (ADR 0013, "Closing documents").
import { contentDisposition } from "~/features/applications/rules";
import { minutesForReader, requireCommitteeSession } from "~/features/committees/index.server";
import { notFound } from "~/platform/http/responses";
import { answerRefusalsWithPages } from "~/resource-route.server";
import type { Route } from "./+types/minutes";

export const loader = answerRefusalsWithPages(
  async ({ request, context, params }: Route.LoaderArgs) => {
    const { user, session } = await requireCommitteeSession(request, context, params.sessionId);
    const found = await minutesForReader(context.services, session, user.id);
    if (!found) throw notFound();
    return new Response(new Uint8Array(found.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(found.pdf.byteLength),
        "Content-Disposition": contentDisposition(found.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
);
