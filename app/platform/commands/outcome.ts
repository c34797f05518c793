/**
 * The one way a command reports that it did not act. A command (one file per command in a
 * feature, `verb-noun.server.ts`) returns its value when it acted, and otherwise throws:
 *
 * - `NotFound` when the thing to act on does not exist or is not visible to the actor (a route
 *   answers 404, never 403 and never the data);
 * - `Refusal` when it exists but the command is refused: a stable `code` the caller may branch
 *   on, the catalogue key of the message people read, its parameters, and the form `field` to
 *   show it next to (none: a message for the whole form).
 *
 * Throwing inside `db.transaction()` rolls back everything the command wrote. Callers that need
 * to branch use `attempt()`; route actions use the form pipeline (`~/form-action.server`), which
 * turns both into answers. See docs/architecture.md, "Adding a feature".
 */

/** What a refusal says: code, message key, and where it belongs. */
export interface RefusalInfo<Code extends string = string, Key extends string = string> {
  /** Stable, feature-scoped code (`last_owner`, `not_allowed_from_state`): callers branch on it. */
  readonly code: Code;
  /** The catalogue key of the message shown to people (`organizations.refusal.lastOwner`). */
  readonly message: Key;
  /** The form field the message belongs to; none means the whole form. */
  readonly field?: string;
  /** Values interpolated in the message (`{name}`). */
  readonly params?: Readonly<Record<string, string | number>>;
  /** Anything else the caller may need to answer (the id of a duplicate, a file name). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A command refused to act: nothing was written. */
export class Refusal<Code extends string = string, Key extends string = string>
  extends Error
  implements RefusalInfo<Code, Key>
{
  readonly code: Code;
  override readonly message: Key;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(info: RefusalInfo<Code, Key>) {
    super(info.message);
    this.name = "Refusal";
    this.code = info.code;
    this.message = info.message;
    if (info.field !== undefined) this.field = info.field;
    if (info.params !== undefined) this.params = info.params;
    if (info.details !== undefined) this.details = info.details;
  }
}

/** The thing a command acts on does not exist, or the actor may not see it. */
export class NotFound extends Error {
  constructor(what: string) {
    super(`Not found: ${what}`);
    this.name = "NotFound";
  }
}

/** Throws a Refusal (for `if (…) refuse({…})` in commands). */
export function refuse<Code extends string, Key extends string>(
  info: RefusalInfo<Code, Key>,
): never {
  throw new Refusal(info);
}

/** Throws NotFound. */
export function notFoundError(what: string): never {
  throw new NotFound(what);
}

/** What `attempt` gives: the command's value, or its refusal. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly refusal: Refusal };

/** Runs a command; a Refusal becomes `{ ok: false }`, anything else (NotFound included) is thrown. */
export async function attempt<T>(command: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await command() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, refusal: error };
    throw error;
  }
}

/** True when a database error is a unique-constraint violation (PostgreSQL and PGlite: 23505). */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    if ((current as { code?: unknown }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
