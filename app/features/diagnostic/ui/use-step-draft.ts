/**
 * With JavaScript, the answers ticked on a step survive a reload of the page: each change is
 * written to the tab's sessionStorage (never sent, gone when the tab is closed) and put back
 * when the same step of the same diagnostic is shown again, as long as the server's answers are
 * still those the draft started from (rules in ../step-draft.ts).
 */
import { type RefObject, useEffect, useState } from "react";
import { decideStepDraft, type StepValues, serializeStepDraft } from "../step-draft";

/** The tab's storage, or null where the browser refuses it (private modes, disabled storage). */
function tabStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The radio buttons' current answers, by question id. */
function checkedAnswers(form: HTMLFormElement, questions: readonly string[]): StepValues {
  const answers: Record<string, string> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>("input[type=radio]:checked")) {
    if (questions.includes(input.name)) answers[input.name] = input.value;
  }
  return answers;
}

/**
 * Keeps the draft of the step shown in `form`. Returns true once answers were put back from a
 * draft (the page then says they are not sent yet).
 */
export function useStepDraft(
  form: RefObject<HTMLFormElement | null>,
  storageKey: string,
  server: StepValues,
  allowed: Readonly<Record<string, readonly string[]>>,
): boolean {
  const [restored, setRestored] = useState(false);
  // The effect depends on what the values are, not on the objects' identity.
  const serverKey = JSON.stringify(server);
  const allowedKey = JSON.stringify(allowed);
  useEffect(() => {
    const element = form.current;
    const storage = tabStorage();
    if (!element || !storage) return;
    const base: StepValues = JSON.parse(serverKey);
    const accepted: Record<string, readonly string[]> = JSON.parse(allowedKey);
    const questions = Object.keys(accepted);
    let stored: string | null = null;
    try {
      stored = storage.getItem(storageKey);
    } catch {
      return;
    }
    const decision = decideStepDraft(stored, base, accepted);
    if (decision.kind === "discard") storage.removeItem(storageKey);
    if (decision.kind === "restore") {
      for (const [question, value] of Object.entries(decision.answers)) {
        const radio = element.querySelector<HTMLInputElement>(
          `input[type=radio][name="${CSS.escape(question)}"][value="${CSS.escape(value)}"]`,
        );
        if (radio) radio.checked = true;
      }
      setRestored(true);
    } else {
      setRestored(false);
    }
    const remember = () => {
      try {
        storage.setItem(
          storageKey,
          serializeStepDraft({ base, answers: checkedAnswers(element, questions) }),
        );
      } catch {
        // Storage full or refused: the answers stay in the page, as without JavaScript.
      }
    };
    element.addEventListener("change", remember);
    return () => element.removeEventListener("change", remember);
  }, [form, storageKey, serverKey, allowedKey]);
  return restored;
}
