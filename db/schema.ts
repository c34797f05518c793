/**
 * The database schema (Drizzle). One file per area keeps this index small; every table used by
 * the application is exported from here so drizzle-kit sees it and migrations stay complete.
 */
export * from "./schema/applications";
export * from "./schema/audit";
export * from "./schema/auth";
export * from "./schema/committees";
export * from "./schema/diagnostics";
export * from "./schema/organizations";
export * from "./schema/programs";
export * from "./schema/rate-limits";
export * from "./schema/review";
export * from "./schema/supports";
