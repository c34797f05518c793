// French identifiers of an organisation (SIREN, SIRET, RNA) and the Luhn check: identity checks
// shared by every feature; the features keep the messages of the error codes.
export * from "./identifiers";
export * from "./luhn";
export * from "./user-id";
