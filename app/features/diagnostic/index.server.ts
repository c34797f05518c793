// Server-side public API of the diagnostic feature (loaders, actions, seed, tests): the pure
// API of index.ts plus queries, commands, the guards and the PDF.
export * from "./attach-diagnostic.server";
export * from "./check-question-bank.server";
export * from "./complete-diagnostic.server";
export * from "./dimension-titles.server";
export * from "./guards.server";
export * from "./index";
export * from "./jobs/purge-anonymous-diagnostics";
export * from "./pdf/result-document.server";
export * from "./pending-diagnostic.server";
export * from "./publish-question-bank.server";
export * from "./queries.server";
export * from "./question-banks.server";
export * from "./save-diagnostic-answers.server";
export * from "./start-diagnostic.server";
export * from "./start-limit.server";
