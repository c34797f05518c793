import type { Messages } from "~/platform/i18n/types";

// The invitation to take the diagnostic again, months after the structure's last support closed
// (rediagnostic-invitations.server.ts, emails/rediagnostic.ts): when it ended, why it is worth
// 10 minutes now, the link, and where the progress shows afterwards. Written for association
// volunteers with little time: plain, kind, short.
export const fr = {
  "supports.rediagnostic.email.subject": "{organization} : 10 minutes pour mesurer vos progrès",
  "supports.rediagnostic.email.greeting": "Bonjour,",
  "supports.rediagnostic.email.ended":
    "Le dernier accompagnement de {organization}, dans le programme {programme}, s'est terminé il y a {months} mois.",
  "supports.rediagnostic.email.endedOneMonth":
    "Le dernier accompagnement de {organization}, dans le programme {programme}, s'est terminé il y a un mois.",
  "supports.rediagnostic.email.why":
    "C'est le bon moment pour refaire le diagnostic numérique de votre structure : environ 10 minutes, pour voir ce qui a changé depuis.",
  "supports.rediagnostic.email.link": "Refaire le diagnostic : {url}",
  "supports.rediagnostic.email.signIn":
    "Connectez-vous d'abord à votre espace Digit'ESS, puis choisissez {organization} au début du diagnostic : le résultat sera enregistré dans son espace.",
  "supports.rediagnostic.email.gain":
    "Ensuite, la page « Diagnostics de ma structure » montre vos progrès thème par thème, par rapport au diagnostic précédent : {diagnosticsUrl}",
  "supports.rediagnostic.email.noRush":
    "Rien d'obligatoire : ce diagnostic sert d'abord à votre structure, à son rythme.",
  "supports.rediagnostic.email.signature": "L'équipe Digit'ESS",
} as const;

export const en: Messages<typeof fr> = {
  "supports.rediagnostic.email.subject": "{organization}: 10 minutes to measure your progress",
  "supports.rediagnostic.email.greeting": "Hello,",
  "supports.rediagnostic.email.ended":
    "The last support of {organization}, in the {programme} programme, ended {months} months ago.",
  "supports.rediagnostic.email.endedOneMonth":
    "The last support of {organization}, in the {programme} programme, ended a month ago.",
  "supports.rediagnostic.email.why":
    "It is a good time to take your organisation's digital diagnostic again: about 10 minutes, to see what has changed since.",
  "supports.rediagnostic.email.link": "Take the diagnostic again: {url}",
  "supports.rediagnostic.email.signIn":
    "Sign in to your Digit'ESS space first, then choose {organization} at the start of the diagnostic: the result will be saved in its space.",
  "supports.rediagnostic.email.gain":
    "Afterwards, the “My organisation's diagnostics” page shows your progress theme by theme, compared with the previous diagnostic: {diagnosticsUrl}",
  "supports.rediagnostic.email.noRush":
    "Nothing is compulsory: this diagnostic is first of all for your organisation, at its own pace.",
  "supports.rediagnostic.email.signature": "The Digit'ESS team",
};
