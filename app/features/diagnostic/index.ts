// Public API of the diagnostic feature, safe for the browser bundle: pure rules, view models and
// UI components. Server code (queries, commands, guards, PDF) is exported by index.server.ts.
export * from "./answer-validation";
export * from "./bank.form";
export * from "./comparison";
export * from "./diagnostic.form";
export * from "./diagnostic.schema";
export * from "./links";
export * from "./maturity";
export * from "./median";
export * from "./next-step";
export { openApiPaths as diagnosticOpenApi } from "./openapi";
export * from "./progress-view";
export * from "./question-bank";
export * from "./question-bank/bank.schema";
export * from "./radar";
export * from "./recommendations";
export * from "./result-view";
export * from "./score-api";
export * from "./scoring";
export * from "./size-band";
export * from "./step.form";
export * from "./step-draft";
export * from "./steps";
export * from "./ui/admin-banks-page";
export * from "./ui/intro-page";
export * from "./ui/progress-page";
export * from "./ui/result-page";
export * from "./ui/step-page";
