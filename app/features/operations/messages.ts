// Messages of the operations feature: what administrators watch to keep the service running.
import type { Messages } from "~/platform/i18n/types";

export const fr = {
  "operations.jobs.title": "Tâches en échec",
  "operations.jobs.intro":
    "Les tâches de fond (courriels, exports, rappels, purges) sont réessayées automatiquement, avec une attente de plus en plus longue. Celles qui ont échoué à chaque tentative attendent ici : corrigez la cause (serveur de courriel, stockage…), puis relancez-les.",
  "operations.jobs.empty": "Aucune tâche en échec. Tout ce qui devait partir est parti.",
  "operations.jobs.count": "{count} tâche(s) en échec",
  "operations.jobs.shown": "Les {shown} plus récentes sont affichées.",
  "operations.jobs.name": "Tâche",
  "operations.jobs.error": "Dernière erreur",
  "operations.jobs.attempts": "Tentatives",
  "operations.jobs.createdAt": "Créée le",
  "operations.jobs.failedAt": "Dernier échec le",
  "operations.jobs.action": "Action",
  "operations.jobs.retry": "Relancer",
  "operations.jobs.retryLabel": "Relancer la tâche {name} créée le {date}",
  "operations.jobs.retried":
    "La tâche est relancée : elle repart dans quelques secondes. Si elle échoue encore, elle reviendra dans cette liste.",
  "operations.jobs.notFailed":
    "Cette tâche n'est plus en échec : elle a déjà été relancée ou a été supprimée.",
  "operations.jobs.invalidJob": "Choisissez une tâche de la liste.",
  "operations.jobs.kind.send-email": "Envoi d'un courriel",
  "operations.jobs.kind.purge-anonymous-diagnostics": "Purge des diagnostics anonymes",
  "operations.jobs.kind.export-review-inbox": "Export de la liste d'instruction",
  "operations.jobs.kind.send-digests": "Envoi des résumés quotidiens",
  "operations.jobs.kind.information-reminder": "Rappel des demandes de compléments",
  "operations.jobs.back": "Administration",
} as const;

export const en: Messages<typeof fr> = {
  "operations.jobs.title": "Failed jobs",
  "operations.jobs.intro":
    "Background jobs (e-mails, exports, reminders, purges) are retried automatically, waiting longer each time. Those that failed at every attempt wait here: fix the cause (mail server, storage…), then retry them.",
  "operations.jobs.empty": "No failed job. Everything that had to go out went out.",
  "operations.jobs.count": "{count} failed job(s)",
  "operations.jobs.shown": "The {shown} most recent are shown.",
  "operations.jobs.name": "Job",
  "operations.jobs.error": "Last error",
  "operations.jobs.attempts": "Attempts",
  "operations.jobs.createdAt": "Created on",
  "operations.jobs.failedAt": "Last failed on",
  "operations.jobs.action": "Action",
  "operations.jobs.retry": "Retry",
  "operations.jobs.retryLabel": "Retry the job {name} created on {date}",
  "operations.jobs.retried":
    "The job is retried: it starts again in a few seconds. If it fails again, it comes back to this list.",
  "operations.jobs.notFailed": "This job is no longer failed: it was already retried or removed.",
  "operations.jobs.invalidJob": "Choose a job from the list.",
  "operations.jobs.kind.send-email": "Sending an e-mail",
  "operations.jobs.kind.purge-anonymous-diagnostics": "Purging anonymous diagnostics",
  "operations.jobs.kind.export-review-inbox": "Exporting the review list",
  "operations.jobs.kind.send-digests": "Sending the daily digests",
  "operations.jobs.kind.information-reminder": "Reminding of information requests",
  "operations.jobs.back": "Administration",
};
