/**
 * The diagnostic's small forms: "Commencer" on the intro page (a member may pick the
 * organisation to save it to) and "Enregistrer" of a result (the organisation chosen). The
 * steps' form is `step.form.ts`, the question bank administration's `bank.form.ts`.
 */
import { z } from "zod";

/** An organisation id as posted (a UUID or whatever was forged: the command checks it). */
const organizationId = z.string().max(100).optional();

/** The intro page's start form: no field for a visitor, the organisation for a member. */
export const startFormSchema = z.object({ organizationId });

/** Saving a result to one of the member's organisations. */
export const attachFormSchema = z.object({ organizationId });

/** A button without fields ("Créer un compte", "Se connecter" on the result page). */
export const buttonFormSchema = z.object({});
