import { describe, expect, it } from "vitest";
import { type InvitationEmailInput, invitationEmail } from "./invitation";

const input: InvitationEmailInput = {
  kind: "invite",
  name: "Mathis Payet",
  programme: "Digit'ESS 2027",
  day: "jeudi 14 janvier 2027",
  when: "jeudi 14 janvier 2027 à 14 h 00 (heure de Paris), 17 h 00 à La Réunion",
  place: "Maison de l'ESS",
  videoLink: null,
  items: 3,
  preReviewOpen: true,
  url: "https://digitess.example/comites/abc",
};

describe("invitation e-mail", () => {
  it("invites with the member's time, the place, the agenda's size and the link", () => {
    const mail = invitationEmail(input);
    expect(mail.subject).toBe("Invitation au comité Digit'ESS 2027 : jeudi 14 janvier 2027");
    expect(mail.text).toContain("Bonjour Mathis Payet,");
    expect(mail.text).toContain("17 h 00 à La Réunion");
    expect(mail.text).toContain("Lieu : Maison de l'ESS");
    expect(mail.text).not.toContain("Visioconférence");
    expect(mail.text).toContain("3 candidature(s) à l'ordre du jour.");
    expect(mail.text).toContain("Le pré-examen est ouvert");
    expect(mail.text).toContain("invitation.ics");
    expect(mail.text).toContain("https://digitess.example/comites/abc");
  });

  it("gives the video link, or says the place is to come", () => {
    const video = invitationEmail({ ...input, place: null, videoLink: "https://visio.example/x" });
    expect(video.text).toContain("Visioconférence : https://visio.example/x");
    expect(video.text).not.toContain("Lieu :");
    const neither = invitationEmail({ ...input, place: null, videoLink: null });
    expect(neither.text).toContain("Le lieu de la séance vous sera précisé.");
  });

  it("says what changed in an update and what a cancellation does", () => {
    const update = invitationEmail({ ...input, kind: "update" });
    expect(update.subject).toBe(
      "Séance du comité modifiée : Digit'ESS 2027, jeudi 14 janvier 2027",
    );
    expect(update.text).toContain("a changé : elle a lieu jeudi 14 janvier 2027");
    const cancel = invitationEmail({ ...input, kind: "cancel" });
    expect(cancel.subject).toBe(
      "Vous ne siégez plus au comité Digit'ESS 2027 du jeudi 14 janvier 2027",
    );
    expect(cancel.text).toContain("Vous ne faites plus partie des membres");
    expect(cancel.text).toContain("retire la séance de votre agenda");
    expect(cancel.text).not.toContain("https://digitess.example/comites/abc");
  });

  it("writes English for an English reader", () => {
    expect(invitationEmail({ ...input, kind: "update" }, "en").subject).toBe(
      "Committee session changed: Digit'ESS 2027, jeudi 14 janvier 2027",
    );
  });
});
