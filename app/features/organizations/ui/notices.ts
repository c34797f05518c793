/**
 * Confirmation messages shown after a redirect: the action adds `?statut=<code>` to the URL and
 * the page shows the matching sentence. Only these codes are accepted, never free text.
 */
import type { MessageKey } from "~/i18n";

const notices = {
  cree: "organizations.notice.created",
  modifie: "organizations.notice.updated",
  rejoint: "organizations.notice.joined",
  change: "organizations.notice.switched",
  demande: "organizations.notice.joinRequested",
  invite: "organizations.notice.invited",
  quitte: "organizations.notice.left",
  retire: "organizations.notice.removed",
  transfere: "organizations.notice.transferred",
  accepte: "organizations.notice.requestAccepted",
  refuse: "organizations.notice.requestDeclined",
  annule: "organizations.notice.invitationRevoked",
} as const satisfies Record<string, MessageKey>;

export type NoticeCode = keyof typeof notices;

/** The message key of the `statut` search parameter of a URL, or null. */
export function noticeFromUrl(url: string | URL): MessageKey | null {
  const code = new URL(url).searchParams.get("statut");
  return code && Object.hasOwn(notices, code) ? notices[code as NoticeCode] : null;
}

/** A path with the confirmation code to show once there. */
export function withNotice(path: string, code: NoticeCode): string {
  return `${path}${path.includes("?") ? "&" : "?"}statut=${code}`;
}
