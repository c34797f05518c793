// Public API of the diagnostic feature: other features import only from here.
export * from "./answer-validation";
export * from "./comparison";
export * from "./diagnostic.schema";
export * from "./maturity";
export * from "./median";
export * from "./next-step";
export * from "./question-bank";
export * from "./radar";
export * from "./recommendations";
export * from "./scoring";
