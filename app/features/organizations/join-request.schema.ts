// The "ask to join" form (an organisation registered already) and the registry search box.

import { z } from "zod";
import { REGISTRY_QUERY_MIN_LENGTH } from "~/platform/registry";
import { REGISTRY_QUERY_MAX_LENGTH } from "./limits";

export const joinRequestSchema = z.object({
  intent: z.literal("join"),
  organizationId: z.uuid(),
  // Its length is checked by requestToJoin, so that a refusal keeps the join panel on the page.
  message: z.string().trim().optional(),
});

/** Checks a registry query; returns the catalogue key of the problem, or null. */
export function registryQueryError(query: string): string | null {
  const length = query.trim().length;
  if (length < REGISTRY_QUERY_MIN_LENGTH) return "organizations.search.tooShort";
  if (length > REGISTRY_QUERY_MAX_LENGTH) return "organizations.search.tooLong";
  return null;
}
