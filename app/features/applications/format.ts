// File sizes are the platform's (~/platform/format/bytes), like dates and money.
export { formatBytes } from "~/platform/format/bytes";
