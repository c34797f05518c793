import { describe, expect, it } from "vitest";
import { parseMailbox } from "./mailbox";

describe("parseMailbox", () => {
  it("reads a name and an address in angle brackets", () => {
    expect(parseMailbox("Digit'ESS <ne-pas-repondre@digitess.localhost>")).toEqual({
      name: "Digit'ESS",
      email: "ne-pas-repondre@digitess.localhost",
    });
  });

  it("removes the quotes of a quoted name and its escapes", () => {
    expect(parseMailbox('  "Comité \\"ESS\\", Paris" <comite@asso.fr> ')).toEqual({
      name: 'Comité "ESS", Paris',
      email: "comite@asso.fr",
    });
  });

  it("names a bare address or an empty name after the address itself", () => {
    expect(parseMailbox("contact@asso.fr")).toEqual({
      name: "contact@asso.fr",
      email: "contact@asso.fr",
    });
    expect(parseMailbox("<contact@asso.fr>")).toEqual({
      name: "contact@asso.fr",
      email: "contact@asso.fr",
    });
  });

  it("finds no address in text without one, or with a broken one", () => {
    for (const text of [
      "",
      "Digit'ESS",
      "Nom <pas une adresse>",
      "a b@c.fr",
      "<a@b@c.fr>",
      "x <>",
    ]) {
      expect(parseMailbox(text)).toBeNull();
    }
  });
});
