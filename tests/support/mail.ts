/** Reads the last mail sent to an address from an outbox directory (tests only). */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";
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

/** Every .eml of the outbox to `to`, parsed with its attachments (mailparser). */
export async function parsedMailsTo(outboxDir: string, to: string) {
  const files = (await readdir(outboxDir).catch(() => [] as string[])).filter((f) =>
    f.endsWith(".eml"),
  );
  const parsed = await Promise.all(
    files.map(async (file) => simpleParser(await readFile(path.join(outboxDir, file)))),
  );
  return parsed.filter((mail) => {
    const address = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(",") : mail.to?.text;
    return (address ?? "").includes(to);
  });
}
