import { describe, expect, it } from "vitest";
import { formatMail, lastMailTo } from "./mail-last-format";

const message = (to: string, subject: string, text = "") => ({
  file: `${subject}.eml`,
  to,
  subject,
  date: new Date("2026-12-02T08:00:00Z"),
  text,
});

describe("npm run mail:last", () => {
  it("takes the newest message to the address, whatever its case", () => {
    const messages = [
      message("Other <other@example.org>", "newest, other"),
      message("Nadia <Nadia@Example.org>", "newest for Nadia"),
      message("nadia@example.org", "older for Nadia"),
    ];
    expect(lastMailTo(messages, " nadia@example.ORG ")?.subject).toBe("newest for Nadia");
    expect(lastMailTo(messages, "nobody@example.org")).toBeNull();
  });

  it("prints the decoded text and lists each link whole", () => {
    const printed = formatMail(
      message(
        "nadia@example.org",
        "Confirmez votre adresse",
        "Bonjour,\nOuvrez http://localhost:3000/api/auth/verify-email?token=abc.def&callbackURL=%2Fespace pour confirmer.\nOu http://localhost:3000/api/auth/verify-email?token=abc.def&callbackURL=%2Fespace",
      ),
    );
    expect(printed).toContain("Objet : Confirmez votre adresse");
    expect(printed).toContain("Date : 2026-12-02T08:00:00.000Z");
    expect(printed.split("Liens :")[1]?.trim()).toBe(
      "http://localhost:3000/api/auth/verify-email?token=abc.def&callbackURL=%2Fespace",
    );
  });

  it("has no link section for a message without links", () => {
    expect(formatMail(message("a@b.fr", "Sans lien", "Bonjour"))).not.toContain("Liens");
  });
});
