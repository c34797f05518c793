import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutbox } from "./outbox.server";
import { createOutboxTransport, createSmtpTransport } from "./transport.server";

const received: { to: string; subject: string; text: string }[] = [];
const receivedAttachments: { filename?: string; contentType: string; content: Buffer }[] = [];
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
          receivedAttachments.push(...mail.attachments);
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

  it("carries attachments, byte for byte, in the outbox .eml and over SMTP", async () => {
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x80, 0x0a]);
    const mail = {
      to: "nadia@association.fr",
      subject: "Décision du comité",
      text: "Bonjour,\nLa lettre de décision est jointe.",
      attachments: [
        { filename: "decision-DE-2027-00007.pdf", contentType: "application/pdf", content: pdf },
        {
          filename: "seance.ics",
          contentType: "text/calendar; charset=utf-8",
          content: Buffer.from("BEGIN:VCALENDAR\r\nSUMMARY:Comité\r\nEND:VCALENDAR\r\n"),
        },
      ],
    };
    const dir = mkdtempSync(path.join(tmpdir(), "digitess-outbox-"));
    await createOutboxTransport(dir, "Digit'ESS <test@digitess.localhost>").send(mail);
    const [file] = readdirSync(dir);
    const parsed = await simpleParser(readFileSync(path.join(dir, file as string)));
    expect(parsed.text?.trim()).toBe("Bonjour,\nLa lettre de décision est jointe.");
    expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["decision-DE-2027-00007.pdf", "application/pdf"],
      ["seance.ics", "text/calendar"],
    ]);
    expect(parsed.attachments[0]?.content.equals(pdf)).toBe(true);
    expect(parsed.attachments[1]?.content.toString("utf8")).toContain("SUMMARY:Comité");

    receivedAttachments.length = 0;
    await createSmtpTransport(
      `smtp://127.0.0.1:${port}`,
      "Digit'ESS <test@digitess.localhost>",
    ).send(mail);
    expect(receivedAttachments.map((a) => a.filename)).toEqual([
      "decision-DE-2027-00007.pdf",
      "seance.ics",
    ]);
    expect(receivedAttachments[0]?.content.equals(pdf)).toBe(true);
  });
});
