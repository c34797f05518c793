import type { RecommendationCatalogue, RecommendationLink } from "./types";

/** Free outside resources linked from the recommendations (official or well-known home pages). */
const resources = {
  cybermalveillance: {
    kind: "resource",
    url: "https://www.cybermalveillance.gouv.fr/",
    title: "Cybermalveillance.gouv.fr",
  },
  secnumacademie: {
    kind: "resource",
    url: "https://secnumacademie.gouv.fr/",
    title: "SecNumacadémie, la formation en ligne gratuite de l'ANSSI",
  },
  cnil: { kind: "resource", url: "https://www.cnil.fr/", title: "CNIL" },
  solidatech: { kind: "resource", url: "https://www.solidatech.fr/", title: "Solidatech" },
  associations: {
    kind: "resource",
    url: "https://www.associations.gouv.fr/",
    title: "associations.gouv.fr",
  },
  helloasso: { kind: "resource", url: "https://www.helloasso.com/", title: "HelloAsso" },
  francenum: { kind: "resource", url: "https://www.francenum.gouv.fr/", title: "France Num" },
  pix: { kind: "resource", url: "https://pix.fr/", title: "Pix" },
  lesbonsclics: { kind: "resource", url: "https://www.lesbonsclics.fr/", title: "Les Bons Clics" },
  societenumerique: {
    kind: "resource",
    url: "https://societenumerique.gouv.fr/",
    title: "Société Numérique",
  },
  aidantsconnect: {
    kind: "resource",
    url: "https://aidantsconnect.beta.gouv.fr/",
    title: "Aidants Connect",
  },
  accessibilite: {
    kind: "resource",
    url: "https://accessibilite.numerique.gouv.fr/",
    title: "Référentiel général d'amélioration de l'accessibilité (RGAA)",
  },
  framasoft: { kind: "resource", url: "https://framasoft.org/", title: "Framasoft" },
} as const satisfies Record<string, RecommendationLink>;

const diagnostic = { kind: "support_level", level: "diagnostic" } as const;
const scoping = { kind: "support_level", level: "scoping" } as const;
const production = { kind: "support_level", level: "production" } as const;

/** Result page texts for question bank "2026-1". */
export const recommendations2026_1: RecommendationCatalogue = {
  version: "2026-1",
  dimensions: {
    strategy: {
      priority: {
        summary:
          "Le numérique n'est pas encore discuté ni organisé dans votre structure : les choix se font au coup par coup.",
        recommendations: [
          {
            text: "Inscrivez le numérique à l'ordre du jour de votre prochaine réunion de bureau ou de conseil d'administration.",
          },
          {
            text: "Désignez une personne référente pour les sujets numériques, même pour quelques heures par mois.",
          },
          {
            text: "Demandez un diagnostic numérique accompagné pour savoir par où commencer.",
            link: diagnostic,
          },
        ],
      },
      progressing: {
        summary:
          "Le numérique commence à être organisé dans votre structure, mais sans plan ni moyens réguliers.",
        recommendations: [
          {
            text: "Listez vos besoins numériques avec l'équipe, puis classez-les du plus urgent au moins urgent.",
          },
          {
            text: "Prévoyez une ligne « numérique » dans votre budget annuel (matériel, logiciels, formation).",
          },
          {
            text: "Transformez votre besoin le plus important en projet grâce à un accompagnement au cadrage.",
            link: scoping,
          },
        ],
      },
      solid: {
        summary:
          "Le numérique fait partie de votre gouvernance : il est discuté, doté de moyens et suivi.",
        recommendations: [
          {
            text: "Rédigez un plan d'action numérique daté et présentez son bilan chaque année en assemblée générale.",
          },
          {
            text: "Cherchez des financements pour vos projets numériques auprès des fondations et des collectivités.",
            link: resources.associations,
          },
          {
            text: "Lancez la réalisation de votre projet prioritaire avec un accompagnement dédié.",
            link: production,
          },
        ],
      },
    },
    equipment: {
      priority: {
        summary:
          "Votre équipe manque d'outils adaptés : matériel personnel, papier et pièces jointes font perdre du temps et des informations.",
        recommendations: [
          {
            text: "Équipez-vous en matériel reconditionné à prix solidaire plutôt qu'en matériel neuf.",
            link: resources.solidatech,
          },
          {
            text: "Créez un seul espace de documents partagé pour toute l'équipe, à la place des clés USB et des pièces jointes.",
          },
          {
            text: "Regroupez vos contacts et vos adhérent·es dans un seul tableur partagé, avec les mêmes colonnes pour tous.",
          },
        ],
      },
      progressing: {
        summary:
          "Vos outils de base existent, mais ils restent dispersés ou vieillissants et obligent à saisir plusieurs fois les mêmes informations.",
        recommendations: [
          {
            text: "Faites la liste de votre matériel et prévoyez le remplacement des appareils les plus anciens.",
          },
          {
            text: "Proposez l'adhésion et les dons en ligne avec un service gratuit pour les associations.",
            link: resources.helloasso,
          },
          {
            text: "Faites-vous accompagner pour choisir un logiciel de gestion des adhérent·es adapté à votre structure.",
            link: scoping,
          },
        ],
      },
      solid: {
        summary:
          "Votre équipe dispose d'outils adaptés et bien utilisés : l'enjeu est maintenant de les relier entre eux.",
        recommendations: [
          {
            text: "Reliez vos outils d'adhésion, de dons et de comptabilité pour ne plus rien saisir deux fois.",
            link: production,
          },
          {
            text: "Fixez un calendrier d'entretien et de renouvellement du matériel.",
          },
          {
            text: "Faites le point chaque année avec l'équipe et arrêtez les outils qui ne servent plus.",
          },
        ],
      },
    },
    online_presence: {
      priority: {
        summary:
          "Vos publics et vos partenaires trouvent difficilement des informations à jour sur votre structure en ligne.",
        recommendations: [
          {
            text: "Vérifiez et corrigez vos horaires, votre adresse et vos contacts partout où ils apparaissent en ligne.",
          },
          {
            text: "Créez une page simple qui présente votre action, vos horaires et un moyen de vous contacter.",
            link: resources.francenum,
          },
          {
            text: "Choisissez un seul canal, celui où se trouvent vos publics, et publiez-y une fois par mois.",
          },
        ],
      },
      progressing: {
        summary:
          "Vous êtes présents en ligne, mais de façon irrégulière et sans savoir ce qui fonctionne.",
        recommendations: [
          {
            text: "Préparez un calendrier de publication simple pour les trois prochains mois.",
          },
          {
            text: "Notez chaque mois deux ou trois chiffres simples : visites du site, abonné·es, ouvertures de la lettre.",
          },
          {
            text: "Si votre site est ancien, faites cadrer sa refonte avec un accompagnement avant de choisir un prestataire.",
            link: scoping,
          },
        ],
      },
      solid: {
        summary:
          "Votre communication en ligne est régulière et suivie : vous pouvez la rendre plus utile à votre action.",
        recommendations: [
          {
            text: "Permettez d'agir directement depuis votre site : s'inscrire, adhérer ou donner.",
            link: resources.helloasso,
          },
          {
            text: "Vérifiez que votre site est utilisable par tous, y compris par les personnes handicapées.",
            link: resources.accessibilite,
          },
          {
            text: "Gardez les contenus que vos indicateurs montrent utiles et arrêtez ceux qui ne sont pas lus.",
          },
        ],
      },
    },
    data: {
      priority: {
        summary:
          "Les données personnelles que vous collectez ne sont pas encore recensées ni protégées comme le demande le RGPD.",
        recommendations: [
          {
            text: "Listez les données personnelles que vous collectez, pourquoi et qui y a accès : c'est le début de votre registre.",
            link: resources.cnil,
          },
          {
            text: "Ajoutez sur chaque formulaire une courte phrase qui explique à quoi servent les données demandées.",
            link: resources.cnil,
          },
          {
            text: "Rangez vos fichiers importants dans un espace partagé de la structure plutôt que sur des ordinateurs personnels.",
          },
        ],
      },
      progressing: {
        summary:
          "Vous avez de premières règles pour vos données, mais elles sont incomplètes et les données servent peu à piloter votre action.",
        recommendations: [
          {
            text: "Fixez une durée de conservation pour chaque type de données et supprimez ce qui est trop ancien.",
            link: resources.cnil,
          },
          {
            text: "Suivez chaque mois trois ou quatre chiffres clés de votre activité dans un même tableur partagé.",
          },
          {
            text: "Réglez les droits d'accès de vos dossiers partagés selon le rôle de chaque personne.",
          },
        ],
      },
      solid: {
        summary:
          "Vos données sont protégées et vous aident à décider : l'enjeu est de tenir ce niveau dans la durée.",
        recommendations: [
          {
            text: "Relisez votre registre des traitements une fois par an et notez la date de mise à jour.",
          },
          {
            text: "Écrivez une procédure courte pour répondre aux demandes d'accès ou de suppression des personnes.",
            link: resources.cnil,
          },
          {
            text: "Construisez avec un accompagnement un tableau de bord partagé avec le bureau.",
            link: production,
          },
        ],
      },
    },
    security: {
      priority: {
        summary:
          "Vos données et vos comptes sont exposés : une panne, un vol ou une arnaque pourrait bloquer votre activité.",
        recommendations: [
          {
            text: "Mettez en place une sauvegarde automatique de vos documents et testez une restauration.",
            link: resources.cybermalveillance,
          },
          {
            text: "Utilisez un gestionnaire de mots de passe, avec un mot de passe différent pour chaque compte.",
            link: resources.cybermalveillance,
          },
          {
            text: "Retirez les accès d'une personne le jour même où elle quitte la structure.",
          },
        ],
      },
      progressing: {
        summary:
          "Les bons réflexes existent en partie, mais ils reposent sur quelques personnes et ne sont pas écrits.",
        recommendations: [
          {
            text: "Activez la double authentification sur la messagerie et sur le compte bancaire de la structure.",
            link: resources.cybermalveillance,
          },
          {
            text: "Écrivez la liste des accès à ouvrir et à fermer à chaque arrivée et à chaque départ.",
          },
          {
            text: "Faites suivre à l'équipe une courte formation gratuite pour reconnaître les arnaques.",
            link: resources.secnumacademie,
          },
        ],
      },
      solid: {
        summary: "Votre sécurité est bien organisée : il reste à la vérifier régulièrement.",
        recommendations: [
          {
            text: "Testez la restauration d'une sauvegarde une fois par an, à date fixe.",
          },
          {
            text: "Renouvelez chaque année la sensibilisation aux arnaques, en y invitant les nouveaux bénévoles.",
            link: resources.cybermalveillance,
          },
          {
            text: "Écrivez la conduite à tenir en cas d'incident : qui appeler, quoi couper, qui prévenir.",
            link: resources.cybermalveillance,
          },
        ],
      },
    },
    skills: {
      priority: {
        summary:
          "Une grande partie de l'équipe est mal à l'aise avec les outils numériques et reste seule face aux difficultés.",
        recommendations: [
          {
            text: "Faites évaluer gratuitement les compétences numériques de chacun pour savoir par quoi commencer.",
            link: resources.pix,
          },
          {
            text: "Proposez aux personnes les moins à l'aise des formations gratuites aux bases du numérique.",
            link: resources.lesbonsclics,
          },
          {
            text: "Désignez une personne de l'équipe à qui demander de l'aide quand un outil bloque.",
          },
        ],
      },
      progressing: {
        summary:
          "Votre équipe se débrouille, mais les compétences restent inégales et les formations sont ponctuelles.",
        recommendations: [
          {
            text: "Recensez les besoins de formation de l'équipe et choisissez deux formations prioritaires pour l'année.",
          },
          {
            text: "Rédigez une fiche pratique d'une page pour chacun des outils les plus utilisés.",
          },
          {
            text: "Prévoyez un temps de présentation et de prise en main pour chaque nouvel outil.",
          },
        ],
      },
      solid: {
        summary:
          "Votre équipe est à l'aise et s'entraide : vous pouvez en faire une force durable.",
        recommendations: [
          {
            text: "Écrivez un plan de formation annuel qui inclut aussi les bénévoles.",
          },
          {
            text: "Associez les futurs utilisateurs au choix et à l'essai de chaque nouvel outil.",
          },
          {
            text: "Faites reconnaître les compétences acquises par une certification gratuite.",
            link: resources.pix,
          },
        ],
      },
    },
    beneficiaries: {
      priority: {
        summary:
          "Le numérique aide encore peu vos publics : les démarches se font surtout sur place ou par téléphone.",
        recommendations: [
          {
            text: "Proposez l'inscription ou la prise de rendez-vous par un formulaire en ligne simple, en gardant l'accueil sur place.",
          },
          {
            text: "Repérez à l'accueil, avec quelques questions simples, les personnes en difficulté avec le numérique.",
          },
          {
            text: "Orientez les personnes qui ont besoin d'aide vers un lieu de médiation numérique proche de chez elles.",
            link: resources.societenumerique,
          },
        ],
      },
      progressing: {
        summary:
          "Vos publics peuvent faire certaines démarches à distance, mais vous connaissez encore mal leurs besoins numériques.",
        recommendations: [
          {
            text: "Notez régulièrement le niveau d'aisance numérique des personnes accueillies pour adapter vos services.",
          },
          {
            text: "Si vous faites des démarches en ligne à la place de vos publics, utilisez un cadre sécurisé prévu pour cela.",
            link: resources.aidantsconnect,
          },
          {
            text: "Listez les tâches administratives répétitives qu'un outil pourrait simplifier, puis faites cadrer ce projet.",
            link: scoping,
          },
        ],
      },
      solid: {
        summary:
          "Le numérique vous fait gagner du temps auprès de vos publics, sans fermer la porte à ceux qui en sont éloignés.",
        recommendations: [
          {
            text: "Mesurez le temps gagné et montrez dans votre rapport d'activité comment il est réinvesti auprès des publics.",
          },
          {
            text: "Nouez un partenariat avec un lieu de médiation numérique pour accompagner vos publics.",
            link: resources.societenumerique,
          },
          {
            text: "Créez un service en ligne adapté à vos publics avec un accompagnement à la réalisation.",
            link: production,
          },
        ],
      },
    },
    responsible: {
      priority: {
        summary:
          "La durée de vie du matériel, l'accessibilité et l'éthique des outils ne sont pas encore prises en compte.",
        recommendations: [
          {
            text: "Faites réparer un appareil en panne ou achetez du reconditionné avant d'acheter neuf.",
            link: resources.solidatech,
          },
          {
            text: "Donnez ou faites recycler le matériel qui ne vous sert plus au lieu de le stocker.",
          },
          {
            text: "Ajoutez une courte description à chaque image que vous publiez en ligne.",
            link: resources.accessibilite,
          },
        ],
      },
      progressing: {
        summary:
          "Vous avez de bons gestes, mais ils ne sont pas encore des règles partagées par toute l'équipe.",
        recommendations: [
          {
            text: "Écrivez trois règles simples : pas de doublons, un lien plutôt qu'une pièce jointe lourde, des envois ciblés.",
          },
          {
            text: "Avant de choisir un outil, vérifiez où sont hébergées les données et s'il existe un logiciel libre équivalent.",
            link: resources.framasoft,
          },
          {
            text: "Vérifiez les contrastes et la lisibilité de vos documents avant de les diffuser.",
            link: resources.accessibilite,
          },
        ],
      },
      solid: {
        summary:
          "Le numérique responsable fait partie de vos habitudes : vous pouvez l'écrire et le partager.",
        recommendations: [
          {
            text: "Écrivez vos critères de choix des outils (hébergement, logiciels libres, sobriété) et appliquez-les à chaque achat.",
          },
          {
            text: "Faites vérifier l'accessibilité de votre site selon le référentiel officiel.",
            link: resources.accessibilite,
          },
          {
            text: "Prévoyez un nettoyage annuel de vos espaces de stockage et de vos listes d'envoi.",
          },
        ],
      },
    },
  },
  nextStepReasons: {
    no_project:
      "Vous n'avez pas encore de projet numérique précis : un diagnostic complet, fait avec un·e accompagnateur·rice, vous aidera à repérer vos besoins et vos priorités.",
    low_maturity:
      "Votre score global montre que les bases restent à poser : un diagnostic complet accompagné vous aidera à choisir par où commencer avant de lancer un projet.",
    idea_to_specify:
      "Vous avez une idée de projet : l'accompagnement au cadrage vous aidera à la préciser et à rédiger son cahier des charges.",
    specified_with_owner:
      "Votre projet est décrit dans un cahier des charges et une personne peut le porter : vous pouvez demander un accompagnement à sa réalisation.",
    specified_without_owner:
      "Votre projet est décrit, mais personne ne peut encore le porter dans la structure : le cadrage vous aidera à organiser son pilotage avant de le réaliser.",
  },
  maturityLevels: {
    debutant: {
      label: "Premiers pas",
      description:
        "Le numérique est encore peu présent dans votre structure : quelques actions simples vous feront progresser vite.",
    },
    en_construction: {
      label: "En construction",
      description:
        "Des outils et des habitudes existent, mais ils restent à organiser et à partager dans toute la structure.",
    },
    intermediaire: {
      label: "Intermédiaire",
      description:
        "Le numérique est bien installé dans votre fonctionnement : il reste à le consolider et à l'inscrire dans un plan.",
    },
    avance: {
      label: "Avancé",
      description:
        "Le numérique est un atout maîtrisé de votre structure : vous pouvez viser des projets plus ambitieux et partager votre expérience.",
    },
  },
};
