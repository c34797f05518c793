import { describe, expect, it } from "vitest";
import { sessionPreparedEmail, sessionPreparedLine } from "./session-prepared";

const input = {
  programme: "Digit'ESS",
  date: "14 janvier 2027 à 14:00",
  members: 2,
  items: 3,
  hasPlace: true,
  url: "https://digitess.example/comites/1",
};

describe("the e-mail telling preparers a session was prepared", () => {
  it("names the programme, the date, the members, the agenda and the link", () => {
    const mail = sessionPreparedEmail(input);
    expect(mail.subject).toBe("Séance du comité préparée : Digit'ESS, 14 janvier 2027 à 14:00");
    expect(mail.text).toContain("Membres repris de la séance précédente : 2.");
    expect(mail.text).toContain("les plus anciennes d'abord) : 3.");
    expect(mail.text).toContain("Lieu et visioconférence repris de la séance précédente.");
    expect(mail.text).toContain("Pour la voir : https://digitess.example/comites/1");
  });

  it("says when there are no members and no place, in English too", () => {
    const empty = { ...input, members: 0, hasPlace: false };
    const fr = sessionPreparedEmail(empty);
    expect(fr.text).toContain("Aucun membre : il n'y a pas de séance précédente.");
    expect(fr.text).toContain("Le lieu de la séance reste à préciser");
    const en = sessionPreparedEmail(empty, "en");
    expect(en.subject).toBe("Committee session prepared: Digit'ESS, 14 janvier 2027 à 14:00");
    expect(en.text).toContain("No members: there is no previous session.");
  });

  it("writes the digest line", () => {
    expect(sessionPreparedLine(input)).toBe(
      "La séance du comité du 14 janvier 2027 à 14:00 (Digit'ESS) est préparée : 3 candidature(s) à l'ordre du jour.",
    );
  });
});
