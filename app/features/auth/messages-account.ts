import type { Messages } from "~/platform/i18n/types";

/** The account page (`/compte`): name, password, sessions. */
export const fr = {
  "auth.account.title": "Mon compte",
  "auth.account.intro": "Votre nom, votre mot de passe et les appareils où vous êtes connecté·e.",
  "auth.account.identity": "Mes informations",
  "auth.account.emailLabel": "Adresse électronique",
  "auth.account.emailFixed":
    "Pour changer d'adresse, écrivez à l'équipe du programme : elle vérifiera la nouvelle adresse avec vous.",
  "auth.account.saveName": "Enregistrer le nom",
  "auth.account.nameSaved": "Votre nom est enregistré.",
  "auth.account.password": "Mot de passe",
  "auth.account.currentPassword": "Mot de passe actuel",
  "auth.account.changePassword": "Changer le mot de passe",
  "auth.account.passwordChanged":
    "Votre mot de passe est changé. Vos autres appareils ont été déconnectés.",
  "auth.account.sessions": "Appareils connectés",
  "auth.account.sessionsCount":
    "Votre compte est ouvert sur {count} appareil(s) ou navigateur(s), celui-ci compris.",
  "auth.account.sessionsHelp":
    "Un téléphone perdu, un ordinateur partagé resté connecté ? Déconnectez-vous partout : il faudra vous reconnecter sur chaque appareil, celui-ci compris.",
  "auth.account.signOutEverywhere": "Se déconnecter de tous les appareils",
  "auth.account.signedOutEverywhere":
    "Vous êtes déconnecté·e de tous les appareils. Reconnectez-vous pour continuer.",
  "auth.account.notifications": "Choisir mes notifications",
  "auth.account.personalData": "Mes données personnelles : télécharger ou supprimer",
} as const;

export const en: Messages<typeof fr> = {
  "auth.account.title": "My account",
  "auth.account.intro": "Your name, your password and the devices where you are signed in.",
  "auth.account.identity": "My details",
  "auth.account.emailLabel": "E-mail address",
  "auth.account.emailFixed":
    "To change your address, write to the programme team: they will check the new address with you.",
  "auth.account.saveName": "Save the name",
  "auth.account.nameSaved": "Your name is saved.",
  "auth.account.password": "Password",
  "auth.account.currentPassword": "Current password",
  "auth.account.changePassword": "Change the password",
  "auth.account.passwordChanged":
    "Your password is changed. Your other devices have been signed out.",
  "auth.account.sessions": "Signed-in devices",
  "auth.account.sessionsCount":
    "Your account is open on {count} device(s) or browser(s), this one included.",
  "auth.account.sessionsHelp":
    "A lost phone, a shared computer left signed in? Sign out everywhere: you will have to sign in again on each device, this one included.",
  "auth.account.signOutEverywhere": "Sign out of all devices",
  "auth.account.signedOutEverywhere": "You are signed out of every device. Sign in again to go on.",
  "auth.account.notifications": "Choose my notifications",
  "auth.account.personalData": "My personal data: download or delete",
};
