import type { Messages } from "~/platform/i18n/types";
import * as staff from "./messages-staff";

// Amounts use non-breaking spaces (\u00a0) so "10 000 €" never breaks across lines on a phone.
export const fr = {
  "organizations.siren.required": "Indiquez le numéro SIREN.",
  "organizations.siren.characters": "Le numéro SIREN ne contient que des chiffres.",
  "organizations.siren.length": "Le numéro SIREN doit comporter 9 chiffres.",
  "organizations.siren.looksLikeSiret":
    "Vous avez saisi 14 chiffres : c'est un numéro SIRET. Le numéro SIREN correspond à ses 9 premiers chiffres.",
  "organizations.siren.checksum":
    "Ce numéro SIREN n'est pas valide : vérifiez qu'il n'y a pas d'erreur de frappe.",

  "organizations.siret.required": "Indiquez le numéro SIRET.",
  "organizations.siret.characters": "Le numéro SIRET ne contient que des chiffres.",
  "organizations.siret.length": "Le numéro SIRET doit comporter 14 chiffres.",
  "organizations.siret.looksLikeSiren":
    "Vous avez saisi 9 chiffres : c'est le numéro SIREN. Le numéro SIRET en comporte 14. Vous le trouverez sur annuaire-entreprises.data.gouv.fr.",
  "organizations.siret.looksLikeRna":
    "Ce numéro commence par W : c'est un numéro RNA. Saisissez-le dans le champ « Numéro RNA ».",
  "organizations.siret.checksum":
    "Ce numéro SIRET n'est pas valide : vérifiez qu'il n'y a pas d'erreur de frappe.",

  "organizations.rna.required": "Indiquez le numéro RNA.",
  "organizations.rna.format":
    "Le numéro RNA commence par la lettre W suivie de 9 chiffres ou lettres, par exemple W751234567.",

  "organizations.identifiers.missing":
    "Indiquez au moins un numéro : le SIRET ou, pour une association, le numéro RNA.",
  "organizations.name.required": "Indiquez le nom de votre structure.",
  "organizations.name.tooLong": "Le nom ne doit pas dépasser 200 caractères.",
  "organizations.legalForm.required":
    "Choisissez la forme juridique de votre structure dans la liste, ou « Je ne sais pas ».",
  "organizations.legalForm.format":
    "Choisissez la forme juridique de votre structure dans la liste, ou « Je ne sais pas ».",
  "organizations.legalForm.esusConflict":
    "Vous avez choisi « Entreprise commerciale sans l'agrément ESUS » et coché l'agrément ESUS : choisissez « Entreprise commerciale avec l'agrément ESUS », ou décochez la case.",
  "organizations.creationDate.required": "Indiquez la date de création de votre structure.",
  "organizations.creationDate.invalid": "Cette date n'est pas valide.",
  "organizations.creationDate.future": "La date de création ne peut pas être dans le futur.",
  "organizations.creationDate.tooOld": "Vérifiez l'année de création : elle semble trop ancienne.",
  "organizations.postcode.required": "Indiquez le code postal.",
  "organizations.postcode.format": "Le code postal doit comporter 5 chiffres.",
  "organizations.website.invalid":
    "Cette adresse de site internet n'est pas valide. Exemple : www.mon-association.fr",
  "organizations.employees.required": "Indiquez le nombre de salariés (0 s'il n'y en a pas).",
  "organizations.employees.invalid": "Le nombre de salariés doit être un nombre entier : 0, 1, 2…",
  "organizations.volunteers.required": "Indiquez le nombre de bénévoles (0 s'il n'y en a pas).",
  "organizations.volunteers.invalid":
    "Le nombre de bénévoles doit être un nombre entier : 0, 1, 2…",
  "organizations.budgetBand.required": "Choisissez le budget annuel de votre structure.",

  "organizations.budgetBand.under_10k": "Moins de 10\u00a0000\u00a0€",
  "organizations.budgetBand.from_10k_to_50k": "De 10\u00a0000\u00a0€ à 50\u00a0000\u00a0€",
  "organizations.budgetBand.from_50k_to_200k": "De 50\u00a0000\u00a0€ à 200\u00a0000\u00a0€",
  "organizations.budgetBand.from_200k_to_500k": "De 200\u00a0000\u00a0€ à 500\u00a0000\u00a0€",
  "organizations.budgetBand.from_500k_to_1m": "De 500\u00a0000\u00a0€ à 1\u00a0million d'euros",
  "organizations.budgetBand.from_1m_to_5m": "De 1 à 5\u00a0millions d'euros",
  "organizations.budgetBand.over_5m": "Plus de 5\u00a0millions d'euros",

  "organizations.field.name": "Nom de la structure",
  "organizations.field.siret": "Numéro SIRET du siège",
  "organizations.field.siretHint":
    "14 chiffres. Vous le trouvez sur vos factures, vos statuts ou sur annuaire-entreprises.data.gouv.fr.",
  "organizations.field.rna": "Numéro RNA (associations)",
  "organizations.field.rnaHint":
    "La lettre W suivie de 9 chiffres ou lettres, sur le récépissé de la préfecture. Facultatif si vous avez indiqué le SIRET.",
  "organizations.field.legalForm": "Forme juridique",
  "organizations.field.legalFormHint":
    "Elle figure dans vos statuts. Si vous ne la connaissez pas, choisissez « Je ne sais pas » : notre équipe la vérifiera avec vous.",
  "organizations.field.legalFormExact": "{label} (code {code})",
  "organizations.field.legalFormCode": "Code {code}",
  "organizations.field.chooseLegalForm": "Choisissez",
  "organizations.field.creationDate": "Date de création",
  "organizations.field.creationDateHint":
    "La date de la déclaration en préfecture ou de l'immatriculation.",
  "organizations.field.addressLine": "Adresse du siège",
  "organizations.field.addressLineHint":
    "Facultatif. Numéro et nom de la rue, complément d'adresse.",
  "organizations.field.postcode": "Code postal",
  "organizations.field.commune": "Commune",
  "organizations.field.departement": "Département",
  "organizations.field.departementHint":
    "Laissez « Déduit du code postal », sauf si votre commune dépend d'un autre département que celui de son code postal.",
  "organizations.field.departementFromPostcode": "Déduit du code postal",
  "organizations.field.website": "Site internet",
  "organizations.field.websiteHint": "Facultatif. Exemple : www.mon-association.fr",
  "organizations.field.essMember":
    "Ma structure fait partie de l'économie sociale et solidaire (ESS)",
  "organizations.field.essMemberHint":
    "Les associations, coopératives, mutuelles et fondations en font partie, ainsi que les entreprises agréées ESUS.",
  "organizations.field.esusApproved":
    "Ma structure a l'agrément « entreprise solidaire d'utilité sociale » (ESUS)",
  "organizations.field.employees": "Nombre de salariés",
  "organizations.field.volunteers": "Nombre de bénévoles",
  "organizations.field.headcountHint": "Un nombre entier : 0 s'il n'y en a pas.",
  "organizations.field.annualBudgetBand": "Budget annuel",
  "organizations.field.annualBudgetBandHint":
    "Le total de vos ressources sur une année, à peu près.",
  "organizations.field.chooseBudget": "Choisissez une tranche",
  "organizations.field.actionAxes": "Domaines d'action",
  "organizations.field.actionAxesHint": "Cochez tout ce qui correspond à vos actions.",
  "organizations.field.otherActions": "Autres domaines d'action",
  "organizations.field.otherActionsHint":
    "Si vous avez coché « Autre domaine » : par exemple culture, sport, environnement.",
  "organizations.axis.other": "Autre domaine",
  "organizations.form.identity": "Identité de la structure",
  "organizations.form.headOffice": "Siège",
  "organizations.form.status": "Statut",
  "organizations.form.size": "Taille",
  "organizations.form.fromRegistry":
    "Ces informations viennent du répertoire des entreprises de l'État. Vérifiez-les, corrigez-les si besoin et complétez les champs vides.",
  "organizations.form.submitCreate": "Enregistrer ma structure",
  "organizations.form.submitUpdate": "Enregistrer les modifications",
  "organizations.addressLine.tooLong": "L'adresse ne doit pas dépasser 300 caractères.",
  "organizations.commune.required": "Indiquez la commune du siège.",
  "organizations.commune.tooLong": "Le nom de la commune ne doit pas dépasser 100 caractères.",
  "organizations.departement.invalid": "Choisissez un département dans la liste.",
  "organizations.departement.required":
    "Nous ne trouvons pas le département de ce code postal : choisissez-le dans la liste.",
  "organizations.actionAxes.required": "Cochez au moins un domaine d'action.",
  "organizations.otherActions.required": "Précisez vos autres domaines d'action.",
  "organizations.otherActions.tooLong": "Ce texte ne doit pas dépasser 500 caractères.",
  "organizations.conflict.siret":
    "Ce numéro SIRET appartient à une structure déjà inscrite sur Digit'ESS.",
  "organizations.conflict.rna":
    "Ce numéro RNA appartient à une structure déjà inscrite sur Digit'ESS.",
  "organizations.new.title": "Enregistrer ma structure",
  "organizations.new.intro":
    "Retrouvez votre structure dans le répertoire des entreprises de l'État : ses informations seront remplies pour vous, et vous pourrez les corriger.",
  "organizations.new.manualTitle": "Saisir les informations de ma structure",
  "organizations.new.manualIntro":
    "Remplissez le formulaire ci-dessous. Les champs marqués « obligatoire » doivent être remplis.",
  "organizations.new.back": "Revenir à la recherche",
  "organizations.search.label": "Numéro SIRET, SIREN ou nom de la structure",
  "organizations.search.hint":
    "Par exemple 732 829 320 00074, ou le nom suivi de la ville : « Le Toit Partagé Marseille ».",
  "organizations.search.submit": "Rechercher",
  "organizations.search.tooShort": "Saisissez au moins 3 caractères.",
  "organizations.search.tooLong": "Saisissez au plus 100 caractères.",
  "organizations.search.resultsTitle": "Résultats pour « {query} »",
  "organizations.search.resultsCount": "{count} structure(s) trouvée(s) : choisissez la vôtre.",
  "organizations.search.moreResults":
    "Seuls les {count} premiers résultats sont affichés : précisez votre recherche (ajoutez la ville, ou utilisez le numéro SIRET) si vous ne voyez pas votre structure.",
  "organizations.search.choose": "Choisir",
  "organizations.search.closed": "Cette structure est fermée d'après le répertoire.",
  "organizations.search.alreadyRegistered": "Déjà inscrite sur Digit'ESS.",
  "organizations.search.createdOn": "Créée le {date}",
  "organizations.search.empty":
    "Aucune structure ne correspond à « {query} ». Vérifiez le numéro, essayez avec le nom et la ville, ou saisissez les informations vous-même.",
  "organizations.search.unavailable.timeout":
    "Le répertoire des entreprises ne répond pas assez vite.",
  "organizations.search.unavailable.rate_limited":
    "Le répertoire des entreprises reçoit trop de demandes en ce moment.",
  "organizations.search.unavailable.server_error":
    "Le répertoire des entreprises rencontre un problème.",
  "organizations.search.unavailable.network": "Le répertoire des entreprises est injoignable.",
  "organizations.search.unavailable.invalid_response":
    "Le répertoire des entreprises a envoyé une réponse que nous ne savons pas lire.",
  "organizations.search.unavailableNext":
    "Réessayez dans quelques instants, ou saisissez les informations de votre structure vous-même : c'est tout aussi valable.",
  "organizations.search.manualTitle": "Vous ne trouvez pas votre structure ?",
  "organizations.search.manualLink": "Saisir les informations moi-même",
  "organizations.search.choiceLost":
    "Nous n'avons pas pu retrouver cette structure dans le répertoire : saisissez ses informations vous-même.",
  "organizations.duplicate.title": "Cette structure est déjà inscrite",
  "organizations.duplicate.body":
    "{name} a déjà un espace sur Digit'ESS. Une structure n'a qu'un espace, partagé par ses membres : demandez à ses responsables de vous y ajouter.",
  "organizations.join.message": "Message aux responsables",
  "organizations.join.messageHint":
    "Facultatif. Présentez-vous en une phrase, par exemple votre rôle dans la structure.",
  "organizations.join.messageTooLong": "Le message ne doit pas dépasser 500 caractères.",
  "organizations.join.submit": "Demander à rejoindre",
  "organizations.join.submitNamed": "Demander à rejoindre {name}",
  "organizations.join.alreadyPending":
    "Vous avez déjà demandé à rejoindre cette structure : votre demande attend la réponse de ses responsables.",
  "organizations.join.alreadyMember": "Vous êtes déjà membre de cette structure.",
  "organizations.home.title": "Mon espace",
  "organizations.home.noOrganizationTitle": "Commencez par enregistrer votre structure",
  "organizations.home.noOrganizationBody":
    "Votre structure (association, coopérative…) a un seul espace, partagé par ses membres. Retrouvez-la par son numéro SIRET ou son nom : ses informations seront remplies pour vous.",
  "organizations.home.register": "Enregistrer ma structure",
  "organizations.home.invitationsTitle": "Invitations reçues",
  "organizations.home.invitation": "{organization} vous invite à rejoindre son espace.",
  "organizations.home.acceptInvitation": "Rejoindre {organization}",
  "organizations.home.pendingRequestsTitle": "Vos demandes en attente",
  "organizations.home.pendingRequest":
    "Votre demande pour rejoindre {organization} attend la réponse de ses responsables.",
  "organizations.home.current": "Vous agissez pour : {name}",
  "organizations.home.switch": "Changer de structure",
  "organizations.home.addAnother": "Enregistrer une autre structure",
  "organizations.home.profileTitle": "Profil de la structure",
  "organizations.home.editProfile": "Modifier le profil",
  "organizations.home.membersTitle": "Membres",
  "organizations.home.membersCount": "{count} membre(s) : {names}.",
  "organizations.home.joinRequestsWaiting":
    "{count} demande(s) pour rejoindre la structure attendent votre réponse.",
  "organizations.home.manageMembers": "Gérer les membres",
  "organizations.home.seeMembers": "Voir les membres",
  "organizations.home.diagnosticsTitle": "Diagnostics numériques",
  "organizations.home.diagnosticsEmpty":
    "Aucun diagnostic pour le moment. Le diagnostic de maturité numérique montre où en est votre structure et par où commencer.",
  "organizations.home.diagnosticsCount": "{count} diagnostic(s) terminé(s).",
  "organizations.home.startDiagnostic": "Faire le diagnostic numérique",
  "organizations.home.seeDiagnostics": "Voir les résultats et la progression",
  "organizations.home.seeApplications": "Suivre mes candidatures",
  "organizations.home.apply": "Déposer une candidature",
  "organizations.home.applicationsTitle": "Candidatures",
  "organizations.home.applicationsEmpty":
    "Aucune candidature pour le moment. L'appel à projets est ouvert toute l'année : vérifiez d'abord si votre structure est éligible.",
  "organizations.home.applicationsCount": "{count} candidature(s).",
  "organizations.home.checkEligibility": "Vérifier mon éligibilité",
  "organizations.notice.created":
    "Votre structure est enregistrée. Vous en êtes responsable : vous pouvez inviter d'autres membres.",
  "organizations.notice.updated": "Le profil de la structure est enregistré.",
  "organizations.notice.joined": "Vous avez rejoint la structure.",
  "organizations.notice.switched": "Vous agissez maintenant pour cette structure.",
  "organizations.notice.joinRequested":
    "Votre demande a été envoyée aux responsables de la structure. Vous recevrez un courriel dès qu'ils auront répondu.",
  "organizations.notice.invited":
    "L'invitation est envoyée. La personne a 14 jours pour l'accepter.",
  "organizations.notice.left": "Vous avez quitté la structure.",
  "organizations.notice.removed": "Le membre a été retiré de la structure.",
  "organizations.notice.transferred":
    "La structure a un nouveau responsable. Vous en restez membre.",
  "organizations.notice.requestAccepted":
    "La demande est acceptée : la personne est maintenant membre.",
  "organizations.notice.requestDeclined":
    "La demande est refusée. La personne en est informée par courriel.",
  "organizations.notice.invitationRevoked":
    "L'invitation est annulée : son lien ne fonctionne plus.",
  "organizations.summary.siret": "SIRET",
  "organizations.summary.rna": "Numéro RNA",
  "organizations.summary.legalForm": "Forme juridique",
  "organizations.summary.legalFormCoded": "{label} (code {code})",
  "organizations.summary.legalFormUnknownCode": "code {code}",
  "organizations.summary.creationDate": "Date de création",
  "organizations.summary.address": "Siège",
  "organizations.summary.location": "Département et région",
  "organizations.summary.ess": "Économie sociale et solidaire",
  "organizations.summary.esus": "Agrément ESUS",
  "organizations.summary.employees": "Salariés",
  "organizations.summary.volunteers": "Bénévoles",
  "organizations.summary.budget": "Budget annuel",
  "organizations.summary.axes": "Domaines d'action",
  "organizations.summary.website": "Site internet",
  "organizations.summary.yes": "Oui",
  "organizations.summary.no": "Non",
  "organizations.summary.notProvided": "Non renseigné",
  "organizations.edit.title": "Modifier le profil de la structure",
  "organizations.edit.back": "Retour à mon espace",
  "organizations.members.title": "Membres de la structure",
  "organizations.members.intro":
    "Les membres partagent l'espace de la structure : son profil, ses diagnostics et ses candidatures. Les responsables décident qui en fait partie.",
  "organizations.members.listTitle": "Membres",
  "organizations.members.role": "Rôle : {role}",
  "organizations.role.owner": "Responsable",
  "organizations.role.member": "Membre",
  "organizations.members.you": "(vous)",
  "organizations.members.remove": "Retirer",
  "organizations.members.makeOwner": "Nommer responsable",
  "organizations.members.inviteTitle": "Inviter un membre",
  "organizations.members.inviteEmail": "Adresse électronique de la personne",
  "organizations.members.inviteHint":
    "Elle recevra un lien pour créer son compte ou se connecter, valable 14 jours.",
  "organizations.members.inviteSubmit": "Envoyer l'invitation",
  "organizations.members.invitationsTitle": "Invitations en attente",
  "organizations.members.invitationLine":
    "{email} : invitation envoyée le {date}, valable jusqu'au {expires}.",
  "organizations.members.revoke": "Annuler l'invitation",
  "organizations.members.noInvitations": "Aucune invitation en attente.",
  "organizations.members.requestsTitle": "Demandes pour rejoindre la structure",
  "organizations.members.requestLine":
    "{name} ({email}) a demandé à rejoindre la structure le {date}.",
  "organizations.members.requestMessage": "Son message : « {message} »",
  "organizations.members.accept": "Accepter",
  "organizations.members.decline": "Refuser",
  "organizations.members.noRequests":
    "Aucune demande en attente. Quand une personne demandera à rejoindre votre structure, sa demande apparaîtra ici.",
  "organizations.members.ownersOnly":
    "Seuls les responsables de la structure peuvent inviter ou retirer des membres.",
  "organizations.members.leaveTitle": "Quitter la structure",
  "organizations.members.leaveIntro": "Vous n'aurez plus accès à l'espace de la structure.",
  "organizations.members.leaveLink": "Quitter la structure",
  "organizations.invite.emailRequired": "Indiquez l'adresse électronique de la personne à inviter.",
  "organizations.invite.emailInvalid":
    "Cette adresse électronique n'est pas valide. Exemple : prenom.nom@exemple.fr",
  "organizations.invite.alreadyMember": "Cette personne est déjà membre de la structure.",
  "organizations.confirm.leaveTitle": "Quitter {name} ?",
  "organizations.confirm.leaveBody":
    "Vous n'aurez plus accès à son profil, à ses diagnostics ni à ses candidatures. Pour revenir, il faudra qu'un responsable vous invite à nouveau.",
  "organizations.confirm.leaveSubmit": "Oui, quitter la structure",
  "organizations.confirm.cancel": "Non, revenir aux membres",
  "organizations.confirm.removeTitle": "Retirer {name} de la structure ?",
  "organizations.confirm.removeBody":
    "Cette personne n'aura plus accès à l'espace de la structure. Vous pourrez l'inviter à nouveau plus tard.",
  "organizations.confirm.removeSubmit": "Oui, retirer ce membre",
  "organizations.confirm.transferTitle": "Nommer {name} responsable ?",
  "organizations.confirm.transferBody":
    "{name} deviendra responsable de la structure et gérera ses membres. Vous en resterez membre, sans pouvoir gérer les membres.",
  "organizations.confirm.transferSubmit": "Oui, nommer responsable",
  "organizations.refusal.last_owner":
    "Vous êtes le ou la seule responsable : nommez d'abord un autre membre responsable, puis vous pourrez quitter la structure.",
  "organizations.refusal.not_owner": "Seuls les responsables de la structure peuvent faire cela.",
  "organizations.refusal.self": "Vous ne pouvez pas faire cela pour vous-même.",
  "organizations.refusal.target_is_owner": "Cette personne est déjà responsable de la structure.",
  "organizations.refusal.too_many":
    "Vous avez atteint la limite de 20 invitations ou 10 demandes par jour. Réessayez demain.",
  "organizations.refusal.otherAddress":
    "Cette invitation a été envoyée à {email}. Connectez-vous avec le compte de cette adresse, ou demandez à un responsable de la structure de vous inviter avec votre adresse.",
  "organizations.refusal.stale":
    "Cette action n'est plus possible : la situation a changé entre-temps. Rechargez la page.",
  "organizations.switch.title": "Changer de structure",
  "organizations.switch.intro":
    "Vous êtes membre de plusieurs structures. Choisissez celle pour laquelle vous agissez.",
  "organizations.switch.legend": "Structure pour laquelle vous agissez",
  "organizations.switch.submit": "Agir pour cette structure",
  "organizations.invitation.title": "Invitation à rejoindre {name}",
  "organizations.invitation.body":
    "{inviter} vous invite à rejoindre l'espace de {name} sur Digit'ESS, pour préparer ensemble ses diagnostics et ses candidatures.",
  "organizations.invitation.sentTo": "Cette invitation a été envoyée à {email}.",
  "organizations.invitation.signInIntro": "Vous avez déjà un compte ?",
  "organizations.invitation.signIn": "Me connecter pour rejoindre la structure",
  "organizations.invitation.signUpIntro":
    "Pas encore de compte ? Créez-le avec l'adresse {email}. Une fois votre adresse confirmée et vous connecté·e, l'invitation vous attendra dans votre espace.",
  "organizations.invitation.signUp": "Créer mon compte",
  "organizations.invitation.accept": "Rejoindre {name}",
  "organizations.invitation.invalidTitle": "Cette invitation n'est plus valable",
  "organizations.invitation.otherAddressTitle": "Cette invitation est pour une autre adresse",
  "organizations.invitation.expired":
    "Elle a expiré : demandez aux responsables de la structure de vous en envoyer une nouvelle.",
  "organizations.invitation.revoked": "Elle a été annulée par les responsables de la structure.",
  "organizations.invitation.accepted":
    "Elle a déjà été utilisée. Si c'était par vous, la structure est dans votre espace.",
  "organizations.invitation.notFound":
    "Le lien est incomplet ou erroné : vérifiez que vous avez copié le lien du courriel en entier.",
  "organizations.invitation.staff":
    "Votre compte appartient à l'équipe du programme : il ne peut pas rejoindre une structure candidate. Connectez-vous avec un compte personnel.",
  "organizations.invitation.goToSpace": "Aller à mon espace",
  "organizations.email.invitation.subject": "Invitation à rejoindre {organization} sur Digit'ESS",
  "organizations.email.invitation.body":
    "Bonjour,\n\n{inviter} vous invite à rejoindre l'espace de {organization} sur Digit'ESS, la plateforme d'accompagnement numérique des structures de l'économie sociale et solidaire.\n\nPour accepter, ouvrez ce lien : vous pourrez créer votre compte ou vous connecter.\n{url}\n\nCe lien est valable 14 jours. Si vous ne vous attendiez pas à cette invitation, ignorez ce message.\n\nL'équipe Digit'ESS",
  "organizations.email.joinRequest.subject": "{name} demande à rejoindre {organization}",
  "organizations.email.joinRequest.body":
    "Bonjour,\n\n{name} ({email}) demande à rejoindre l'espace de {organization} sur Digit'ESS.{message}\n\nAcceptez ou refusez sa demande ici :\n{url}\n\nL'équipe Digit'ESS",
  "organizations.email.joinRequest.message": "\n\nSon message : « {message} »",
  "organizations.email.joinAccepted.subject": "Vous avez rejoint {organization}",
  "organizations.email.joinAccepted.body":
    "Bonjour {name},\n\nLes responsables de {organization} ont accepté votre demande : vous êtes maintenant membre de son espace sur Digit'ESS.\n{url}\n\nL'équipe Digit'ESS",
  "organizations.email.joinDeclined.subject": "Votre demande pour rejoindre {organization}",
  "organizations.email.joinDeclined.body":
    "Bonjour {name},\n\nLes responsables de {organization} n'ont pas accepté votre demande pour rejoindre son espace sur Digit'ESS. Si vous pensez qu'il s'agit d'une erreur, contactez-les directement.\n\nL'équipe Digit'ESS",
  ...staff.fr,
} as const;

export const en: Messages<typeof fr> = {
  "organizations.siren.required": "Enter the SIREN number.",
  "organizations.siren.characters": "The SIREN number contains digits only.",
  "organizations.siren.length": "The SIREN number must have 9 digits.",
  "organizations.siren.looksLikeSiret":
    "You entered 14 digits: this is a SIRET number. The SIREN number is its first 9 digits.",
  "organizations.siren.checksum": "This SIREN number is not valid: check for a typing mistake.",

  "organizations.siret.required": "Enter the SIRET number.",
  "organizations.siret.characters": "The SIRET number contains digits only.",
  "organizations.siret.length": "The SIRET number must have 14 digits.",
  "organizations.siret.looksLikeSiren":
    "You entered 9 digits: this is the SIREN number. The SIRET number has 14. You can find it on annuaire-entreprises.data.gouv.fr.",
  "organizations.siret.looksLikeRna":
    "This number starts with W: it is an RNA number. Enter it in the “RNA number” field.",
  "organizations.siret.checksum": "This SIRET number is not valid: check for a typing mistake.",

  "organizations.rna.required": "Enter the RNA number.",
  "organizations.rna.format":
    "The RNA number starts with the letter W followed by 9 digits or letters, for example W751234567.",

  "organizations.identifiers.missing":
    "Enter at least one number: the SIRET or, for an association, the RNA number.",
  "organizations.name.required": "Enter the name of your organisation.",
  "organizations.name.tooLong": "The name must not exceed 200 characters.",
  "organizations.legalForm.required":
    "Choose your organisation's legal form from the list, or \"I don't know\".",
  "organizations.legalForm.format":
    "Choose your organisation's legal form from the list, or \"I don't know\".",
  "organizations.legalForm.esusConflict":
    'You chose "Company without the ESUS approval" and ticked the ESUS approval: choose "Company with the ESUS approval", or untick the box.',
  "organizations.creationDate.required": "Enter the creation date of your organisation.",
  "organizations.creationDate.invalid": "This date is not valid.",
  "organizations.creationDate.future": "The creation date cannot be in the future.",
  "organizations.creationDate.tooOld": "Check the year of creation: it looks too old.",
  "organizations.postcode.required": "Enter the postcode.",
  "organizations.postcode.format": "The postcode must have 5 digits.",
  "organizations.website.invalid":
    "This website address is not valid. Example: www.my-association.org",
  "organizations.employees.required": "Enter the number of employees (0 if there are none).",
  "organizations.employees.invalid": "The number of employees must be a whole number: 0, 1, 2…",
  "organizations.volunteers.required": "Enter the number of volunteers (0 if there are none).",
  "organizations.volunteers.invalid": "The number of volunteers must be a whole number: 0, 1, 2…",
  "organizations.budgetBand.required": "Choose the annual budget of your organisation.",

  "organizations.budgetBand.under_10k": "Less than €10,000",
  "organizations.budgetBand.from_10k_to_50k": "€10,000 to €50,000",
  "organizations.budgetBand.from_50k_to_200k": "€50,000 to €200,000",
  "organizations.budgetBand.from_200k_to_500k": "€200,000 to €500,000",
  "organizations.budgetBand.from_500k_to_1m": "€500,000 to €1 million",
  "organizations.budgetBand.from_1m_to_5m": "€1 million to €5 million",
  "organizations.budgetBand.over_5m": "More than €5 million",

  "organizations.field.name": "Name of the organisation",
  "organizations.field.siret": "SIRET number of the head office",
  "organizations.field.siretHint":
    "14 digits. You will find it on your invoices, your statutes or on annuaire-entreprises.data.gouv.fr.",
  "organizations.field.rna": "RNA number (associations)",
  "organizations.field.rnaHint":
    "The letter W followed by 9 digits or letters, on the prefecture's receipt. Optional if you entered the SIRET.",
  "organizations.field.legalForm": "Legal form",
  "organizations.field.legalFormHint":
    'It is in your statutes. If you do not know it, choose "I don\'t know": our team will check it with you.',
  "organizations.field.legalFormExact": "{label} (code {code})",
  "organizations.field.legalFormCode": "Code {code}",
  "organizations.field.chooseLegalForm": "Choose",
  "organizations.field.creationDate": "Creation date",
  "organizations.field.creationDateHint":
    "The date of the declaration at the prefecture or of the registration.",
  "organizations.field.addressLine": "Head office address",
  "organizations.field.addressLineHint": "Optional. Street number and name, address details.",
  "organizations.field.postcode": "Postcode",
  "organizations.field.commune": "Town",
  "organizations.field.departement": "Département",
  "organizations.field.departementHint":
    "Leave “From the postcode” unless your town belongs to another département than its postcode's.",
  "organizations.field.departementFromPostcode": "From the postcode",
  "organizations.field.website": "Website",
  "organizations.field.websiteHint": "Optional. Example: www.my-association.org",
  "organizations.field.essMember":
    "My organisation belongs to the social and solidarity economy (ESS)",
  "organizations.field.essMemberHint":
    "Associations, cooperatives, mutuals and foundations belong to it, as do ESUS-approved companies.",
  "organizations.field.esusApproved":
    "My organisation has the “solidarity company of social utility” (ESUS) approval",
  "organizations.field.employees": "Number of employees",
  "organizations.field.volunteers": "Number of volunteers",
  "organizations.field.headcountHint": "A whole number: 0 if there are none.",
  "organizations.field.annualBudgetBand": "Annual budget",
  "organizations.field.annualBudgetBandHint": "Your total resources over a year, roughly.",
  "organizations.field.chooseBudget": "Choose a band",
  "organizations.field.actionAxes": "Fields of action",
  "organizations.field.actionAxesHint": "Tick everything that matches your actions.",
  "organizations.field.otherActions": "Other fields of action",
  "organizations.field.otherActionsHint":
    "If you ticked “Other field”: for example culture, sport, environment.",
  "organizations.axis.other": "Other field",
  "organizations.form.identity": "Identity of the organisation",
  "organizations.form.headOffice": "Head office",
  "organizations.form.status": "Status",
  "organizations.form.size": "Size",
  "organizations.form.fromRegistry":
    "This information comes from the State's company register. Check it, correct it if needed and fill in the empty fields.",
  "organizations.form.submitCreate": "Register my organisation",
  "organizations.form.submitUpdate": "Save the changes",
  "organizations.addressLine.tooLong": "The address must not exceed 300 characters.",
  "organizations.commune.required": "Enter the town of the head office.",
  "organizations.commune.tooLong": "The town name must not exceed 100 characters.",
  "organizations.departement.invalid": "Choose a département from the list.",
  "organizations.departement.required":
    "We cannot find the département of this postcode: choose it from the list.",
  "organizations.actionAxes.required": "Tick at least one field of action.",
  "organizations.otherActions.required": "Describe your other fields of action.",
  "organizations.otherActions.tooLong": "This text must not exceed 500 characters.",
  "organizations.conflict.siret":
    "This SIRET number belongs to an organisation already registered on Digit'ESS.",
  "organizations.conflict.rna":
    "This RNA number belongs to an organisation already registered on Digit'ESS.",
  "organizations.new.title": "Register my organisation",
  "organizations.new.intro":
    "Find your organisation in the State's company register: its details will be filled in for you, and you can correct them.",
  "organizations.new.manualTitle": "Enter my organisation's details",
  "organizations.new.manualIntro":
    "Fill in the form below. Fields marked “required” must be filled in.",
  "organizations.new.back": "Back to the search",
  "organizations.search.label": "SIRET or SIREN number, or name of the organisation",
  "organizations.search.hint":
    "For example 732 829 320 00074, or the name followed by the town: “Le Toit Partagé Marseille”.",
  "organizations.search.submit": "Search",
  "organizations.search.tooShort": "Enter at least 3 characters.",
  "organizations.search.tooLong": "Enter at most 100 characters.",
  "organizations.search.resultsTitle": "Results for “{query}”",
  "organizations.search.resultsCount": "{count} organisation(s) found: choose yours.",
  "organizations.search.moreResults":
    "Only the first {count} results are shown: refine your search (add the town, or use the SIRET number) if you do not see your organisation.",
  "organizations.search.choose": "Choose",
  "organizations.search.closed": "This organisation is closed according to the register.",
  "organizations.search.alreadyRegistered": "Already registered on Digit'ESS.",
  "organizations.search.createdOn": "Created on {date}",
  "organizations.search.empty":
    "No organisation matches “{query}”. Check the number, try the name and the town, or enter the details yourself.",
  "organizations.search.unavailable.timeout": "The company register is not answering fast enough.",
  "organizations.search.unavailable.rate_limited":
    "The company register is receiving too many requests right now.",
  "organizations.search.unavailable.server_error": "The company register has a problem.",
  "organizations.search.unavailable.network": "The company register cannot be reached.",
  "organizations.search.unavailable.invalid_response":
    "The company register sent an answer we cannot read.",
  "organizations.search.unavailableNext":
    "Try again in a moment, or enter your organisation's details yourself: it is just as valid.",
  "organizations.search.manualTitle": "Cannot find your organisation?",
  "organizations.search.manualLink": "Enter the details myself",
  "organizations.search.choiceLost":
    "We could not find this organisation in the register again: enter its details yourself.",
  "organizations.duplicate.title": "This organisation is already registered",
  "organizations.duplicate.body":
    "{name} already has a space on Digit'ESS. An organisation has only one space, shared by its members: ask its managers to add you.",
  "organizations.join.message": "Message to the managers",
  "organizations.join.messageHint":
    "Optional. Introduce yourself in one sentence, for example your role in the organisation.",
  "organizations.join.messageTooLong": "The message must not exceed 500 characters.",
  "organizations.join.submit": "Ask to join",
  "organizations.join.submitNamed": "Ask to join {name}",
  "organizations.join.alreadyPending":
    "You have already asked to join this organisation: your request is waiting for its managers' answer.",
  "organizations.join.alreadyMember": "You are already a member of this organisation.",
  "organizations.home.title": "My space",
  "organizations.home.noOrganizationTitle": "Start by registering your organisation",
  "organizations.home.noOrganizationBody":
    "Your organisation (association, cooperative…) has a single space, shared by its members. Find it by its SIRET number or its name: its details will be filled in for you.",
  "organizations.home.register": "Register my organisation",
  "organizations.home.invitationsTitle": "Invitations received",
  "organizations.home.invitation": "{organization} invites you to join its space.",
  "organizations.home.acceptInvitation": "Join {organization}",
  "organizations.home.pendingRequestsTitle": "Your pending requests",
  "organizations.home.pendingRequest":
    "Your request to join {organization} is waiting for its managers' answer.",
  "organizations.home.current": "You act for: {name}",
  "organizations.home.switch": "Switch organisation",
  "organizations.home.addAnother": "Register another organisation",
  "organizations.home.profileTitle": "Profile of the organisation",
  "organizations.home.editProfile": "Edit the profile",
  "organizations.home.membersTitle": "Members",
  "organizations.home.membersCount": "{count} member(s): {names}.",
  "organizations.home.joinRequestsWaiting":
    "{count} request(s) to join the organisation are waiting for your answer.",
  "organizations.home.manageMembers": "Manage the members",
  "organizations.home.seeMembers": "See the members",
  "organizations.home.diagnosticsTitle": "Digital diagnostics",
  "organizations.home.diagnosticsEmpty":
    "No diagnostic yet. The digital maturity diagnostic shows where your organisation stands and where to start.",
  "organizations.home.diagnosticsCount": "{count} completed diagnostic(s).",
  "organizations.home.startDiagnostic": "Take the digital diagnostic",
  "organizations.home.seeDiagnostics": "See the results and progress",
  "organizations.home.seeApplications": "Follow my applications",
  "organizations.home.apply": "Apply",
  "organizations.home.applicationsTitle": "Applications",
  "organizations.home.applicationsEmpty":
    "No application yet. The call for projects is open all year: first check whether your organisation is eligible.",
  "organizations.home.applicationsCount": "{count} application(s).",
  "organizations.home.checkEligibility": "Check my eligibility",
  "organizations.notice.created":
    "Your organisation is registered. You manage it: you can invite other members.",
  "organizations.notice.updated": "The profile of the organisation is saved.",
  "organizations.notice.joined": "You have joined the organisation.",
  "organizations.notice.switched": "You now act for this organisation.",
  "organizations.notice.joinRequested":
    "Your request has been sent to the organisation's managers. You will get an e-mail as soon as they answer.",
  "organizations.notice.invited": "The invitation is sent. The person has 14 days to accept it.",
  "organizations.notice.left": "You have left the organisation.",
  "organizations.notice.removed": "The member has been removed from the organisation.",
  "organizations.notice.transferred": "The organisation has a new manager. You remain a member.",
  "organizations.notice.requestAccepted": "The request is accepted: the person is now a member.",
  "organizations.notice.requestDeclined": "The request is declined. The person is told by e-mail.",
  "organizations.notice.invitationRevoked":
    "The invitation is cancelled: its link no longer works.",
  "organizations.summary.siret": "SIRET",
  "organizations.summary.rna": "RNA number",
  "organizations.summary.legalForm": "Legal form",
  "organizations.summary.legalFormCoded": "{label} (code {code})",
  "organizations.summary.legalFormUnknownCode": "code {code}",
  "organizations.summary.creationDate": "Creation date",
  "organizations.summary.address": "Head office",
  "organizations.summary.location": "Département and région",
  "organizations.summary.ess": "Social and solidarity economy",
  "organizations.summary.esus": "ESUS approval",
  "organizations.summary.employees": "Employees",
  "organizations.summary.volunteers": "Volunteers",
  "organizations.summary.budget": "Annual budget",
  "organizations.summary.axes": "Fields of action",
  "organizations.summary.website": "Website",
  "organizations.summary.yes": "Yes",
  "organizations.summary.no": "No",
  "organizations.summary.notProvided": "Not provided",
  "organizations.edit.title": "Edit the organisation's profile",
  "organizations.edit.back": "Back to my space",
  "organizations.members.title": "Members of the organisation",
  "organizations.members.intro":
    "Members share the organisation's space: its profile, diagnostics and applications. Managers decide who belongs to it.",
  "organizations.members.listTitle": "Members",
  "organizations.members.role": "Role: {role}",
  "organizations.role.owner": "Manager",
  "organizations.role.member": "Member",
  "organizations.members.you": "(you)",
  "organizations.members.remove": "Remove",
  "organizations.members.makeOwner": "Make manager",
  "organizations.members.inviteTitle": "Invite a member",
  "organizations.members.inviteEmail": "E-mail address of the person",
  "organizations.members.inviteHint":
    "They will receive a link to create their account or sign in, valid for 14 days.",
  "organizations.members.inviteSubmit": "Send the invitation",
  "organizations.members.invitationsTitle": "Pending invitations",
  "organizations.members.invitationLine":
    "{email}: invitation sent on {date}, valid until {expires}.",
  "organizations.members.revoke": "Cancel the invitation",
  "organizations.members.noInvitations": "No pending invitation.",
  "organizations.members.requestsTitle": "Requests to join the organisation",
  "organizations.members.requestLine": "{name} ({email}) asked to join the organisation on {date}.",
  "organizations.members.requestMessage": "Their message: “{message}”",
  "organizations.members.accept": "Accept",
  "organizations.members.decline": "Decline",
  "organizations.members.noRequests":
    "No pending request. When someone asks to join your organisation, their request will appear here.",
  "organizations.members.ownersOnly":
    "Only the organisation's managers can invite or remove members.",
  "organizations.members.leaveTitle": "Leave the organisation",
  "organizations.members.leaveIntro": "You will no longer have access to the organisation's space.",
  "organizations.members.leaveLink": "Leave the organisation",
  "organizations.invite.emailRequired": "Enter the e-mail address of the person to invite.",
  "organizations.invite.emailInvalid":
    "This e-mail address is not valid. Example: first.last@example.org",
  "organizations.invite.alreadyMember": "This person is already a member of the organisation.",
  "organizations.confirm.leaveTitle": "Leave {name}?",
  "organizations.confirm.leaveBody":
    "You will no longer have access to its profile, diagnostics or applications. To come back, a manager will have to invite you again.",
  "organizations.confirm.leaveSubmit": "Yes, leave the organisation",
  "organizations.confirm.cancel": "No, back to the members",
  "organizations.confirm.removeTitle": "Remove {name} from the organisation?",
  "organizations.confirm.removeBody":
    "This person will no longer have access to the organisation's space. You can invite them again later.",
  "organizations.confirm.removeSubmit": "Yes, remove this member",
  "organizations.confirm.transferTitle": "Make {name} the manager?",
  "organizations.confirm.transferBody":
    "{name} will become the organisation's manager and will manage its members. You will remain a member, without managing the members.",
  "organizations.confirm.transferSubmit": "Yes, make manager",
  "organizations.refusal.last_owner":
    "You are the only manager: first make another member manager, then you can leave the organisation.",
  "organizations.refusal.not_owner": "Only the organisation's managers can do this.",
  "organizations.refusal.self": "You cannot do this for yourself.",
  "organizations.refusal.target_is_owner": "This person already manages the organisation.",
  "organizations.refusal.too_many":
    "You have reached the limit of 20 invitations or 10 requests a day. Try again tomorrow.",
  "organizations.refusal.otherAddress":
    "This invitation was sent to {email}. Sign in with that address's account, or ask a manager of the organisation to invite your own address.",
  "organizations.refusal.stale":
    "This action is no longer possible: things changed in the meantime. Reload the page.",
  "organizations.switch.title": "Switch organisation",
  "organizations.switch.intro":
    "You are a member of several organisations. Choose the one you act for.",
  "organizations.switch.legend": "Organisation you act for",
  "organizations.switch.submit": "Act for this organisation",
  "organizations.invitation.title": "Invitation to join {name}",
  "organizations.invitation.body":
    "{inviter} invites you to join the space of {name} on Digit'ESS, to prepare its diagnostics and applications together.",
  "organizations.invitation.sentTo": "This invitation was sent to {email}.",
  "organizations.invitation.signInIntro": "Already have an account?",
  "organizations.invitation.signIn": "Sign in to join the organisation",
  "organizations.invitation.signUpIntro":
    "No account yet? Create it with the address {email}. Once your address is confirmed and you are signed in, the invitation will wait for you in your space.",
  "organizations.invitation.signUp": "Create my account",
  "organizations.invitation.accept": "Join {name}",
  "organizations.invitation.invalidTitle": "This invitation is no longer valid",
  "organizations.invitation.otherAddressTitle": "This invitation is for another address",
  "organizations.invitation.expired":
    "It has expired: ask the organisation's managers to send you a new one.",
  "organizations.invitation.revoked": "It was cancelled by the organisation's managers.",
  "organizations.invitation.accepted":
    "It has already been used. If it was by you, the organisation is in your space.",
  "organizations.invitation.notFound":
    "The link is incomplete or wrong: check that you copied the whole link from the e-mail.",
  "organizations.invitation.staff":
    "Your account belongs to the programme team: it cannot join an applying organisation. Sign in with a personal account.",
  "organizations.invitation.goToSpace": "Go to my space",
  "organizations.email.invitation.subject": "Invitation to join {organization} on Digit'ESS",
  "organizations.email.invitation.body":
    "Hello,\n\n{inviter} invites you to join the space of {organization} on Digit'ESS, the digital-support platform for social and solidarity economy organisations.\n\nTo accept, open this link: you can create your account or sign in.\n{url}\n\nThis link is valid for 14 days. If you did not expect this invitation, ignore this message.\n\nThe Digit'ESS team",
  "organizations.email.joinRequest.subject": "{name} asks to join {organization}",
  "organizations.email.joinRequest.body":
    "Hello,\n\n{name} ({email}) asks to join the space of {organization} on Digit'ESS.{message}\n\nAccept or decline the request here:\n{url}\n\nThe Digit'ESS team",
  "organizations.email.joinRequest.message": "\n\nTheir message: “{message}”",
  "organizations.email.joinAccepted.subject": "You have joined {organization}",
  "organizations.email.joinAccepted.body":
    "Hello {name},\n\nThe managers of {organization} accepted your request: you are now a member of its space on Digit'ESS.\n{url}\n\nThe Digit'ESS team",
  "organizations.email.joinDeclined.subject": "Your request to join {organization}",
  "organizations.email.joinDeclined.body":
    "Hello {name},\n\nThe managers of {organization} did not accept your request to join its space on Digit'ESS. If you think this is a mistake, contact them directly.\n\nThe Digit'ESS team",
  ...staff.en,
};
