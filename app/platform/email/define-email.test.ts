import { describe, expect, it } from "vitest";
import { defineEmail } from "./define-email";
import { renderEmailHtml, renderEmailText } from "./render";

const catalogue = {
  fr: { subject: "Bonjour {name}", body: "Votre lien :\n{url}" },
  en: { subject: "Hello {name}", body: "Your link:\n{url}" },
} as const;

const welcome = defineEmail(catalogue, (t, input: { name: string; url: string }) => ({
  subject: t("subject", { name: input.name }),
  body: [t("body", { url: input.url }), { title: "Étapes", items: ["un", "deux"] }],
}));

describe("defineEmail", () => {
  it("renders subject, plain text and HTML in French by default", () => {
    const mail = welcome({ name: "Nadia", url: "https://digitess.example/x?a=1&b=2" });
    expect(mail.subject).toBe("Bonjour Nadia");
    expect(mail.text).toBe(
      "Votre lien :\nhttps://digitess.example/x?a=1&b=2\n\nÉtapes\n- un\n- deux",
    );
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain(
      '<p>Votre lien :<br><a href="https://digitess.example/x?a=1&amp;b=2">https://digitess.example/x?a=1&amp;b=2</a></p>',
    );
    expect(mail.html).toContain("<p>Étapes</p><ul><li>un</li><li>deux</li></ul>");
  });

  it("uses the recipient's locale", () => {
    const mail = welcome({ name: "Nadia", url: "https://x.example" }, "en");
    expect(mail.subject).toBe("Hello Nadia");
    expect(mail.html).toContain('<html lang="en">');
  });
});

describe("rendering", () => {
  it("splits a paragraph holding blank lines and escapes HTML", () => {
    const body = ["Bonjour,\n\n<b>Léa</b> & co"];
    expect(renderEmailText(body)).toBe("Bonjour,\n\n<b>Léa</b> & co");
    expect(renderEmailHtml(body, "fr")).toContain(
      "<p>Bonjour,</p><p>&lt;b&gt;Léa&lt;/b&gt; &amp; co</p>",
    );
  });

  it("writes a list without a title as items only", () => {
    expect(renderEmailText(["a", { items: ["x"] }, "b"])).toBe("a\n\n- x\n\nb");
  });
});
