// The two forms of the follow page: a message to the team, and the answer to an information
// request (text and files). Messages are catalogue keys.
import { z } from "zod";
import { messageToken } from "./message-token";

/** Longest message accepted, in characters. */
export const MESSAGE_MAX_LENGTH = 5000;

const messageBody = z
  .string({ error: "applications.error.messageRequired" })
  .trim()
  .min(1, "applications.error.messageRequired")
  .max(MESSAGE_MAX_LENGTH, "applications.error.messageTooLong");

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
