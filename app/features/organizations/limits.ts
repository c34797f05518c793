// Size limits shared by forms and commands.

export const REGISTRY_QUERY_MAX_LENGTH = 100;
/** The optional message of a request to join an organisation. */
export const JOIN_MESSAGE_MAX_LENGTH = 500;
/** Invitations an organisation may send per 24 hours (each one is an e-mail to any address). */
export const INVITATIONS_PER_DAY = 20;
/** Requests to join organisations a person may send per 24 hours (each e-mails the owners). */
export const JOIN_REQUESTS_PER_DAY = 10;
