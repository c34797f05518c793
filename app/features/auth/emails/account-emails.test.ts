import { describe, expect, it } from "vitest";
import { magicLinkEmail, resetPasswordEmail, verifyAddressEmail } from "./account-emails";

const url = "https://digitess.example/api/auth/verify?token=abc";

describe("account e-mails", () => {
  it("carry the link as the first URL of the text, in French by default", () => {
    const verify = verifyAddressEmail({ name: "Nadia", url });
    expect(verify.subject).toBe("Confirmez votre adresse pour Digit'ESS");
    expect(verify.text.startsWith("Bonjour Nadia,\n\n")).toBe(true);
    expect(/https?:\/\/\S+/.exec(verify.text)?.[0]).toBe(url);
    expect(resetPasswordEmail({ name: "Nadia", url }).text).toContain("valable une heure");
    expect(magicLinkEmail({ url }).html).toContain(`<a href="${url}">`);
  });

  it("speak English to an English reader", () => {
    expect(magicLinkEmail({ url }, "en").subject).not.toBe(magicLinkEmail({ url }).subject);
  });
});
