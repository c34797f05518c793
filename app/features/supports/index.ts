// Public API of the supports feature, browser-safe part (schemas, pure rules).

export { grantsByFunder } from "./co-funding";
export * from "./support.schema";
