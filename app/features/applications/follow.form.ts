// The two forms of the follow page: a message to the team, and the answer to an information
// request (text and files). Messages are catalogue keys.
import { z } from "zod";

/** Longest message accepted, in characters. */
export const MESSAGE_MAX_LENGTH = 5000;

const messageBody = z
  .string({ error: "applications.error.messageRequired" })
  .trim()
  .min(1, "applications.error.messageRequired")
  .max(MESSAGE_MAX_LENGTH, "applications.error.messageTooLong");

/** What a message form's token looks like: a random UUID, as the page's loader makes them. */
export const MESSAGE_TOKEN_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The hidden token of one rendering of a message form (message-token.server.ts): the same token
 * twice stores one message. A missing or malformed one is ignored (the message is stored, without
 * the protection against a replay), so a page rendered before the token existed still works.
 */
export const messageToken = z.string().regex(MESSAGE_TOKEN_PATTERN).optional().catch(undefined);

/** A message to the team. */
export const messageSchema = z.object({ body: messageBody, token: messageToken });

/** The answer to an information request: its text and the files sent with it (none or several). */
export const answerSchema = z.object({
  body: messageBody,
  token: messageToken,
  files: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.instanceof(File)),
  ),
});
