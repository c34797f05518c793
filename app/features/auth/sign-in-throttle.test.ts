import { describe, expect, it } from "vitest";
import { failedSignInLimits, failedSignInPolicies } from "./sign-in-throttle";

describe("failedSignInLimits", () => {
  it("counts per account and address, per account and per address", () => {
    expect(failedSignInLimits({ email: " Nadia@Exemple.FR ", address: "203.0.113.7" })).toEqual([
      {
        key: "sign-in-failed:account-address:nadia@exemple.fr|203.0.113.7",
        policy: failedSignInPolicies.accountAtAddress,
      },
      { key: "sign-in-failed:account:nadia@exemple.fr", policy: failedSignInPolicies.account },
      { key: "sign-in-failed:address:203.0.113.7", policy: failedSignInPolicies.address },
    ]);
  });

  it("shares the address counter between the accounts of one room, not the account counters", () => {
    const a = failedSignInLimits({ email: "a@exemple.fr", address: "198.51.100.1" });
    const b = failedSignInLimits({ email: "b@exemple.fr", address: "198.51.100.1" });
    expect(a[2]?.key).toBe(b[2]?.key);
    expect(a[0]?.key).not.toBe(b[0]?.key);
    expect(a[1]?.key).not.toBe(b[1]?.key);
  });

  it("names an unknown address", () => {
    expect(failedSignInLimits({ email: "a@exemple.fr", address: "" })[2]?.key).toBe(
      "sign-in-failed:address:unknown",
    );
  });

  it("lets one person mistype a few times, a room much more", () => {
    expect(failedSignInPolicies.accountAtAddress.limit).toBeLessThan(
      failedSignInPolicies.account.limit,
    );
    expect(failedSignInPolicies.account.limit).toBeLessThan(failedSignInPolicies.address.limit);
  });
});
