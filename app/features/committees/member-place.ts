/**
 * Where a committee member reads the session times from (issue 14, time zones): Paris (mainland
 * France and Corsica, the programme's reference) or one of the overseas places with their own
 * zone (time-zones.ts). Chosen by the member on the committees page, stored as their preference;
 * the pages, the invitation e-mail and its calendar file then say the time there as well as in
 * Paris. Pure: the choices and the form's schema.
 */
import { z } from "zod";
import { OVERSEAS_TIME_ZONES } from "~/platform/format/dates";
import type { OverseasCode } from "./time-zones";

/** "paris", or an overseas code ("974"). */
export const memberPlaceChoices = ["paris", ...Object.keys(OVERSEAS_TIME_ZONES)] as readonly [
  "paris",
  ...OverseasCode[],
];
export type MemberPlaceChoice = "paris" | OverseasCode;

/** The stored preference's key and the code it holds (null: Paris). */
export const MEMBER_PLACE_PREFERENCE = "committees.place";

/** The code of a stored value, or null (Paris) for anything that is not an overseas code. */
export function toMemberPlace(value: unknown): OverseasCode | null {
  const code = (value as { code?: unknown } | null)?.code;
  return typeof code === "string" && code in OVERSEAS_TIME_ZONES ? (code as OverseasCode) : null;
}

/** The committees page's "where do you read the times from" form. */
export const memberPlaceSchema = z.object({
  intent: z.literal("place"),
  place: z.enum(memberPlaceChoices as unknown as [string, ...string[]], {
    error: "committees.place.error",
  }),
});
