import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutbox } from "./outbox.server";
import { createOutboxTransport, createSmtpTransport } from "./transport.server";

const received: { to: string; subject: string; text: string }[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(","),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mail transports", () => {
  it("sends through a real SMTP server and the message arrives intact", async () => {
    const transport = createSmtpTransport(
      `smtp://127.0.0.1:${port}`,
      "Digit'ESS <test@digitess.localhost>",
    );
    await transport.send({
      to: "nadia@association.fr",
      subject: "Votre candidature a bien été reçue",
      text: "Bonjour,\nNous avons reçu votre dossier « Le Toit Partagé ».",
    });
    expect(received).toEqual([
      {
        to: "nadia@association.fr",
        subject: "Votre candidature a bien été reçue",
        text: "Bonjour,\nNous avons reçu votre dossier « Le Toit Partagé ».\n",
      },
    ]);
  });

  it("writes .eml files to the outbox and reads them back, newest first", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "digitess-outbox-"));
    const transport = createOutboxTransport(dir, "Digit'ESS <test@digitess.localhost>");
    expect(await readOutbox(dir)).toEqual([]);
    await transport.send({ to: "a@asso.fr", subject: "Premier", text: "un" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await transport.send({ to: "b@asso.fr", subject: "Deuxième é", text: "deux" });
    const messages = await readOutbox(dir);
    expect(messages.map((m) => [m.to, m.subject, m.text.trim()])).toEqual([
      ["b@asso.fr", "Deuxième é", "deux"],
      ["a@asso.fr", "Premier", "un"],
    ]);
  });
});
