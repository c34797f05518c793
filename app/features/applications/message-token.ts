// The hidden token of a message form, as the forms' schemas read it (browser-safe, no message of
// the catalogue, so that another feature's form can use it). Made and turned into a message id
// by message-token.server.ts.
import { z } from "zod";

/** What a message form's token looks like: a random UUID, as the page's loader makes them. */
export const MESSAGE_TOKEN_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The hidden token of one rendering of a message form (message-token.server.ts): the same token
 * twice stores one message. A missing or malformed one is ignored (the message is stored, without
 * the protection against a replay), so a page rendered before the token existed still works.
 */
export const messageToken = z.string().regex(MESSAGE_TOKEN_PATTERN).optional().catch(undefined);
