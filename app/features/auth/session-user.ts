import type { Role } from "./roles";

/** The signed-in account as loaders and guards see it. */
export type SessionUser = { id: string; name: string; email: string; role: Role };
