export { areaPaths } from "./areas";
export {
  type JournalField,
  type JournalFilters,
  journalPageUrl,
  parseJournalFilters,
} from "./journal-filters";
export { navigationFor } from "./navigation";
export { can, homeAreaOf, type Permission } from "./permissions";
export { type Role, roles, toRole } from "./roles";
export type { SessionUser } from "./session-user";
