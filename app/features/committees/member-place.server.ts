// Members' places (member-place.ts) in `user_preferences`: read for the pages and the
// invitations, written by the member themselves.
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/platform/db/types";
import { userPreferences } from "../../../db/schema";
import { MEMBER_PLACE_PREFERENCE, type MemberPlaceChoice, toMemberPlace } from "./member-place";
import type { OverseasCode } from "./time-zones";

/** Each given user's overseas code; users on Paris time are absent. */
export async function memberPlaces(
  db: Executor,
  userIds: readonly string[],
): Promise<Map<string, OverseasCode>> {
  const places = new Map<string, OverseasCode>();
  if (userIds.length === 0) return places;
  const rows = await db
    .select({ userId: userPreferences.userId, value: userPreferences.value })
    .from(userPreferences)
    .where(
      and(
        inArray(userPreferences.userId, [...userIds]),
        eq(userPreferences.key, MEMBER_PLACE_PREFERENCE),
      ),
    );
  for (const row of rows) {
    const code = toMemberPlace(row.value);
    if (code) places.set(row.userId, code);
  }
  return places;
}

/** One user's overseas code, or null (Paris). */
export async function memberPlace(db: Executor, userId: string): Promise<OverseasCode | null> {
  return (await memberPlaces(db, [userId])).get(userId) ?? null;
}

/** Saves where the user reads the times from; Paris removes the preference. */
export async function saveMemberPlace(
  db: Executor,
  options: { userId: string; place: MemberPlaceChoice },
): Promise<void> {
  const where = and(
    eq(userPreferences.userId, options.userId),
    eq(userPreferences.key, MEMBER_PLACE_PREFERENCE),
  );
  if (options.place === "paris") {
    await db.delete(userPreferences).where(where);
    return;
  }
  const value = { code: options.place };
  await db
    .insert(userPreferences)
    .values({ userId: options.userId, key: MEMBER_PLACE_PREFERENCE, value })
    .onConflictDoUpdate({
      target: [userPreferences.userId, userPreferences.key],
      set: { value, updatedAt: new Date() },
    });
}
