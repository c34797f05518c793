import type { Messages } from "~/platform/i18n/types";

// The account's privacy pages (/compte/donnees, /compte/suppression), the administrators' account
// deletion (/admin/comptes/suppression) and the archive's read-me file.
export const fr = {
  "privacy.account.title": "Mes données personnelles",
  "privacy.account.intro":
    "Vous pouvez télécharger toutes les informations que Digit'ESS garde sur vous et sur vos structures, ou supprimer votre compte.",
  "privacy.account.policyLink": "Ce que nous collectons et combien de temps nous le gardons",
  "privacy.export.title": "Télécharger mes données",
  "privacy.export.body":
    "Vous recevez un fichier ZIP avec votre compte, vos structures, leurs candidatures (réponses, montants, échanges avec l'équipe, documents envoyés) et leurs diagnostics. Le fichier reste disponible {days} jours.",
  "privacy.export.request": "Préparer mon fichier",
  "privacy.export.requested":
    "Votre fichier est en préparation. Cette page se met à jour toute seule : le lien de téléchargement apparaîtra ci-dessous.",
  "privacy.export.alreadyRunning":
    "Un fichier est déjà en préparation : le lien de téléchargement apparaîtra ci-dessous.",
  "privacy.export.empty": "Vous n'avez encore demandé aucun fichier.",
  "privacy.export.listCaption": "Vos fichiers de données",
  "privacy.export.column.requested": "Demandé le",
  "privacy.export.column.state": "État",
  "privacy.export.column.file": "Fichier",
  "privacy.export.state.pending": "En attente",
  "privacy.export.state.running": "En préparation ({written} sur {total})",
  "privacy.export.state.done": "Prêt",
  "privacy.export.state.failed": "Échec : demandez un nouveau fichier",
  "privacy.export.download": "Télécharger le fichier ZIP ({size})",
  "privacy.export.availableUntil": "Disponible jusqu'au {date}",
  "privacy.export.refresh": "La page se recharge toutes les 3 secondes pendant la préparation.",
  "privacy.export.reload": "Recharger maintenant",
  "privacy.deleteSection.title": "Supprimer mon compte",
  "privacy.deleteSection.body":
    "La suppression est définitive. Pensez à télécharger vos données avant.",
  "privacy.deleteSection.link": "Supprimer mon compte…",

  "privacy.delete.title": "Supprimer mon compte",
  "privacy.delete.intro":
    "La suppression est définitive : vous ne pourrez plus vous connecter avec ce compte.",
  "privacy.delete.erasedTitle": "Ce qui est effacé",
  "privacy.delete.erased.identity": "Votre nom et votre adresse électronique",
  "privacy.delete.erased.signIn": "Votre mot de passe et vos connexions en cours",
  "privacy.delete.erased.memberships": "Votre place dans vos structures",
  "privacy.delete.erased.preferences": "Vos choix de notification et vos réglages",
  "privacy.delete.erased.exports": "Vos fichiers d'export",
  "privacy.delete.erased.diagnostics": "Les diagnostics faits sans structure",
  "privacy.delete.keptTitle": "Ce qui est conservé, sous le nom « Compte supprimé »",
  "privacy.delete.kept.applications":
    "Les candidatures de vos structures, leurs montants, documents, échanges et décisions : elles appartiennent à la structure et servent au suivi des fonds",
  "privacy.delete.kept.audit":
    "Le journal des actions, pendant {duration}, sans votre nom ni votre adresse",
  "privacy.delete.organizationsTitle": "Vos structures",
  "privacy.delete.mustHandOver":
    "Vous êtes la seule personne responsable de « {organization} », qui a d'autres membres. Nommez l'un d'eux responsable, puis revenez ici.",
  "privacy.delete.manageMembers": "Gérer les membres de « {organization} »",
  "privacy.delete.keptWithoutOwner":
    "Vous êtes le seul membre de « {organization} » : la structure et ses candidatures sont conservées, sans responsable. Un administrateur pourra y rattacher une autre personne.",
  "privacy.delete.leaves": "Vous quitterez « {organization} ».",
  "privacy.delete.password": "Votre mot de passe",
  "privacy.delete.passwordHint": "Pour confirmer que c'est bien vous qui demandez la suppression.",
  "privacy.delete.confirm": "Je comprends que la suppression de mon compte est définitive.",
  "privacy.delete.submit": "Supprimer définitivement mon compte",
  "privacy.delete.cancel": "Annuler et revenir à mes données",
  "privacy.delete.done": "Votre compte a été supprimé. Merci d'avoir utilisé Digit'ESS.",
  "privacy.delete.error.passwordRequired": "Saisissez votre mot de passe.",
  "privacy.delete.error.wrongPassword":
    "Ce mot de passe n'est pas celui de votre compte. Vérifiez-le, ou utilisez « Mot de passe oublié ».",
  "privacy.delete.error.confirmRequired": "Cochez la case pour confirmer la suppression.",
  "privacy.delete.error.mustHandOver":
    "Nommez d'abord un autre responsable pour : {organizations}.",

  "privacy.admin.link": "Supprimer un compte",
  "privacy.admin.title": "Supprimer un compte",
  "privacy.admin.intro":
    "Quand une personne demande la suppression de son compte sans pouvoir le faire elle-même. Les candidatures et le journal sont conservés sous le nom « Compte supprimé ».",
  "privacy.admin.email": "Adresse électronique du compte",
  "privacy.admin.search": "Rechercher",
  "privacy.admin.notFound": "Aucun compte actif n'utilise l'adresse {email}.",
  "privacy.admin.found": "Compte trouvé",
  "privacy.admin.name": "Nom",
  "privacy.admin.role": "Rôle",
  "privacy.admin.createdAt": "Créé le",
  "privacy.admin.noOrganization": "Ce compte n'est membre d'aucune structure.",
  "privacy.admin.handOver": "{successor} deviendra responsable de « {organization} ».",
  "privacy.admin.keptWithoutOwner": "« {organization} » sera conservée sans responsable.",
  "privacy.admin.leaves": "Le compte quittera « {organization} ».",
  "privacy.admin.confirm":
    "Je confirme que la personne a demandé la suppression de son compte (ou qu'elle est justifiée).",
  "privacy.admin.submit": "Supprimer ce compte",
  "privacy.admin.done": "Le compte a été supprimé.",
  "privacy.admin.error.emailRequired": "Saisissez l'adresse électronique du compte.",
  "privacy.admin.error.emailInvalid":
    "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.",
  "privacy.admin.error.confirmRequired": "Cochez la case pour confirmer la suppression.",
  "privacy.admin.error.ownAccount":
    "Pour supprimer votre propre compte, passez par la page « Mes données personnelles ».",

  "privacy.archive.readme":
    "Vos données Digit'ESS\n\nCe fichier ZIP contient toutes les informations que Digit'ESS garde sur vous et sur les structures dont vous êtes membre :\n\n- donnees.json : votre compte (sans mot de passe), vos connexions, vos réglages, vos structures (profil, membres), leurs candidatures (réponses, montants, déroulé, échanges avec l'équipe, demandes de compléments et de correction), leurs diagnostics, et le journal de vos actions.\n- pieces-jointes/ : les documents envoyés avec chaque candidature, rangés par numéro de dossier.\n\nLe fichier donnees.json s'ouvre avec un éditeur de texte. Les montants sont en centimes d'euro, les dates en temps universel (UTC).\n\nLes notes internes et les évaluations de l'équipe du programme n'en font pas partie.",
} as const;

export const en: Messages<typeof fr> = {
  "privacy.account.title": "My personal data",
  "privacy.account.intro":
    "You can download everything Digit'ESS keeps about you and your organisations, or delete your account.",
  "privacy.account.policyLink": "What we collect and how long we keep it",
  "privacy.export.title": "Download my data",
  "privacy.export.body":
    "You get a ZIP file with your account, your organisations, their applications (answers, amounts, messages with the team, documents sent) and their diagnostics. The file stays available for {days} days.",
  "privacy.export.request": "Prepare my file",
  "privacy.export.requested":
    "Your file is being prepared. This page refreshes by itself: the download link will appear below.",
  "privacy.export.alreadyRunning":
    "A file is already being prepared: the download link will appear below.",
  "privacy.export.empty": "You have not asked for a file yet.",
  "privacy.export.listCaption": "Your data files",
  "privacy.export.column.requested": "Requested on",
  "privacy.export.column.state": "State",
  "privacy.export.column.file": "File",
  "privacy.export.state.pending": "Waiting",
  "privacy.export.state.running": "Being prepared ({written} of {total})",
  "privacy.export.state.done": "Ready",
  "privacy.export.state.failed": "Failed: ask for a new file",
  "privacy.export.download": "Download the ZIP file ({size})",
  "privacy.export.availableUntil": "Available until {date}",
  "privacy.export.refresh": "The page reloads every 3 seconds while the file is prepared.",
  "privacy.export.reload": "Reload now",
  "privacy.deleteSection.title": "Delete my account",
  "privacy.deleteSection.body": "Deletion is final. Download your data first.",
  "privacy.deleteSection.link": "Delete my account…",

  "privacy.delete.title": "Delete my account",
  "privacy.delete.intro":
    "Deletion is final: you will no longer be able to sign in with this account.",
  "privacy.delete.erasedTitle": "What is erased",
  "privacy.delete.erased.identity": "Your name and e-mail address",
  "privacy.delete.erased.signIn": "Your password and your open sessions",
  "privacy.delete.erased.memberships": "Your place in your organisations",
  "privacy.delete.erased.preferences": "Your notification choices and settings",
  "privacy.delete.erased.exports": "Your export files",
  "privacy.delete.erased.diagnostics": "The diagnostics taken without an organisation",
  "privacy.delete.keptTitle": "What is kept, under the name “Compte supprimé” (deleted account)",
  "privacy.delete.kept.applications":
    "Your organisations' applications, their amounts, documents, messages and decisions: they belong to the organisation and are needed to follow the funds",
  "privacy.delete.kept.audit": "The log of actions, for {duration}, without your name or address",
  "privacy.delete.organizationsTitle": "Your organisations",
  "privacy.delete.mustHandOver":
    "You are the only person in charge of “{organization}”, which has other members. Make one of them the person in charge, then come back here.",
  "privacy.delete.manageMembers": "Manage the members of “{organization}”",
  "privacy.delete.keptWithoutOwner":
    "You are the only member of “{organization}”: the organisation and its applications are kept, with nobody in charge. An administrator can attach another person to it.",
  "privacy.delete.leaves": "You will leave “{organization}”.",
  "privacy.delete.password": "Your password",
  "privacy.delete.passwordHint": "To confirm that you are the one asking for the deletion.",
  "privacy.delete.confirm": "I understand that deleting my account is final.",
  "privacy.delete.submit": "Delete my account for good",
  "privacy.delete.cancel": "Cancel and go back to my data",
  "privacy.delete.done": "Your account was deleted. Thank you for using Digit'ESS.",
  "privacy.delete.error.passwordRequired": "Enter your password.",
  "privacy.delete.error.wrongPassword":
    "This is not your account's password. Check it, or use “Forgot password”.",
  "privacy.delete.error.confirmRequired": "Tick the box to confirm the deletion.",
  "privacy.delete.error.mustHandOver":
    "First make someone else the person in charge of: {organizations}.",

  "privacy.admin.link": "Delete an account",
  "privacy.admin.title": "Delete an account",
  "privacy.admin.intro":
    "When someone asks for their account to be deleted and cannot do it themselves. Applications and the log are kept under the name “Compte supprimé”.",
  "privacy.admin.email": "The account's e-mail address",
  "privacy.admin.search": "Search",
  "privacy.admin.notFound": "No active account uses the address {email}.",
  "privacy.admin.found": "Account found",
  "privacy.admin.name": "Name",
  "privacy.admin.role": "Role",
  "privacy.admin.createdAt": "Created on",
  "privacy.admin.noOrganization": "This account is a member of no organisation.",
  "privacy.admin.handOver": "{successor} will be in charge of “{organization}”.",
  "privacy.admin.keptWithoutOwner": "“{organization}” will be kept with nobody in charge.",
  "privacy.admin.leaves": "The account will leave “{organization}”.",
  "privacy.admin.confirm":
    "I confirm that the person asked for their account to be deleted (or that it is justified).",
  "privacy.admin.submit": "Delete this account",
  "privacy.admin.done": "The account was deleted.",
  "privacy.admin.error.emailRequired": "Enter the account's e-mail address.",
  "privacy.admin.error.emailInvalid": "Enter a valid e-mail address, for example name@example.org.",
  "privacy.admin.error.confirmRequired": "Tick the box to confirm the deletion.",
  "privacy.admin.error.ownAccount": "To delete your own account, use the “My personal data” page.",

  "privacy.archive.readme":
    "Your Digit'ESS data\n\nThis ZIP file holds everything Digit'ESS keeps about you and the organisations you are a member of:\n\n- donnees.json: your account (no password), your sessions, your settings, your organisations (profile, members), their applications (answers, amounts, timeline, messages with the team, requests for information and corrections), their diagnostics, and the log of your actions.\n- pieces-jointes/: the documents sent with each application, filed by application number.\n\nThe donnees.json file opens in a text editor. Amounts are in euro cents, dates in universal time (UTC).\n\nThe programme team's internal notes and scores are not part of it.",
};
