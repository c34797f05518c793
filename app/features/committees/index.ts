// Public API of the committees feature, browser-safe part (schemas, pure rules, labels).
export * from "./amounts";
export * from "./committee.schema";
export * from "./member-place";
export * from "./permissions";
export * from "./rules";
export * from "./session-state";
