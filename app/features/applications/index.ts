// Public API of the applications feature: other features import only from here.
export * from "./application-number";
export * from "./labels";
export * from "./roles";
export * from "./state-machine";
