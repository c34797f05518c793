// Who performs a command: the signed-in user, as commands need them.
import type { Role } from "~/features/auth";

/** The user behind a command, with the request id for the audit trail. */
export type Actor = {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
};

/** The command's actor for a signed-in user. */
export function toActor(user: { id: string; name: string; email: string; role: Role }): Actor {
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
