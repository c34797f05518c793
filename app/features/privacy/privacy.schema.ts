// The privacy pages' forms, one schema each (messages are catalogue keys).
import { z } from "zod";

/** "Préparer mon fichier" on /compte/donnees. */
export const requestExportSchema = z.object({ intent: z.literal("export") });

/** /compte/suppression: the password and the confirmation box. */
export const deleteOwnAccountSchema = z.object({
  password: z
    .string({ error: "privacy.delete.error.passwordRequired" })
    .min(1, "privacy.delete.error.passwordRequired")
    .max(1024, "privacy.delete.error.wrongPassword"),
  confirm: z.literal("on", { error: "privacy.delete.error.confirmRequired" }),
});

const email = z
  .string({ error: "privacy.admin.error.emailRequired" })
  .trim()
  .min(1, "privacy.admin.error.emailRequired")
  .max(320, "privacy.admin.error.emailInvalid")
  .pipe(z.email({ error: "privacy.admin.error.emailInvalid" }))
  .transform((value) => value.toLowerCase());

/** /admin/comptes/suppression?email=…: the search (read from the query string). */
export const adminSearchSchema = z.object({ email });

/** /admin/comptes/suppression: the deletion of the account found. */
export const adminDeleteSchema = z.object({
  userId: z.string().min(1).max(200),
  email,
  confirm: z.literal("on", { error: "privacy.admin.error.confirmRequired" }),
});
