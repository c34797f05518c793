/**
 * What makes a new password acceptable, as pure rules (no I/O, safe for the browser): a length,
 * then the shapes that guessing tools try first. The list of common passwords is checked on the
 * server (`common-passwords.server.ts`) through `isCommon`, with the candidates that
 * `commonCandidates` derives from the password (its core without the digits and symbols padded
 * around it, de-leeted), so that `password12345` or `Soleil2024!` count as the common word
 * they are built on. The rules are applied at sign-up, reset and password change, by the forms'
 * schema and by better-auth's before-hook (ADR 0011).
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a password is refused; each has its message `auth.error.password<Problem>`. */
export type PasswordProblem =
  | "tooShort"
  | "tooLong"
  | "repetitive"
  | "sequence"
  | "personal"
  | "common";

/** What the rules know besides the password. */
export interface PasswordContext {
  /** The account's e-mail address and name, when known: a password must not be built on them. */
  readonly email?: string | null | undefined;
  readonly name?: string | null | undefined;
  /** True when a candidate is a common password (the shipped list); none on the browser. */
  readonly isCommon?: ((candidate: string) => boolean) | undefined;
}

/** Fewer distinct characters than this is repetitive (`aaaaaaaaaaaa`, `abababababab`). */
const MIN_DISTINCT = 5;
/** Runs of at least this many characters count as a sequence or a repetition. */
const RUN = 3;
/** What must remain once sequences and repetitions are taken out (`123456789012` keeps 0). */
const MIN_LEFT_AFTER_SEQUENCES = 6;
/** What must remain once the name and address are taken out (`nadiamartin2026` keeps 4). */
const MIN_LEFT_AFTER_PERSONAL = 8;
/** Name and address parts shorter than this are not looked for (`Lé`, `de`). */
const MIN_PERSONAL_TOKEN = 3;

/** The rows of the keyboards people type on (AZERTY first), and the digits row. */
const KEYBOARD_ROWS = [
  "azertyuiop",
  "qsdfghjklm",
  "wxcvbn",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "1234567890",
];

/** Code points, so that an emoji or an accented letter counts as one character. */
function chars(value: string): string[] {
  return Array.from(value);
}

/** Lower case, accents removed (`Élodie` → `elodie`). */
export function fold(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
  "€": "e",
};

/** Common letter-for-digit swaps undone (`p@ssw0rd` → `password`). */
function unleet(value: string): string {
  return chars(value)
    .map((c) => LEET[c] ?? c)
    .join("");
}

/** Without the digits, symbols and spaces padded before and after (`**Soleil2024!` → `soleil`). */
function core(value: string): string {
  return value.replace(/^[^\p{L}]+/u, "").replace(/[^\p{L}]+$/u, "");
}

/** Without separators inside (`mot-de-passe` → `motdepasse`). */
function joined(value: string): string {
  return value.replace(/[\s._\-+*/\\|,;:'"`~^]+/gu, "");
}

/**
 * The forms of a password to look up in the common-password list: the password folded, its
 * core, both without separators, and the same de-leeted. Only candidates of 4 characters or
 * more: a short core (`ab` in `ab1234567890`) is the sequence rule's business.
 */
export function commonCandidates(password: string): string[] {
  const folded = fold(password);
  const forms = new Set<string>();
  for (const base of [folded, joined(folded), joined(core(folded))]) {
    // De-leeted after the padding is cut, so that `2024` stays padding (`p@ssw0rd2024`).
    for (const form of [base, core(base), unleet(core(base)), core(unleet(base))]) {
      if (chars(form).length >= 4) forms.add(form);
    }
  }
  return [...forms];
}

/** True when `value` is one unit repeated (`azertyazerty`, `abcabcabcabc`). */
function isRepeatedUnit(value: string[]): boolean {
  const length = value.length;
  for (let unit = 1; unit <= length / 2; unit++) {
    if (length % unit !== 0) continue;
    let repeated = true;
    for (let i = unit; i < length && repeated; i++) repeated = value[i] === value[i - unit];
    if (repeated) return true;
  }
  return false;
}

/** Orders people type in: the alphabet, the digits, keyboard rows; each also backwards. */
const ORDERS = ["abcdefghijklmnopqrstuvwxyz", "01234567890", ...KEYBOARD_ROWS].flatMap((order) => [
  order,
  [...order].reverse().join(""),
]);

/** The length of the longest run starting at `i`: one character repeated, or a piece of an order. */
function runAt(value: string[], i: number): number {
  let same = i + 1;
  while (same < value.length && value[same] === value[i]) same++;
  let longest = same - i;
  for (let end = i + 2; end <= value.length; end++) {
    const piece = value.slice(i, end).join("");
    if (!ORDERS.some((order) => order.includes(piece))) break;
    longest = Math.max(longest, end - i);
  }
  return longest;
}

/**
 * The characters left once runs of `RUN` or more are taken out: the same character repeated
 * (`aaa`), or a piece of the alphabet, the digits or a keyboard row, either way (`abc`, `987`,
 * `azer`, `poiu`).
 */
function leftAfterSequences(value: string[]): number {
  let left = 0;
  let i = 0;
  while (i < value.length) {
    const run = runAt(value, i);
    if (run >= RUN) {
      i += run;
    } else {
      left++;
      i++;
    }
  }
  return left;
}

/** The parts of a name and an address worth looking for in a password. */
export function personalTokens(context: Pick<PasswordContext, "email" | "name">): string[] {
  const tokens = new Set<string>();
  const add = (value: string) => {
    const folded = fold(value);
    if (chars(folded).length >= MIN_PERSONAL_TOKEN) tokens.add(folded);
  };
  const email = context.email?.trim() ?? "";
  if (email) {
    const [local = "", domain = ""] = email.split("@");
    add(local);
    for (const part of local.split(/[._\-+]+/)) add(part);
    // The organisation's own domain (`letoitpartage` in nadia@letoitpartage.fr).
    const label = domain.split(".")[0] ?? "";
    if (!/^(gmail|yahoo|hotmail|outlook|orange|free|sfr|laposte|wanadoo|live|icloud)$/.test(label))
      add(label);
  }
  for (const part of (context.name ?? "").split(/[\s'’\-.]+/)) add(part);
  // Longest first, so that `nadiamartin` goes before `nadia`.
  return [...tokens].sort((a, b) => b.length - a.length);
}

/** What is left of `password` once its name and address parts are taken out. */
function leftAfterPersonal(password: string, tokens: readonly string[]): number {
  let rest = joined(fold(password));
  for (const token of tokens) rest = rest.split(joined(token)).join("");
  return chars(rest).length;
}

/** The first reason to refuse `password`, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  context: PasswordContext = {},
): PasswordProblem | null {
  const all = chars(password);
  if (all.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (all.length > PASSWORD_MAX_LENGTH) return "tooLong";
  const folded = chars(fold(password));
  const compact = chars(joined(fold(password)));
  if (new Set(folded).size < MIN_DISTINCT || isRepeatedUnit(folded) || isRepeatedUnit(compact)) {
    return "repetitive";
  }
  if (leftAfterSequences(compact) < MIN_LEFT_AFTER_SEQUENCES) return "sequence";
  const tokens = personalTokens(context);
  if (tokens.length > 0 && leftAfterPersonal(password, tokens) < MIN_LEFT_AFTER_PERSONAL) {
    return "personal";
  }
  const isCommon = context.isCommon;
  if (isCommon) {
    const candidates = commonCandidates(password);
    if (candidates.some((candidate) => isCommon(candidate))) return "common";
  }
  return null;
}

/** The catalogue key of each problem. */
export const passwordProblemMessage = {
  tooShort: "auth.error.passwordTooShort",
  tooLong: "auth.error.passwordTooLong",
  repetitive: "auth.error.passwordRepetitive",
  sequence: "auth.error.passwordSequence",
  personal: "auth.error.passwordPersonal",
  common: "auth.error.passwordCommon",
} as const satisfies Record<PasswordProblem, string>;
