// The documents of a closed session, enqueued by closing (`closing`: the minutes, every letter
// and the decision e-mails with their letter) and by an amendment (`amendment`: the corrected
// letter and its e-mail), in the command's transaction. Idempotent: the same file-store keys are
// overwritten and each decision's e-mail is enqueued once (closing-documents.server.ts). Retried
// for hours, like a mail: a file store down must not lose the applicants' letters.
import { defineJob } from "~/platform/jobs/define-job";
import { produceAmendedLetter, produceClosingDocuments } from "../closing-documents.server";
import { closingDocumentsTask } from "./closing-documents-task";

export const closingDocumentsJob = defineJob({
  ...closingDocumentsTask,
  retryLimit: 12,
  retryDelaySeconds: 15,
  async handle(payload, { db, storage, jobs, appUrl, logger }) {
    const deps = { db, storage, jobs, appUrl };
    if (payload.kind === "closing") {
      const done = await produceClosingDocuments({ ...deps, sessionId: payload.sessionId });
      logger.info({ sessionId: payload.sessionId, ...done }, "committee closing documents stored");
      return;
    }
    const mailed = await produceAmendedLetter({ ...deps, ...payload });
    logger.info({ itemId: payload.itemId, mailed }, "committee amended letter stored");
  },
});
