// Public API of the supports feature, browser-safe part (schemas, pure rules).
export * from "./support.schema";
export { grantsByFunder } from "./co-funding";
