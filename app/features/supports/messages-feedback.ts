import type { Messages } from "~/platform/i18n/types";

// The feedback survey of a closed support (/avis/:token): the personal link each member of the
// structure receives by e-mail, answered without signing in, one answer per support. Written for
// association volunteers: plain, kind, short. The error keys are those of feedback.schema.ts.
export const fr = {
  "supports.feedback.title": "Votre avis sur l'accompagnement",
  "supports.feedback.intro":
    "L'accompagnement de votre structure est terminé. Dites-nous en quelques minutes comment il s'est passé : vos réponses nous aident à améliorer les prochains.",
  "supports.feedback.noSignIn":
    "Pas besoin de vous connecter. Une seule réponse par accompagnement.",
  "supports.feedback.required": "Obligatoire",
  "supports.feedback.optional": "Facultatif",

  "supports.feedback.satisfaction.label": "Dans l'ensemble, comment s'est passé l'accompagnement ?",
  "supports.feedback.consultantQuality.label":
    "Comment jugez-vous le travail du ou de la consultant·e ?",
  "supports.feedback.needsFit.label":
    "L'accompagnement a-t-il bien répondu aux besoins de votre structure ?",
  "supports.feedback.beneficiaryChanges.label":
    "Qu'est-ce qui a changé pour les personnes que vous accompagnez ?",
  "supports.feedback.beneficiaryChanges.hint":
    "Un exemple concret nous aide beaucoup : une démarche plus simple, du temps gagné, un nouveau service…",
  "supports.feedback.recommendation.label":
    "Recommanderiez-vous cet accompagnement à une autre association ?",
  "supports.feedback.recommendation.low": "0 : pas du tout",
  "supports.feedback.recommendation.high": "10 : sans hésiter",
  "supports.feedback.comment.label": "Voulez-vous nous dire autre chose ?",

  // The words of the 1-5 scale, shared by the three rated questions.
  "supports.feedback.scale.1": "Très décevant",
  "supports.feedback.scale.2": "Décevant",
  "supports.feedback.scale.3": "Correct",
  "supports.feedback.scale.4": "Bien",
  "supports.feedback.scale.5": "Très bien",

  "supports.feedback.submit": "Envoyer mon avis",

  "supports.feedback.thanks.title": "Merci pour votre avis !",
  "supports.feedback.thanks.body":
    "Votre réponse est bien enregistrée. Elle nous aide à mieux accompagner les associations.",
  "supports.feedback.alreadyAnswered.title": "Un avis a déjà été donné",
  "supports.feedback.alreadyAnswered.body":
    "Nous avons déjà reçu une réponse pour cet accompagnement. Merci d'avoir pris le temps !",
  "supports.feedback.expired.title": "Ce lien a expiré",
  "supports.feedback.expired.body":
    "Le lien pour donner votre avis reste valable 30 jours. Pour répondre malgré tout, écrivez à la personne qui vous a accompagnés.",
  "supports.feedback.invalid.title": "Ce lien ne fonctionne pas",
  "supports.feedback.invalid.body":
    "Il est peut-être incomplet. Ouvrez-le directement depuis l'e-mail reçu, ou copiez l'adresse en entier.",

  "supports.feedback.error.summary":
    "Quelques réponses sont à revoir : elles sont signalées ci-dessous.",
  "supports.feedback.error.satisfactionRequired":
    "Choisissez une note de 1 à 5 pour le déroulement de l'accompagnement.",
  "supports.feedback.error.consultantQualityRequired":
    "Choisissez une note de 1 à 5 pour le travail du ou de la consultant·e.",
  "supports.feedback.error.needsFitRequired":
    "Choisissez une note de 1 à 5 pour la réponse aux besoins de votre structure.",
  "supports.feedback.error.recommendationRequired":
    "Choisissez une note de 0 à 10 pour la recommandation à une autre association.",
  "supports.feedback.error.beneficiaryChangesTooLong":
    "Le texte sur ce qui a changé pour les personnes accompagnées dépasse 4 000 caractères : raccourcissez-le.",
  "supports.feedback.error.beneficiaryChangesInvalid":
    "Le texte sur ce qui a changé pour les personnes accompagnées contient un caractère invisible non autorisé : retapez-le.",
  "supports.feedback.error.commentTooLong":
    "Votre message libre dépasse 4 000 caractères : raccourcissez-le.",
  "supports.feedback.error.commentInvalid":
    "Votre message libre contient un caractère invisible non autorisé : retapez-le.",
  // Added with the survey's server side: refusals, the page's context and its confirmation.
  "supports.feedback.error.alreadyAnswered":
    "Un avis a déjà été donné pour cet accompagnement : une seule réponse est possible.",
  "supports.feedback.error.notClosed":
    "Cet accompagnement n'est pas encore terminé : vous pourrez donner votre avis une fois qu'il sera clos.",
  "supports.feedback.about": "Accompagnement « {level} » de {organization}, programme {programme}.",
  "supports.feedback.validUntil": "Ce lien fonctionne jusqu'au {date} inclus.",
  "supports.feedback.scaleHint": "De 1 (très décevant) à 5 (très bien).",
  "supports.feedback.recommendation.hint": "De 0 (pas du tout) à 10 (sans hésiter).",
  "supports.feedback.textHint": "Facultatif. 4 000 caractères au plus.",
  "supports.feedback.thanks.yourAnswers": "Vos réponses",
  "supports.feedback.thanks.scoreOf5": "{score} sur 5 ({label})",
  "supports.feedback.thanks.scoreOf10": "{score} sur 10",
  "supports.feedback.thanks.none": "Pas de réponse",
  "supports.feedback.thanks.answeredOn": "Réponse envoyée le {date}.",

  // The e-mail with the personal link, and its two reminders (7 and 14 days later).
  "supports.feedback.email.subject": "Votre avis sur l'accompagnement « {level} »",
  "supports.feedback.email.reminderSubject": "Rappel : votre avis sur l'accompagnement « {level} »",
  "supports.feedback.email.greeting": "Bonjour,",
  "supports.feedback.email.intro":
    "L'accompagnement « {level} » de {organization}, dans le programme {programme}, est terminé.",
  "supports.feedback.email.reminderIntro":
    "Il y a quelques jours, nous vous avons demandé votre avis sur l'accompagnement « {level} » de {organization}, dans le programme {programme}. Nous n'avons pas encore reçu de réponse.",
  "supports.feedback.email.ask":
    "Pouvez-vous nous dire comment il s'est passé ? Cela prend environ 3 minutes, et vous n'avez pas besoin de vous connecter.",
  "supports.feedback.email.link": "Donner mon avis : {url}",
  "supports.feedback.email.personal":
    "Ce lien est personnel : ne le transférez pas. Une seule réponse est possible par accompagnement : la première personne de votre structure qui répond le fait pour tous.",
  "supports.feedback.email.valid": "Le lien reste valable 30 jours, jusqu'au {date} inclus.",
  "supports.feedback.email.reminderValid": "Le lien reste valable jusqu'au {date} inclus.",
  "supports.feedback.email.thanks":
    "Merci d'avance, vos réponses nous aident à mieux accompagner les associations.",
  "supports.feedback.email.signature": "L'équipe Digit'ESS",
} as const;

export const en: Messages<typeof fr> = {
  "supports.feedback.title": "Your feedback on the support",
  "supports.feedback.intro":
    "Your organisation's support is over. Tell us in a few minutes how it went: your answers help us improve the next ones.",
  "supports.feedback.noSignIn": "No need to sign in. One answer per support.",
  "supports.feedback.required": "Required",
  "supports.feedback.optional": "Optional",

  "supports.feedback.satisfaction.label": "Overall, how did the support go?",
  "supports.feedback.consultantQuality.label": "How do you rate the consultant's work?",
  "supports.feedback.needsFit.label": "Did the support meet your organisation's needs?",
  "supports.feedback.beneficiaryChanges.label": "What has changed for the people you support?",
  "supports.feedback.beneficiaryChanges.hint":
    "A concrete example helps us a lot: a simpler process, time saved, a new service…",
  "supports.feedback.recommendation.label":
    "Would you recommend this support to another association?",
  "supports.feedback.recommendation.low": "0: not at all",
  "supports.feedback.recommendation.high": "10: without hesitation",
  "supports.feedback.comment.label": "Anything else you would like to tell us?",

  "supports.feedback.scale.1": "Very disappointing",
  "supports.feedback.scale.2": "Disappointing",
  "supports.feedback.scale.3": "Fair",
  "supports.feedback.scale.4": "Good",
  "supports.feedback.scale.5": "Very good",

  "supports.feedback.submit": "Send my feedback",

  "supports.feedback.thanks.title": "Thank you for your feedback!",
  "supports.feedback.thanks.body": "Your answer is saved. It helps us support associations better.",
  "supports.feedback.alreadyAnswered.title": "Feedback was already given",
  "supports.feedback.alreadyAnswered.body":
    "We have already received an answer for this support. Thank you for taking the time!",
  "supports.feedback.expired.title": "This link has expired",
  "supports.feedback.expired.body":
    "The feedback link is valid for 30 days. To answer anyway, write to the person who supported you.",
  "supports.feedback.invalid.title": "This link does not work",
  "supports.feedback.invalid.body":
    "It may be incomplete. Open it straight from the e-mail you received, or copy the whole address.",

  "supports.feedback.error.summary": "Some answers need another look: they are marked below.",
  "supports.feedback.error.satisfactionRequired":
    "Choose a score from 1 to 5 for how the support went.",
  "supports.feedback.error.consultantQualityRequired":
    "Choose a score from 1 to 5 for the consultant's work.",
  "supports.feedback.error.needsFitRequired":
    "Choose a score from 1 to 5 for how the support met your organisation's needs.",
  "supports.feedback.error.recommendationRequired":
    "Choose a score from 0 to 10 for recommending the support to another association.",
  "supports.feedback.error.beneficiaryChangesTooLong":
    "The text on what changed for the people you support is over 4,000 characters: please shorten it.",
  "supports.feedback.error.beneficiaryChangesInvalid":
    "The text on what changed for the people you support contains a hidden character that is not allowed: please retype it.",
  "supports.feedback.error.commentTooLong":
    "Your free message is over 4,000 characters: please shorten it.",
  "supports.feedback.error.commentInvalid":
    "Your free message contains a hidden character that is not allowed: please retype it.",
  "supports.feedback.error.alreadyAnswered":
    "Feedback was already given for this support: only one answer is possible.",
  "supports.feedback.error.notClosed":
    "This support is not over yet: you can give your feedback once it is closed.",
  "supports.feedback.about": "Support “{level}” of {organization}, programme {programme}.",
  "supports.feedback.validUntil": "This link works until {date} included.",
  "supports.feedback.scaleHint": "From 1 (very disappointing) to 5 (very good).",
  "supports.feedback.recommendation.hint": "From 0 (not at all) to 10 (without hesitation).",
  "supports.feedback.textHint": "Optional. 4,000 characters at most.",
  "supports.feedback.thanks.yourAnswers": "Your answers",
  "supports.feedback.thanks.scoreOf5": "{score} out of 5 ({label})",
  "supports.feedback.thanks.scoreOf10": "{score} out of 10",
  "supports.feedback.thanks.none": "No answer",
  "supports.feedback.thanks.answeredOn": "Answer sent on {date}.",

  "supports.feedback.email.subject": "Your feedback on the “{level}” support",
  "supports.feedback.email.reminderSubject": "Reminder: your feedback on the “{level}” support",
  "supports.feedback.email.greeting": "Hello,",
  "supports.feedback.email.intro":
    "The “{level}” support of {organization}, in the {programme} programme, is over.",
  "supports.feedback.email.reminderIntro":
    "A few days ago we asked for your feedback on the “{level}” support of {organization}, in the {programme} programme. We have not received an answer yet.",
  "supports.feedback.email.ask":
    "Could you tell us how it went? It takes about 3 minutes, and you do not need to sign in.",
  "supports.feedback.email.link": "Give my feedback: {url}",
  "supports.feedback.email.personal":
    "This link is personal: please do not forward it. Only one answer is possible per support: the first person of your organisation who answers does so for everyone.",
  "supports.feedback.email.valid": "The link is valid for 30 days, until {date} included.",
  "supports.feedback.email.reminderValid": "The link is valid until {date} included.",
  "supports.feedback.email.thanks":
    "Thank you in advance: your answers help us support associations better.",
  "supports.feedback.email.signature": "The Digit'ESS team",
};
