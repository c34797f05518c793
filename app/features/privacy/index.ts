// Public API of the privacy feature, browser-safe part (issue 12, ADR 0012): retention rules,
// what deletion erases or keeps, the archive's layout, the forms' schemas.
export * from "./erasure";
export * from "./export-layout";
export * from "./privacy.schema";
export * from "./retention";
