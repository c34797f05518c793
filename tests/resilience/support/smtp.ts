/**
 * A local SMTP server (the `smtp-server` package) that can be stopped and started again on the
 * same port, recording every message it accepted (recipient and subject).
 */
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "../../support/spawn-server";

export type ReceivedMail = { to: string; subject: string };

export type TestSmtp = {
  url: string;
  received: ReceivedMail[];
  /** Connection attempts refused while stopped are not counted: nothing listens. */
  stop(): Promise<void>;
  start(): Promise<void>;
};

export async function startTestSmtp(): Promise<TestSmtp> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = null;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const next = new SMTPServer({
        authOptional: true,
        // Plain SMTP on loopback: no STARTTLS for nodemailer to try with a self-signed cert.
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        onData(stream, session, callback) {
          simpleParser(stream)
            .then((mail) => {
              for (const recipient of session.envelope.rcptTo) {
                received.push({ to: recipient.address, subject: mail.subject ?? "" });
              }
              callback();
            })
            .catch(callback);
        },
      });
      next.on("error", () => {});
      next.listen(port, "127.0.0.1", () => {
        server = next;
        resolve();
      });
      next.server.once("error", reject);
    });

  await start();
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        const current = server;
        server = null;
        if (!current) return resolve();
        current.close(() => resolve());
      }),
    async start() {
      if (!server) await start();
    },
  };
}
