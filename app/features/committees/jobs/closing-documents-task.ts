// The name and payload of the `committee-documents` job, apart from its handler
// (closing-documents.ts): closing and amending enqueue it without importing the PDF rendering,
// which only the worker's job list (app/jobs.server.ts) loads.
import { z } from "zod";

export const closingDocumentsTask = {
  name: "committee-documents",
  payload: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("closing"), sessionId: z.uuid() }),
    z.object({
      kind: z.literal("amendment"),
      sessionId: z.uuid(),
      itemId: z.uuid(),
      decisionId: z.uuid(),
    }),
  ]),
};
