/**
 * Whether a user id read from a URL (/admin/utilisateurs/:userId, /espace/membres/:userId) can
 * name a stored account. Ids are text (better-auth's, or the seeds'); PostgreSQL refuses a NUL in
 * a text parameter, so such a value, or one longer than any id, is answered "not found" before
 * it reaches the database.
 */
export function isPossibleUserId(value: string): boolean {
  return value.length > 0 && value.length <= 200 && !value.includes("\u0000");
}
