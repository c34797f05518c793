import type { Messages } from "~/platform/i18n/types";

export const fr = {
  "app.name": "Digit'ESS",
  "app.tagline": "L'accompagnement numérique des structures de l'économie sociale et solidaire",
  "shell.skipLink": "Aller au contenu",
  "shell.nav.label": "Navigation principale",
  "shell.nav.home": "Accueil",
  "shell.nav.applicant": "Mon espace",
  "shell.nav.review": "Instruction",
  "shell.nav.committees": "Comités",
  "shell.nav.support": "Accompagnements",
  "shell.nav.steering": "Pilotage",
  "shell.nav.admin": "Administration",
  "shell.signIn": "Se connecter",
  "shell.signUp": "Créer un compte",
  "shell.signOut": "Se déconnecter",
  "shell.account": "Mon compte",
  "shell.notifications": "Mes notifications",
  "shell.signedInAs": "Connecté·e : {name}",
  "shell.footer.label": "Pied de page",
  "shell.footer.legal": "Mentions légales",
  "shell.footer.privacy": "Données personnelles",
  "shell.footer.accessibility": "Accessibilité : partiellement conforme",
  "shell.footer.language": "English version",
  "shell.footer.about":
    "Digit'ESS est un logiciel libre pour les programmes d'accompagnement numérique de l'ESS.",
  "error.notFound.title": "Page introuvable",
  "error.notFound.body":
    "La page que vous cherchez n'existe pas, a été déplacée, ou vous n'y avez pas accès.",
  "error.server.title": "Une erreur est survenue",
  "error.server.body":
    "Nous n'avons pas pu afficher cette page. Réessayez dans quelques instants ; si le problème continue, écrivez-nous en indiquant le code ci-dessous.",
  "error.reference": "Code de l'erreur : {id}",
  "error.badRequest.title": "Demande illisible",
  "error.badRequest.body":
    "Nous n'avons pas pu lire ce que votre navigateur a envoyé. Revenez à la page précédente, rechargez-la et recommencez.",
  "error.tooLarge.title": "Envoi trop volumineux",
  "error.tooLarge.body":
    "Ce que vous avez envoyé dépasse la taille acceptée. Raccourcissez le texte ou choisissez un fichier plus léger, puis recommencez.",
  "error.unsupported.title": "Format non accepté",
  "error.unsupported.body":
    "Cette page accepte seulement les formulaires du site. Revenez à la page précédente et envoyez le formulaire depuis votre navigateur.",
  "error.tooMany.title": "Trop de demandes",
  "error.tooMany.body":
    "Vous avez fait beaucoup de demandes en peu de temps. Patientez quelques minutes, puis réessayez.",
  "error.unavailable.title": "Service momentanément indisponible",
  "error.unavailable.body":
    "Le site ne peut pas joindre sa base de données pour le moment. Rien de ce que vous avez déjà enregistré n'est perdu. Réessayez dans une minute.",
  "error.backHome": "Retour à l'accueil",
  "form.errorSummary.title": "Le formulaire contient {count} erreur(s)",
  "form.errorSummary.intro": "Corrigez les champs suivants :",
  "form.required": "obligatoire",
  "form.error.nulCharacter":
    "Ce champ contient un caractère invisible que nous ne pouvons pas enregistrer. Effacez le texte et tapez-le à nouveau.",
  "page.legal.title": "Mentions légales",
  "page.legal.publisher": "Éditeur du site",
  "page.legal.name": "Nom",
  "page.legal.address": "Adresse",
  "page.legal.id": "Numéro d'identification",
  "page.legal.phone": "Téléphone",
  "page.legal.director": "Directeur ou directrice de la publication",
  "page.legal.contact": "Contact",
  "page.legal.hosting": "Hébergement",
  "page.legal.demo":
    "Installation de démonstration : ces informations sont des exemples. L'exploitant du site les renseigne dans sa configuration avant toute ouverture au public.",
  "page.legal.software":
    "Digit'ESS est un logiciel libre. Le code publié ne fait pas de son auteur l'éditeur de ce site : l'éditeur est l'organisme ci-dessus.",
  "page.privacy.title": "Données personnelles",
  "page.accessibility.title": "Accessibilité",
  "page.accessibility.status": "État de conformité",
  "page.accessibility.statusBody":
    "Ce site est conçu pour être utilisable au clavier, avec un lecteur d'écran, sur un petit écran et sans JavaScript. Un audit de conformité n'a pas encore été réalisé : le site est donc déclaré partiellement conforme.",
  "page.accessibility.contact": "Signaler un problème",
  "page.accessibility.contactBody":
    "Si vous ne parvenez pas à accéder à un contenu ou à un service, contactez-nous pour être orienté·e vers une alternative.",
  "area.applicant.title": "Mon espace",

  "area.review.title": "Instruction des candidatures",
  "area.review.empty":
    "L'espace d'instruction est en préparation : les candidatures déposées y seront listées pour être examinées.",
  "area.committees.title": "Comités de criblage",
  "area.committees.empty":
    "L'espace des comités de criblage est en préparation : les sessions mensuelles et les dossiers à examiner y apparaîtront.",
  "area.support.title": "Accompagnements",
  "area.support.empty":
    "L'espace des accompagnements est en préparation : les structures suivies sur votre territoire y apparaîtront.",
  "area.steering.title": "Pilotage et impact",
  "area.steering.empty":
    "L'espace de pilotage est en préparation : budget engagé, candidatures et impact du programme y seront présentés.",
  "area.admin.title": "Administration",
  "area.admin.programs": "Programmes : échelons, taux, axes, éligibilité, antennes, financeurs",
  "area.admin.questionBanks": "Diagnostic : versions du questionnaire",
  "area.admin.outbox": "Courriels envoyés (mode démonstration)",
  "area.admin.failedJobs": "Tâches en échec (courriels, exports, rappels)",
  "area.admin.failedJobsCount": "{count} en échec",
  "area.admin.outboxIntro":
    "En démonstration, les courriels ne sont pas envoyés : ils sont enregistrés ici pour que vous puissiez les lire.",
  "area.admin.outboxEmpty": "Aucun courriel n'a encore été envoyé.",
  "area.admin.outboxTo": "Destinataire",
  "area.admin.outboxSubject": "Objet",
  "area.admin.outboxDate": "Date",
  "area.admin.outboxSmtp":
    "Les courriels partent par SMTP : il n'y a pas de boîte d'envoi à afficher.",
} as const;

export const en: Messages<typeof fr> = {
  "app.name": "Digit'ESS",
  "app.tagline": "Digital support for social and solidarity economy organisations",
  "shell.skipLink": "Skip to content",
  "shell.nav.label": "Main navigation",
  "shell.nav.home": "Home",
  "shell.nav.applicant": "My space",
  "shell.nav.review": "Review",
  "shell.nav.committees": "Committees",
  "shell.nav.support": "Support",
  "shell.nav.steering": "Steering",
  "shell.nav.admin": "Administration",
  "shell.signIn": "Sign in",
  "shell.signUp": "Create an account",
  "shell.signOut": "Sign out",
  "shell.account": "My account",
  "shell.notifications": "My notifications",
  "shell.signedInAs": "Signed in: {name}",
  "shell.footer.label": "Footer",
  "shell.footer.legal": "Legal notice",
  "shell.footer.privacy": "Personal data",
  "shell.footer.accessibility": "Accessibility: partially compliant",
  "shell.footer.language": "Version française",
  "shell.footer.about":
    "Digit'ESS is free software for digital-support programmes of the social economy.",
  "error.notFound.title": "Page not found",
  "error.notFound.body":
    "The page you are looking for does not exist, has moved, or is not open to you.",
  "error.server.title": "Something went wrong",
  "error.server.body":
    "We could not show this page. Try again in a moment; if the problem persists, write to us with the code below.",
  "error.reference": "Error code: {id}",
  "error.badRequest.title": "Unreadable request",
  "error.badRequest.body":
    "We could not read what your browser sent. Go back to the previous page, reload it and try again.",
  "error.tooLarge.title": "Too large",
  "error.tooLarge.body":
    "What you sent is larger than this page accepts. Shorten the text or choose a smaller file, then try again.",
  "error.unsupported.title": "Format not accepted",
  "error.unsupported.body":
    "This page only accepts the site's own forms. Go back to the previous page and send the form from your browser.",
  "error.tooMany.title": "Too many requests",
  "error.tooMany.body":
    "You made many requests in a short time. Wait a few minutes, then try again.",
  "error.unavailable.title": "Service temporarily unavailable",
  "error.unavailable.body":
    "The site cannot reach its database right now. Nothing you already saved is lost. Try again in a minute.",
  "error.backHome": "Back to the home page",
  "form.errorSummary.title": "The form has {count} error(s)",
  "form.errorSummary.intro": "Please correct these fields:",
  "form.required": "required",
  "form.error.nulCharacter":
    "This field holds an invisible character we cannot store. Delete the text and type it again.",
  "page.legal.title": "Legal notice",
  "page.legal.publisher": "Publisher",
  "page.legal.name": "Name",
  "page.legal.address": "Address",
  "page.legal.id": "Registration number",
  "page.legal.phone": "Telephone",
  "page.legal.director": "Director of publication",
  "page.legal.contact": "Contact",
  "page.legal.hosting": "Hosting",
  "page.legal.demo":
    "Demonstration installation: these details are examples. The site's operator sets them in its configuration before opening to the public.",
  "page.legal.software":
    "Digit'ESS is free software. Publishing the code does not make its author the publisher of this site: the publisher is the organisation above.",
  "page.privacy.title": "Personal data",
  "page.accessibility.title": "Accessibility",
  "page.accessibility.status": "Compliance status",
  "page.accessibility.statusBody":
    "This site is built to work with a keyboard, a screen reader, on a small screen and without JavaScript. No compliance audit has been carried out yet, so it is declared partially compliant.",
  "page.accessibility.contact": "Report a problem",
  "page.accessibility.contactBody":
    "If you cannot reach some content or service, contact us and we will offer an alternative.",
  "area.applicant.title": "My space",
  "area.review.title": "Application review",
  "area.review.empty":
    "The review space is being prepared: submitted applications will be listed here for review.",
  "area.committees.title": "Screening committees",
  "area.committees.empty":
    "The committee space is being prepared: monthly sessions and the applications to examine will appear here.",
  "area.support.title": "Support",
  "area.support.empty":
    "The support space is being prepared: the organisations followed in your territory will appear here.",
  "area.steering.title": "Steering and impact",
  "area.steering.empty":
    "The steering space is being prepared: committed budget, applications and the programme's impact will be shown here.",
  "area.admin.title": "Administration",
  "area.admin.programs": "Programmes: levels, rates, axes, eligibility, antennas, funders",
  "area.admin.questionBanks": "Diagnostic: questionnaire versions",
  "area.admin.outbox": "Sent e-mails (demo mode)",
  "area.admin.failedJobs": "Failed jobs (e-mails, exports, reminders)",
  "area.admin.failedJobsCount": "{count} failed",
  "area.admin.outboxIntro":
    "In demo mode e-mails are not sent: they are stored here so that you can read them.",
  "area.admin.outboxEmpty": "No e-mail has been sent yet.",
  "area.admin.outboxTo": "To",
  "area.admin.outboxSubject": "Subject",
  "area.admin.outboxDate": "Date",
  "area.admin.outboxSmtp": "E-mails go out through SMTP: there is no outbox to show.",
};
