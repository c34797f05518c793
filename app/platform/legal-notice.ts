/**
 * The legal notice's facts (LCEN art. 6 III: publisher, its address and number, director of
 * publication, contact, host), from the configuration. In production every required variable is
 * checked at start (env.server.ts); elsewhere the missing ones show demo values that say so.
 */

export type LegalNotice = {
  demo: boolean;
  publisher: { name: string; address: string; id: string | null; phone: string | null };
  director: string;
  contactEmail: string;
  host: { name: string; address: string; phone: string | null };
};

const demoValues = {
  publisher: "Opérateur de démonstration Digit'ESS",
  address: "Adresse à configurer (LEGAL_PUBLISHER_ADDRESS)",
  director: "Directeur ou directrice de la publication à configurer (LEGAL_DIRECTOR)",
  contact: "contact@digitess.localhost",
  host: "Hébergeur à configurer (LEGAL_HOST)",
  hostAddress: "Adresse de l'hébergeur à configurer (LEGAL_HOST_ADDRESS)",
};

type LegalEnv = Partial<
  Record<
    | "LEGAL_PUBLISHER"
    | "LEGAL_PUBLISHER_ADDRESS"
    | "LEGAL_PUBLISHER_ID"
    | "LEGAL_DIRECTOR"
    | "LEGAL_CONTACT_EMAIL"
    | "LEGAL_PHONE"
    | "LEGAL_HOST"
    | "LEGAL_HOST_ADDRESS"
    | "LEGAL_HOST_PHONE",
    string | undefined
  >
>;

export function legalNoticeOf(env: LegalEnv): LegalNotice {
  const demo =
    !env.LEGAL_PUBLISHER ||
    !env.LEGAL_PUBLISHER_ADDRESS ||
    !env.LEGAL_DIRECTOR ||
    !env.LEGAL_CONTACT_EMAIL ||
    !env.LEGAL_HOST ||
    !env.LEGAL_HOST_ADDRESS;
  return {
    demo,
    publisher: {
      name: env.LEGAL_PUBLISHER ?? demoValues.publisher,
      address: env.LEGAL_PUBLISHER_ADDRESS ?? demoValues.address,
      id: env.LEGAL_PUBLISHER_ID ?? null,
      phone: env.LEGAL_PHONE ?? null,
    },
    director: env.LEGAL_DIRECTOR ?? demoValues.director,
    contactEmail: env.LEGAL_CONTACT_EMAIL ?? demoValues.contact,
    host: {
      name: env.LEGAL_HOST ?? demoValues.host,
      address: env.LEGAL_HOST_ADDRESS ?? demoValues.hostAddress,
      phone: env.LEGAL_HOST_PHONE ?? null,
    },
  };
}
