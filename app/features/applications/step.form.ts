// The forms of a step page besides the step's own fields (application.schema.ts, `stepSchema`):
// the button pressed, the removal of a document and the upload of one. Parsed with Conform like
// every form; the raw values of a step are read by `rawValuesFromForm` (drafts keep them as typed).
import { parseWithZod } from "@conform-to/zod/v4";
import { z } from "zod";
import { attachmentKinds } from "./rules";

/** The button of a step form: "Continuer", "Précédent", "Enregistrer et quitter" (none: stay). */
export const stepButtonSchema = z.object({
  intent: z.enum(["continue", "previous", "save"]).optional().catch(undefined),
});

/** The removal of one document of the draft. */
export const deleteAttachmentSchema = z.object({
  intent: z.literal("delete-attachment"),
  attachmentId: z.string().max(100).optional(),
});

/** The upload of one document: its kind (refused later when unknown) and the file. */
export const uploadSchema = z.object({
  kind: z.enum(attachmentKinds).optional().catch(undefined),
  file: z.instanceof(File).optional(),
});

/** Parses `form` with `schema`; null when it does not match. */
export function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  form: FormData,
): z.output<Schema> | null {
  const submission = parseWithZod(form, { schema });
  return submission.status === "success" ? (submission.value as z.output<Schema>) : null;
}
