/**
 * Reads a mailbox as MAIL_FROM writes it: `Name <address@host>` or a bare `address@host`
 * (RFC 5322's name-addr and addr-spec, without comments or groups). A quoted name loses its
 * quotes. Pure. Returns null when the text holds no address.
 */
export interface Mailbox {
  readonly name: string;
  readonly email: string;
}

const address = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+$/;

export function parseMailbox(text: string): Mailbox | null {
  const trimmed = text.trim();
  const angle = /^(.*)<([^<>]+)>$/.exec(trimmed);
  if (angle) {
    const email = (angle[2] ?? "").trim();
    if (!address.test(email)) return null;
    const name = (angle[1] ?? "")
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .replace(/\\(.)/g, "$1");
    return { name: name === "" ? email : name, email };
  }
  return address.test(trimmed) ? { name: trimmed, email: trimmed } : null;
}
