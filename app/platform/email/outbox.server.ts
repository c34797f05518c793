/** Reads the on-disk outbox (demo mode and tests): the newest messages first, parsed. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

export type OutboxMessage = {
  file: string;
  to: string;
  subject: string;
  date: Date | null;
  text: string;
};

/** Lists the messages of an outbox directory, newest first (empty when it does not exist). */
export async function readOutbox(outboxDir: string, limit = 100): Promise<OutboxMessage[]> {
  let files: string[];
  try {
    files = (await readdir(outboxDir)).filter((file) => file.endsWith(".eml"));
  } catch {
    return [];
  }
  files.sort().reverse();
  return Promise.all(files.slice(0, limit).map((file) => readOutboxMessage(outboxDir, file)));
}

/** Parses one .eml file of the outbox. */
export async function readOutboxMessage(outboxDir: string, file: string): Promise<OutboxMessage> {
  const parsed = await simpleParser(await readFile(path.join(outboxDir, path.basename(file))));
  const to = Array.isArray(parsed.to)
    ? parsed.to.map((a) => a.text).join(", ")
    : (parsed.to?.text ?? "");
  return {
    file: path.basename(file),
    to,
    subject: parsed.subject ?? "",
    date: parsed.date ?? null,
    text: parsed.text ?? "",
  };
}
