/**
 * Demo mode: prints the last e-mail written to the outbox for an address, decoded (the .eml files
 * are quoted-printable, so a link copied from one is broken):
 *   npm run mail:last -- nadia@example.org
 * Reads DATA_DIR/mail only, so it works while the app runs.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { readOutbox } from "../app/platform/email/outbox.server";
import { getEnv } from "../app/platform/env.server";
import { formatMail, lastMailTo } from "./mail-last-format";

if (existsSync(".env")) process.loadEnvFile(".env");
const address = process.argv[2];
if (!address) {
  console.error("Usage : npm run mail:last -- <adresse électronique>");
  process.exit(2);
}
const outbox = path.join(getEnv().DATA_DIR, "mail");
const mail = lastMailTo(await readOutbox(outbox, 1000), address);
if (!mail) {
  console.error(
    `Aucun courriel pour ${address} dans ${outbox}. Vérifiez l'adresse, ou que l'application tourne en mode démonstration (sans SMTP_URL).`,
  );
  process.exit(1);
}
console.log(formatMail(mail));
