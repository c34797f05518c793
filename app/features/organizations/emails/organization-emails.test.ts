import { describe, expect, it } from "vitest";
import { invitationMail, joinDecisionMail, joinRequestMail } from "./organization-emails";

describe("organisation e-mails", () => {
  it("invite with the link as the first URL of the text", () => {
    const mail = invitationMail({
      organization: "Le Toit Partagé",
      inviter: "Nadia Martin",
      url: "https://digitess.example/invitation/abc",
    });
    expect(mail.subject).toBe("Invitation à rejoindre Le Toit Partagé sur Digit'ESS");
    expect(mail.text).toContain("Nadia Martin vous invite à rejoindre l'espace de Le Toit Partagé");
    expect(/https?:\/\/\S+/.exec(mail.text)?.[0]).toBe("https://digitess.example/invitation/abc");
    expect(mail.text).toContain("14 jours");
  });

  it("quote the requester's message only when there is one, never as a template", () => {
    const base = {
      organization: "Le Toit Partagé",
      name: "Paul",
      email: "paul@exemple.fr",
      url: "https://digitess.example/espace/membres",
    };
    expect(joinRequestMail({ ...base, message: null }).text).not.toContain("Son message");
    const withMessage = joinRequestMail({ ...base, message: "Je suis trésorier {url}" });
    expect(withMessage.text).toContain("Son message : « Je suis trésorier {url} »");
    expect(withMessage.subject).toBe("Paul demande à rejoindre Le Toit Partagé");
  });

  it("tell the requester the answer", () => {
    const input = { name: "Paul", organization: "Le Toit Partagé", url: "u" };
    expect(joinDecisionMail({ ...input, accepted: true }).subject).toBe(
      "Vous avez rejoint Le Toit Partagé",
    );
    expect(joinDecisionMail({ ...input, accepted: false }).text).toContain("n'ont pas accepté");
  });
});
