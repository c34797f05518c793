import type { Messages } from "~/platform/i18n/types";

export const fr = {
  "auth.field.name": "Votre nom et prénom",
  "auth.field.email": "Adresse électronique",
  "auth.field.emailHint": "Par exemple : prenom.nom@association.fr",
  "auth.field.password": "Mot de passe",
  "auth.field.passwordHint":
    "Au moins 12 caractères. Une phrase de plusieurs mots facile à retenir convient très bien (par exemple : « le chat dort sur le piano »). Évitez votre nom, votre adresse et les mots de passe courants.",
  "auth.field.newPassword": "Nouveau mot de passe",
  "auth.error.nameRequired": "Indiquez votre nom.",
  "auth.error.nameTooLong": "Le nom doit comporter au plus 120 caractères.",
  "auth.error.nameInvalid":
    "Le nom contient des caractères invisibles ou de contrôle : retapez-le sans copier-coller.",
  "auth.error.imageRefused": "Digit'ESS n'enregistre pas de photo de profil.",
  "auth.error.emailRequired": "Indiquez votre adresse électronique.",
  "auth.error.emailInvalid":
    "L'adresse électronique n'est pas valide : elle doit ressembler à prenom.nom@exemple.fr.",
  "auth.error.passwordRequired": "Indiquez votre mot de passe.",
  "auth.error.passwordTooShort": "Le mot de passe doit comporter au moins 12 caractères.",
  "auth.error.passwordRepetitive":
    "Le mot de passe répète trop les mêmes caractères (comme « aaaaaaaaaaaa ») : choisissez une phrase de plusieurs mots.",
  "auth.error.passwordSequence":
    "Le mot de passe est une suite trop facile à deviner (comme « 123456789 » ou « azertyuiop ») : choisissez une phrase de plusieurs mots.",
  "auth.error.passwordPersonal":
    "Le mot de passe reprend votre nom ou votre adresse électronique : choisissez-en un qui n'a rien à voir avec vous.",
  "auth.error.passwordCommon":
    "Ce mot de passe fait partie des plus courants (un mot usuel suivi de chiffres, par exemple) : les pirates l'essaient en premier. Choisissez une phrase de plusieurs mots.",
  "auth.error.currentPasswordRequired": "Indiquez votre mot de passe actuel.",
  "auth.error.currentPasswordWrong": "Le mot de passe actuel n'est pas le bon.",
  "auth.error.passwordTooLong": "Le mot de passe doit comporter au plus 128 caractères.",
  "auth.error.invalidCredentials": "Adresse électronique ou mot de passe incorrect.",
  "auth.error.emailNotVerified":
    "Votre adresse n'est pas encore confirmée. Nous venons de vous renvoyer le lien de confirmation : ouvrez le courriel reçu.",
  "auth.error.emailTaken":
    "Un compte existe déjà avec cette adresse. Connectez-vous, ou utilisez « Mot de passe oublié ».",
  "auth.error.tooManyAttempts":
    "Trop de tentatives depuis cette connexion. Patientez {minutes} min avant de réessayer.",
  "auth.error.tooManyFailedAttempts":
    "Trop d'essais de mot de passe incorrects. Par sécurité, patientez {minutes} min avant de réessayer, ou utilisez « Mot de passe oublié ».",
  "auth.error.accountDeactivated":
    "Ce compte a été désactivé par un administrateur de Digit'ESS. Pour le réactiver, écrivez à l'équipe du programme.",
  "auth.error.invalidToken":
    "Ce lien n'est plus valable (il a peut-être déjà servi ou a expiré). Demandez-en un nouveau.",
  "auth.error.unexpected": "Une erreur inattendue est survenue. Réessayez dans un instant.",
  "auth.grantRole.unknownRole": "Rôle inconnu « {role} ».",
  "auth.grantRole.unknownUser":
    "Aucun compte n'utilise cette adresse : la personne doit d'abord créer son compte.",
  "auth.grantRole.unverifiedEmail":
    "Cette adresse n'est pas encore confirmée : la personne doit d'abord ouvrir le lien reçu par courriel.",
  "auth.signIn.title": "Se connecter",
  "auth.signIn.submit": "Se connecter",
  "auth.signIn.noAccount": "Pas encore de compte ?",
  "auth.signIn.createAccount": "Créer un compte",
  "auth.signIn.forgot": "Mot de passe oublié ?",
  "auth.signIn.magicLinkIntro": "Vous préférez ne pas utiliser de mot de passe ?",
  "auth.signIn.magicLinkLink": "Recevoir un lien de connexion par courriel",
  "auth.signIn.verified": "Votre adresse est confirmée. Vous pouvez vous connecter.",
  "auth.signIn.passwordReset": "Votre mot de passe a été changé. Connectez-vous avec le nouveau.",
  "auth.signIn.signedOut": "Vous êtes déconnecté·e. À bientôt !",
  "auth.signUp.title": "Créer un compte",
  "auth.signUp.intro":
    "Le compte est gratuit. Il vous permet d'enregistrer votre structure, de candidater et de suivre votre dossier.",
  "auth.signUp.submit": "Créer mon compte",
  "auth.signUp.haveAccount": "Vous avez déjà un compte ?",
  "auth.signUp.privacy":
    "Nous utilisons ces informations uniquement pour gérer votre compte. En savoir plus :",
  "auth.signUp.sentTitle": "Confirmez votre adresse électronique",
  "auth.signUp.sentBody":
    "Nous avons envoyé un courriel à {email}. Ouvrez-le et cliquez sur le lien pour activer votre compte. Pensez à regarder dans les indésirables.",
  "auth.forgot.title": "Mot de passe oublié",
  "auth.forgot.intro":
    "Indiquez l'adresse de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
  "auth.forgot.submit": "Recevoir le lien",
  "auth.forgot.sentTitle": "Vérifiez votre messagerie",
  "auth.forgot.sentBody":
    "Si un compte existe pour {email}, un courriel vient de partir avec un lien valable une heure.",
  "auth.reset.title": "Choisir un nouveau mot de passe",
  "auth.reset.submit": "Enregistrer le mot de passe",
  "auth.magic.title": "Recevoir un lien de connexion",
  "auth.magic.intro":
    "Indiquez votre adresse : nous vous envoyons un lien qui vous connecte directement, sans mot de passe. Il est valable 15 minutes.",
  "auth.magic.submit": "Recevoir le lien",
  "auth.magic.sentTitle": "Vérifiez votre messagerie",
  "auth.magic.sentBody":
    "Si un compte existe pour {email}, un lien de connexion vient de partir. Il est valable 15 minutes. Pas encore de compte ? Créez-le depuis la page « Créer un compte ».",
  "auth.signOut.title": "Se déconnecter",
  "auth.signOut.confirm": "Voulez-vous vous déconnecter ?",
  "auth.email.verify.subject": "Confirmez votre adresse pour Digit'ESS",
  "auth.email.verify.body":
    "Bonjour {name},\n\nPour activer votre compte Digit'ESS, ouvrez ce lien :\n{url}\n\nSi vous n'avez pas créé de compte, ignorez ce message.\n\nL'équipe Digit'ESS",
  "auth.email.reset.subject": "Changer votre mot de passe Digit'ESS",
  "auth.email.reset.body":
    "Bonjour {name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :\n{url}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.\n\nL'équipe Digit'ESS",
  "auth.email.magic.subject": "Votre lien de connexion à Digit'ESS",
  "auth.email.magic.body":
    "Bonjour,\n\nPour vous connecter à Digit'ESS, ouvrez ce lien (valable 15 minutes) :\n{url}\n\nSi vous n'avez rien demandé, ignorez ce message.\n\nL'équipe Digit'ESS",
  "role.applicant": "Candidat·e",
  "role.instructor": "Chargé·e de mission",
  "role.antenna_manager": "Antenne régionale",
  "role.committee_member": "Membre de comité",
  "role.funder": "Financeur",
  "role.admin": "Administrateur·rice",
} as const;

export const en: Messages<typeof fr> = {
  "auth.field.name": "Your full name",
  "auth.field.email": "E-mail address",
  "auth.field.emailHint": "For example: first.last@association.org",
  "auth.field.password": "Password",
  "auth.field.passwordHint":
    "At least 12 characters. A phrase of several easy-to-remember words works well (for example: “the cat sleeps on the piano”). Avoid your name, your address and common passwords.",
  "auth.field.newPassword": "New password",
  "auth.error.nameRequired": "Enter your name.",
  "auth.error.nameTooLong": "The name must be at most 120 characters long.",
  "auth.error.nameInvalid":
    "The name contains invisible or control characters: type it again without copy and paste.",
  "auth.error.imageRefused": "Digit'ESS stores no profile picture.",
  "auth.error.emailRequired": "Enter your e-mail address.",
  "auth.error.emailInvalid":
    "This e-mail address is not valid: it should look like name@example.org.",
  "auth.error.passwordRequired": "Enter your password.",
  "auth.error.passwordTooShort": "The password must be at least 12 characters long.",
  "auth.error.passwordRepetitive":
    "The password repeats the same characters too much (like “aaaaaaaaaaaa”): choose a phrase of several words.",
  "auth.error.passwordSequence":
    "The password is a sequence that is too easy to guess (like “123456789” or “qwertyuiop”): choose a phrase of several words.",
  "auth.error.passwordPersonal":
    "The password is built on your name or your e-mail address: choose one that has nothing to do with you.",
  "auth.error.passwordCommon":
    "This password is one of the most common ones (a usual word followed by digits, for example): attackers try it first. Choose a phrase of several words.",
  "auth.error.currentPasswordRequired": "Enter your current password.",
  "auth.error.currentPasswordWrong": "The current password is wrong.",
  "auth.error.passwordTooLong": "The password must be at most 128 characters long.",
  "auth.error.invalidCredentials": "Wrong e-mail address or password.",
  "auth.error.emailNotVerified":
    "Your address is not confirmed yet. We have just sent the confirmation link again: open that e-mail.",
  "auth.error.emailTaken":
    "An account already exists with this address. Sign in, or use “Forgot password”.",
  "auth.error.tooManyAttempts":
    "Too many attempts from this connection. Wait {minutes} min before trying again.",
  "auth.error.tooManyFailedAttempts":
    "Too many wrong passwords. For safety, wait {minutes} min before trying again, or use “Forgot password”.",
  "auth.error.accountDeactivated":
    "This account was deactivated by a Digit'ESS administrator. To have it reactivated, write to the programme team.",
  "auth.error.invalidToken":
    "This link is no longer valid (it may have been used or have expired). Ask for a new one.",
  "auth.error.unexpected": "An unexpected error occurred. Try again in a moment.",
  "auth.grantRole.unknownRole": "Unknown role “{role}”.",
  "auth.grantRole.unknownUser":
    "No account uses this address: the person must first create an account.",
  "auth.grantRole.unverifiedEmail":
    "This address is not confirmed yet: the person must first open the link sent by e-mail.",
  "auth.signIn.title": "Sign in",
  "auth.signIn.submit": "Sign in",
  "auth.signIn.noAccount": "No account yet?",
  "auth.signIn.createAccount": "Create an account",
  "auth.signIn.forgot": "Forgot your password?",
  "auth.signIn.magicLinkIntro": "Rather not use a password?",
  "auth.signIn.magicLinkLink": "Get a sign-in link by e-mail",
  "auth.signIn.verified": "Your address is confirmed. You can sign in.",
  "auth.signIn.passwordReset": "Your password has been changed. Sign in with the new one.",
  "auth.signIn.signedOut": "You are signed out. See you soon!",
  "auth.signUp.title": "Create an account",
  "auth.signUp.intro":
    "The account is free. It lets you register your organisation, apply and follow your application.",
  "auth.signUp.submit": "Create my account",
  "auth.signUp.haveAccount": "Already have an account?",
  "auth.signUp.privacy": "We only use this information to manage your account. Learn more:",
  "auth.signUp.sentTitle": "Confirm your e-mail address",
  "auth.signUp.sentBody":
    "We sent an e-mail to {email}. Open it and click the link to activate your account. Check your spam folder too.",
  "auth.forgot.title": "Forgot password",
  "auth.forgot.intro":
    "Enter your account's address: we will send you a link to choose a new password.",
  "auth.forgot.submit": "Send the link",
  "auth.forgot.sentTitle": "Check your inbox",
  "auth.forgot.sentBody":
    "If an account exists for {email}, an e-mail is on its way with a link valid for one hour.",
  "auth.reset.title": "Choose a new password",
  "auth.reset.submit": "Save the password",
  "auth.magic.title": "Get a sign-in link",
  "auth.magic.intro":
    "Enter your address: we will send you a link that signs you in directly, without a password. It is valid for 15 minutes.",
  "auth.magic.submit": "Send the link",
  "auth.magic.sentTitle": "Check your inbox",
  "auth.magic.sentBody":
    "If an account exists for {email}, a sign-in link is on its way. It is valid for 15 minutes. No account yet? Create one from the “Create an account” page.",
  "auth.signOut.title": "Sign out",
  "auth.signOut.confirm": "Do you want to sign out?",
  "auth.email.verify.subject": "Confirm your address for Digit'ESS",
  "auth.email.verify.body":
    "Hello {name},\n\nTo activate your Digit'ESS account, open this link:\n{url}\n\nIf you did not create an account, ignore this message.\n\nThe Digit'ESS team",
  "auth.email.reset.subject": "Change your Digit'ESS password",
  "auth.email.reset.body":
    "Hello {name},\n\nTo choose a new password, open this link (valid for one hour):\n{url}\n\nIf you did not ask for it, ignore this message: your password stays the same.\n\nThe Digit'ESS team",
  "auth.email.magic.subject": "Your Digit'ESS sign-in link",
  "auth.email.magic.body":
    "Hello,\n\nTo sign in to Digit'ESS, open this link (valid for 15 minutes):\n{url}\n\nIf you did not ask for it, ignore this message.\n\nThe Digit'ESS team",
  "role.applicant": "Applicant",
  "role.instructor": "Programme officer",
  "role.antenna_manager": "Regional antenna",
  "role.committee_member": "Committee member",
  "role.funder": "Funder",
  "role.admin": "Administrator",
};
