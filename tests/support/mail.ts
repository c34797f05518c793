/** Reads the last mail sent to an address from an outbox directory (tests only). */
import { readOutbox } from "../../app/platform/email/outbox.server";
import { eventually } from "./test-services";

/**
 * Waits for a mail to `to` (up to 30 s: the job that sends it shares two cores with the whole
 * suite) and returns it with the first link of its text.
 */
export async function waitForMail(outboxDir: string, to: string, subjectIncludes = "") {
  const mail = await eventually(
    async () =>
      (await readOutbox(outboxDir)).find(
        (m) => m.to.includes(to) && m.subject.includes(subjectIncludes),
      ),
    30_000,
  );
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0] ?? null;
  return { ...mail, link };
}
