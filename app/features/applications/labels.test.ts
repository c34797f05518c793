import { describe, expect, it } from "vitest";
import { locales } from "~/platform/i18n/types";
import { actionLabel, nextStepMessage, refusalMessage, stateLabel } from "./labels";
import { en, fr, statusEn, statusFr } from "./messages";
import { applicationActions, applicationStates } from "./state-machine";

describe("application labels", () => {
  it("gives the French state labels of the issue", () => {
    expect(applicationStates.map((state) => stateLabel(state))).toEqual([
      "Brouillon",
      "Envoyée",
      "En cours d'examen",
      "Compléments demandés",
      "À corriger",
      "Prête pour le comité",
      "Non éligible",
      "Inscrite au comité",
      "Acceptée",
      "Refusée",
      "Reportée",
      "Retirée",
    ]);
  });

  it.each(locales)("has a label and a next step for every state in %s", (locale) => {
    for (const state of applicationStates) {
      expect(stateLabel(state, locale)).not.toBe("");
      expect(nextStepMessage(state, locale)).toMatch(/\.$/);
    }
  });

  it.each(locales)("has a label for every action and refusal in %s", (locale) => {
    for (const action of applicationActions) {
      expect(actionLabel(action, locale)).not.toBe("");
    }
    expect(refusalMessage("role_not_allowed", locale)).not.toBe("");
    expect(refusalMessage("not_allowed_from_state", locale)).not.toBe("");
  });

  it("keeps both catalogues with the same keys, and no unused state or action key", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.keys(statusEn).sort()).toEqual(Object.keys(statusFr).sort());
    const used = [
      ...applicationStates.flatMap((state) => [
        `applications.state.${state}`,
        `applications.nextStep.${state}`,
      ]),
      ...applicationActions.map((action) => `applications.action.${action}`),
      "applications.refusal.not_allowed_from_state",
      "applications.refusal.role_not_allowed",
    ];
    expect(Object.keys(statusFr).sort()).toEqual(used.sort());
  });

  it("gives distinct labels to distinct states", () => {
    for (const locale of locales) {
      const labels = applicationStates.map((state) => stateLabel(state, locale));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
