import type { Locale } from "~/platform/i18n/types";
import { en, fr } from "./messages";
import type { ApplicationAction, ApplicationState, TransitionRefusal } from "./state-machine";

const catalogues = { fr, en } as const;

/** Returns the short label of a state, as shown to applicants and staff. */
export function stateLabel(state: ApplicationState, locale: Locale = "fr"): string {
  return catalogues[locale][`applications.state.${state}`];
}

/** Returns the plain sentence telling the applicant what happens next in this state. */
export function nextStepMessage(state: ApplicationState, locale: Locale = "fr"): string {
  return catalogues[locale][`applications.nextStep.${state}`];
}

/** Returns the button label of an action. */
export function actionLabel(action: ApplicationAction, locale: Locale = "fr"): string {
  return catalogues[locale][`applications.action.${action}`];
}

/** Returns the message explaining why a transition was refused. */
export function refusalMessage(reason: TransitionRefusal, locale: Locale = "fr"): string {
  return catalogues[locale][`applications.refusal.${reason}`];
}
