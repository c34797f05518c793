// The privacy feature's refusals: stable codes, catalogue keys, fields.
import { refuse } from "~/platform/commands/outcome";

export type PrivacyRefusalCode = "wrong_password" | "must_hand_over" | "own_account_by_admin";

export function refuseWrongPassword(): never {
  return refuse({
    code: "wrong_password",
    message: "privacy.delete.error.wrongPassword",
    field: "password",
  });
}

export function refuseMustHandOver(organizationNames: readonly string[]): never {
  return refuse({
    code: "must_hand_over",
    message: "privacy.delete.error.mustHandOver",
    params: { organizations: organizationNames.join(", ") },
    details: { organizations: [...organizationNames] },
  });
}

export function refuseOwnAccountByAdmin(): never {
  return refuse({
    code: "own_account_by_admin",
    message: "privacy.admin.error.ownAccount",
    field: "email",
  });
}
