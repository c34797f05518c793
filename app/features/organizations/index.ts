// Public API of the organizations feature: other features import only from here.
export * from "./budget-bands";
export * from "./identifiers";
export * from "./luhn";
export * from "./organization.schema";
