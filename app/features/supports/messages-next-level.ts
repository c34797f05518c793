import type { Messages } from "~/platform/i18n/types";

// The invitation to apply for the next level once a diagnostic or scoping support closes
// (next-level.server.ts, emails/next-level.ts): what was done, what comes next, and that the new
// application is already prefilled from the previous one. Written for association volunteers:
// plain, kind, short.
export const fr = {
  "supports.nextLevel.email.subject": "La suite pour {organization} : le niveau « {next} »",
  "supports.nextLevel.email.greeting": "Bonjour,",
  "supports.nextLevel.email.done":
    "L'accompagnement « {level} » de {organization}, dans le programme {programme}, est terminé. Merci pour le travail mené ensemble !",
  "supports.nextLevel.email.next":
    "Votre structure peut maintenant demander le niveau suivant : « {next} ».",
  "supports.nextLevel.email.prefilled":
    "Vous n'avez pas à tout réécrire : la nouvelle candidature reprend les réponses de votre candidature {number} (la situation de votre structure, ses besoins, ses objectifs, les personnes accompagnées, les axes du projet). Le niveau « {next} » est déjà coché. Vous relisez, vous complétez, et c'est tout.",
  "supports.nextLevel.email.again":
    "Il vous faudra seulement joindre à nouveau vos documents, indiquer le coût et le devis de ce niveau, puis signer.",
  "supports.nextLevel.email.link": "Commencer la nouvelle candidature : {url}",
  "supports.nextLevel.email.signIn":
    "Le lien vous demandera de vous connecter à votre espace Digit'ESS, comme d'habitude.",
  "supports.nextLevel.email.noRush":
    "Rien ne presse : le programme est ouvert toute l'année, vous pouvez candidater quand votre structure est prête.",
  "supports.nextLevel.email.signature": "L'équipe Digit'ESS",
} as const;

export const en: Messages<typeof fr> = {
  "supports.nextLevel.email.subject": "What comes next for {organization}: the “{next}” level",
  "supports.nextLevel.email.greeting": "Hello,",
  "supports.nextLevel.email.done":
    "The “{level}” support of {organization}, in the {programme} programme, is over. Thank you for the work done together!",
  "supports.nextLevel.email.next": "Your organisation may now apply for the next level: “{next}”.",
  "supports.nextLevel.email.prefilled":
    "You do not have to write everything again: the new application takes over the answers of your application {number} (your organisation's situation, its needs, its goals, the people you support, the project's axes). The “{next}” level is already ticked. You read it through, fill in what is missing, and that is all.",
  "supports.nextLevel.email.again":
    "You will only need to attach your documents again, give this level's cost and quote, then sign.",
  "supports.nextLevel.email.link": "Start the new application: {url}",
  "supports.nextLevel.email.signIn":
    "The link will ask you to sign in to your Digit'ESS space, as usual.",
  "supports.nextLevel.email.noRush":
    "There is no hurry: the programme is open all year, you can apply whenever your organisation is ready.",
  "supports.nextLevel.email.signature": "The Digit'ESS team",
};
