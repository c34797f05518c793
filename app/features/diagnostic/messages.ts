import type { Messages } from "~/platform/i18n/types";

/** French messages of the diagnostic feature (the source catalogue). */
export const fr = {
  invalidBody: "Le questionnaire envoyé est illisible : merci de le remplir à nouveau.",
  unknownVersion: "Cette version du questionnaire n'existe pas : merci de recharger la page.",
  answerMissing: "Merci de répondre à cette question.",
  answerInvalidType: "Cette réponse n'est pas valable : choisissez une des réponses proposées.",
  answerNotInteger: "Cette réponse n'est pas valable : le niveau doit être un nombre entier.",
  levelOutOfRange: "Cette réponse n'est pas valable : le niveau doit être compris entre 0 et 4.",
  choiceOutOfRange:
    "Cette réponse n'est pas valable : choisissez une des trois réponses proposées.",
  notApplicableRefused: "La réponse « Non concerné » n'est pas possible pour cette question.",
  unknownQuestion: "Cette question ne fait pas partie du questionnaire.",
} as const;

/** English messages of the diagnostic feature. */
export const en: Messages<typeof fr> = {
  invalidBody: "The questionnaire sent cannot be read: please fill it in again.",
  unknownVersion: "This version of the questionnaire does not exist: please reload the page.",
  answerMissing: "Please answer this question.",
  answerInvalidType: "This answer is not valid: choose one of the answers offered.",
  answerNotInteger: "This answer is not valid: the level must be a whole number.",
  levelOutOfRange: "This answer is not valid: the level must be between 0 and 4.",
  choiceOutOfRange: "This answer is not valid: choose one of the three answers offered.",
  notApplicableRefused: "The answer “Not applicable” is not possible for this question.",
  unknownQuestion: "This question is not part of the questionnaire.",
};
