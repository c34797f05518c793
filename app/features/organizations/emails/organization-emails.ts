// The e-mails of the organizations feature, in French (the users' language), built from the
// catalogue. Each returns the payload of sendEmailJob; the link is the first URL of the text.

import { interpolate } from "~/platform/i18n/types";
import { fr } from "../messages";

export type MailPayload = { to: string; subject: string; text: string };

/** The invitation to join an organisation, with the link that accepts it. */
export function invitationMail(input: {
  to: string;
  organization: string;
  inviter: string;
  url: string;
}): MailPayload {
  const params = { organization: input.organization, inviter: input.inviter, url: input.url };
  return {
    to: input.to,
    subject: interpolate(fr["organizations.email.invitation.subject"], params),
    text: interpolate(fr["organizations.email.invitation.body"], params),
  };
}

/** Tells an owner that someone asks to join their organisation. */
export function joinRequestMail(input: {
  to: string;
  organization: string;
  name: string;
  email: string;
  message: string | null;
  url: string;
}): MailPayload {
  const message = input.message
    ? interpolate(fr["organizations.email.joinRequest.message"], { message: input.message })
    : "";
  const params = {
    organization: input.organization,
    name: input.name,
    email: input.email,
    message,
    url: input.url,
  };
  return {
    to: input.to,
    subject: interpolate(fr["organizations.email.joinRequest.subject"], params),
    text: interpolate(fr["organizations.email.joinRequest.body"], params),
  };
}

/** Tells the requester the owners' answer. */
export function joinDecisionMail(input: {
  to: string;
  name: string;
  organization: string;
  accepted: boolean;
  url: string;
}): MailPayload {
  const kind = input.accepted ? "joinAccepted" : "joinDeclined";
  const params = { name: input.name, organization: input.organization, url: input.url };
  return {
    to: input.to,
    subject: interpolate(fr[`organizations.email.${kind}.subject`], params),
    text: interpolate(fr[`organizations.email.${kind}.body`], params),
  };
}
