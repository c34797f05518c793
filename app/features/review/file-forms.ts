// The two forms of an application's file: a private note (staff only, never shown to the
// applicant) and a reply in the message thread with the applicant. Messages are catalogue keys.
import { z } from "zod";
import { messageToken } from "~/features/applications";

/** Longest note or reply accepted, in characters. */
export const FILE_TEXT_MAX_LENGTH = 5000;

const text = (required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(1, required).max(FILE_TEXT_MAX_LENGTH, tooLong);

/** A private note on the file. */
export const noteSchema = z.object({
  body: text("review.file.error.noteRequired", "review.file.error.noteTooLong"),
});

/** A staff message to the applicant; its hidden token stores it once however often it is sent. */
export const replySchema = z.object({
  body: text("review.file.error.replyRequired", "review.file.error.replyTooLong"),
  token: messageToken,
});
