// Public API of the supports feature, server part (commands, page loaders, jobs).
export { type SyncOutcome, syncSupportsWithDecision } from "./sync-supports.server";
