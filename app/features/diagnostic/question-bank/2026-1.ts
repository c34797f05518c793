import type { QuestionBank } from "./types";

/** Question bank "2026-1": 8 dimensions of 4 questions (levels 0-4) and the next-step questions. */
export const questionBank2026_1 = {
  version: "2026-1",
  notApplicableLabel: "Non concerné",
  dimensions: [
    {
      id: "strategy",
      title: "Stratégie et gouvernance du numérique",
      questions: [
        {
          id: "S1",
          text: "Le numérique est-il abordé par vos instances (bureau, conseil d'administration) ?",
          labels: [
            "Jamais",
            "Rarement, quand un problème survient",
            "Une fois par an environ",
            "Régulièrement, avec des décisions",
            "Il fait partie du projet associatif écrit, avec des objectifs suivis",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "S2",
          text: "Une personne est-elle identifiée pour les sujets numériques ?",
          labels: [
            "Personne",
            "Chacun fait comme il peut",
            "Un·e bénévole de bonne volonté",
            "Une personne référente avec du temps dédié",
            "Une personne référente et un budget dédié",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "S3",
          text: "Consacrez-vous un budget au numérique (matériel, logiciels, prestations, formation) ?",
          labels: [
            "Aucun",
            "Seulement en cas de panne",
            "Un petit budget non planifié",
            "Un budget annuel prévu",
            "Un budget annuel prévu et des financements recherchés pour des projets",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "S4",
          text: "Savez-vous ce que le numérique pourrait améliorer dans votre action ?",
          labels: [
            "Non",
            "Nous avons quelques intuitions",
            "Nous avons listé nos besoins",
            "Nous avons priorisé nos besoins",
            "Nous avons un plan d'action daté",
          ],
          allowsNotApplicable: false,
        },
      ],
    },
    {
      id: "equipment",
      title: "Équipement et outils de travail",
      questions: [
        {
          id: "E1",
          text: "Votre équipe dispose-t-elle du matériel nécessaire (ordinateurs, téléphones, connexion) ?",
          labels: [
            "Non, chacun utilise son matériel personnel",
            "Du matériel ancien ou partagé en nombre insuffisant",
            "Le minimum, mais vieillissant",
            "Un matériel adapté pour les salarié·es",
            "Un matériel adapté pour tous, renouvelé et entretenu",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "E2",
          text: "Comment travaillez-vous sur vos documents à plusieurs ?",
          labels: [
            "Par clé USB ou papier",
            "Par pièces jointes de courriels",
            "Un dossier partagé en ligne peu organisé",
            "Un espace partagé organisé avec des droits",
            "Une suite collaborative utilisée par tous (documents, agenda, visio)",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "E3",
          text: "Comment gérez-vous vos adhérent·es, bénéficiaires ou contacts ?",
          labels: [
            "Sur papier",
            "Dans des tableurs dispersés",
            "Dans un tableur partagé unique",
            "Dans un logiciel de gestion adapté",
            "Dans un logiciel de gestion relié à vos autres outils (dons, adhésions, communication)",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "E4",
          text: "Comment gérez-vous la comptabilité, les adhésions et les dons ?",
          labels: [
            "Sur papier",
            "Avec un tableur",
            "Avec un logiciel de comptabilité seul",
            "Logiciel et paiement ou don en ligne",
            "Outils reliés entre eux, sans double saisie",
          ],
          allowsNotApplicable: false,
        },
      ],
    },
    {
      id: "online_presence",
      title: "Présence en ligne et communication",
      questions: [
        {
          id: "O1",
          text: "Votre structure a-t-elle un site internet ?",
          labels: [
            "Non",
            "Une page sur un annuaire ou un réseau social seulement",
            "Un site ancien, rarement mis à jour",
            "Un site à jour, que nous modifions nous-mêmes",
            "Un site à jour, accessible, qui permet d'agir (s'inscrire, adhérer, donner)",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "O2",
          text: "Utilisez-vous les réseaux sociaux ou une lettre d'information ?",
          labels: [
            "Non",
            "De façon occasionnelle",
            "Régulièrement sur un canal",
            "Régulièrement, avec un calendrier",
            "Avec un calendrier et un suivi de ce qui fonctionne",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "O3",
          text: "Vos publics trouvent-ils facilement vos informations pratiques en ligne (horaires, lieux, contacts) ?",
          labels: [
            "Non",
            "Partiellement, parfois fausses",
            "Oui, sur un seul support",
            "Oui, à jour sur plusieurs supports",
            "Oui, à jour, et dans des annuaires publics (cartographies, plateformes locales)",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "O4",
          text: "Savez-vous qui consulte vos contenus en ligne ?",
          labels: [
            "Non",
            "Nous voyons quelques chiffres sans les lire",
            "Nous regardons parfois les statistiques",
            "Nous suivons quelques indicateurs",
            "Nous ajustons notre communication selon ces indicateurs",
          ],
          allowsNotApplicable: false,
        },
      ],
    },
    {
      id: "data",
      title: "Données et protection des données personnelles (RGPD)",
      questions: [
        {
          id: "D1",
          text: "Savez-vous quelles données personnelles vous collectez et pourquoi ?",
          labels: [
            "Non",
            "Vaguement",
            "Nous en avons une idée",
            "Nous avons un registre des traitements",
            "Registre tenu à jour et durées de conservation appliquées",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "D2",
          text: "Les personnes concernées sont-elles informées de l'usage de leurs données ?",
          labels: [
            "Non",
            "Parfois, oralement",
            "Une mention sur certains formulaires",
            "Une mention sur tous les formulaires et une politique de confidentialité",
            "Idem, et une procédure pour répondre aux demandes (accès, suppression)",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "D3",
          text: "Utilisez-vous vos données pour piloter votre action (chiffres d'activité, bilans) ?",
          labels: [
            "Non",
            "Seulement pour le rapport annuel, à la main",
            "Quelques indicateurs suivis dans un tableur",
            "Des tableaux de bord réguliers",
            "Des tableaux de bord partagés qui guident les décisions",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "D4",
          text: "Où sont stockées vos données importantes ?",
          labels: [
            "Sur des ordinateurs personnels",
            "Sur un seul ordinateur de la structure",
            "Sur un espace en ligne sans règle d'accès",
            "Sur un espace en ligne avec droits d'accès",
            "Sur un espace avec droits d'accès, dont nous connaissons l'hébergeur et ses engagements",
          ],
          allowsNotApplicable: false,
        },
      ],
    },
    {
      id: "security",
      title: "Sécurité informatique",
      questions: [
        {
          id: "C1",
          text: "Faites-vous des sauvegardes de vos données ?",
          labels: [
            "Jamais",
            "De temps en temps, à la main",
            "Régulièrement, à la main",
            "Automatiquement",
            "Automatiquement, et nous avons déjà vérifié qu'une restauration fonctionne",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "C2",
          text: "Comment sont gérés les mots de passe ?",
          labels: [
            "Partagés sur papier ou par courriel",
            "Les mêmes pour tout",
            "Personnels mais réutilisés",
            "Personnels, différents, dans un gestionnaire",
            "Gestionnaire de mots de passe et double authentification sur les comptes importants",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "C3",
          text: "Que se passe-t-il quand un·e bénévole ou salarié·e part ?",
          labels: [
            "Rien de prévu",
            "Nous y pensons parfois",
            "Nous changeons certains mots de passe",
            "Ses accès sont retirés selon une liste",
            "Procédure écrite d'arrivée et de départ appliquée à chaque fois",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "C4",
          text: "Votre équipe sait-elle reconnaître une arnaque (hameçonnage, faux virement) ?",
          labels: [
            "Non",
            "Quelques personnes",
            "La plupart, sans formation",
            "Oui, après une sensibilisation",
            "Oui, sensibilisation régulière et conduite à tenir connue",
          ],
          allowsNotApplicable: false,
        },
      ],
    },
    {
      id: "skills",
      title: "Compétences des salarié·es et bénévoles",
      questions: [
        {
          id: "K1",
          // The guide writes "Quel est l'aisance": the feminine agreement is corrected here.
          text: "Quelle est l'aisance de votre équipe avec les outils numériques du quotidien ?",
          labels: [
            "Très faible",
            "Faible pour une grande partie",
            "Variable selon les personnes",
            "Bonne pour la plupart",
            "Bonne pour tous, avec des personnes ressources",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "K2",
          text: "Votre équipe s'est-elle formée au numérique ces deux dernières années ?",
          labels: [
            "Non",
            "Une personne, une fois",
            "Quelques personnes",
            "Une partie de l'équipe, sur des besoins identifiés",
            "Un plan de formation suivi, bénévoles inclus",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "K3",
          text: "Quand quelqu'un bloque sur un outil, que se passe-t-il ?",
          labels: [
            "Il abandonne",
            "Il se débrouille seul",
            "Il demande à un proche",
            "Une personne de l'équipe l'aide",
            "Des guides internes et une aide identifiée existent",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "K4",
          text: "Comment accueillez-vous un nouvel outil ?",
          labels: [
            "Nous évitons le changement",
            "Imposé sans accompagnement",
            "Présenté rapidement",
            "Présenté et accompagné",
            "Choisi avec les utilisateurs, testé, puis accompagné",
          ],
          allowsNotApplicable: false,
        },
      ],
    },
    {
      id: "beneficiaries",
      title: "Le numérique au service des publics",
      questions: [
        {
          id: "B1",
          text: "Vos publics peuvent-ils faire des démarches avec vous à distance (inscription, rendez-vous, suivi) ?",
          labels: [
            "Non",
            "Par téléphone seulement",
            "Par courriel",
            "Par un formulaire ou un outil en ligne",
            "En ligne, et sans exclure ceux qui ne le peuvent pas (accueil physique maintenu)",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "B2",
          text: "Connaissez-vous le niveau d'aisance numérique de vos publics ?",
          labels: [
            "Non",
            "Nous le supposons",
            "Nous l'observons au cas par cas",
            "Nous le repérons de façon organisée",
            "Nous le repérons et adaptons nos services",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "B3",
          text: "Aidez-vous vos publics dans leurs usages numériques ou les orientez-vous ?",
          labels: [
            "Non",
            "Parfois, de façon informelle",
            "Nous les orientons vers des lieux d'aide",
            "Nous les aidons nous-mêmes pour certaines démarches",
            "Nous proposons un accompagnement organisé ou en partenariat",
          ],
          allowsNotApplicable: true,
        },
        {
          id: "B4",
          text: "Le numérique vous fait-il gagner du temps pour vos publics ?",
          labels: [
            "Il nous en fait perdre",
            "Pas de différence",
            "Un peu, sur quelques tâches",
            "Oui, sur les tâches administratives",
            "Oui, et ce temps est réinvesti auprès des publics",
          ],
          allowsNotApplicable: false,
        },
      ],
    },
    {
      id: "responsible",
      title: "Numérique responsable et accessible",
      questions: [
        {
          id: "R1",
          text: "Faites-vous durer votre matériel (réparation, reconditionné, réemploi) ?",
          labels: [
            "Non",
            "Rarement",
            "Parfois",
            "Souvent",
            "C'est notre règle, y compris pour le matériel sortant (don, recyclage)",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "R2",
          text: "Vos contenus sont-ils accessibles aux personnes handicapées (textes alternatifs, contrastes, documents lisibles) ?",
          labels: [
            "Nous ne savons pas",
            "Non",
            "Quelques efforts",
            "Oui, sur le site principal",
            "Oui, vérifié, et pris en compte dans chaque nouveau contenu",
          ],
          allowsNotApplicable: true,
        },
        {
          id: "R3",
          text: "Choisissez-vous vos outils selon des critères éthiques (données hébergées en Europe, logiciels libres, sobriété) ?",
          labels: [
            "Jamais",
            "Rarement",
            "Parfois",
            "Souvent",
            "Toujours, avec des critères écrits",
          ],
          allowsNotApplicable: false,
        },
        {
          id: "R4",
          text: "Limitez-vous les usages inutiles (stockage de doublons, pièces jointes lourdes, envois massifs) ?",
          labels: [
            "Non",
            "Nous n'y pensons pas",
            "Quelques gestes",
            "Des règles partagées",
            "Des règles partagées et un nettoyage régulier",
          ],
          allowsNotApplicable: false,
        },
      ],
    },
  ],
  nextStepQuestions: [
    {
      id: "P1",
      text: "Avez-vous aujourd'hui un projet numérique précis ?",
      labels: ["Non", "Une idée à préciser", "Oui, décrit dans un cahier des charges"],
    },
    {
      id: "P2",
      text: "Qui porterait ce projet dans la structure ?",
      labels: ["Personne pour l'instant", "Un·e bénévole", "Un·e salarié·e ou une équipe"],
    },
  ],
} as const satisfies QuestionBank;
