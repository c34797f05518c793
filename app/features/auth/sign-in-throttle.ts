/**
 * Limits on failed sign-ins (issue 11 point 10, issue 12), pure. Only failures count: a training
 * room or a France services desk behind one address signs in as often as it likes with the
 * right passwords. A wrong password is counted three ways, each a fixed window in the database
 * (`~/platform/rate-limit`):
 *
 * - per account and address: 5 in 15 minutes — one person (or one attacker) at one address;
 * - per account: 20 in an hour, from every address — guessing one account from many addresses;
 * - per address: 100 in 15 minutes, every account — trying many accounts from one address,
 *   high enough for a room where people mistype now and then.
 *
 * Once a counter is full, attempts on what it counts are refused (429 with Retry-After) until
 * its window ends, right password or not: otherwise the limit would tell a guesser when a guess
 * is right.
 */
import type { RateLimitPolicy } from "~/platform/rate-limit/window";

const MINUTE = 60 * 1000;

export const failedSignInPolicies = {
  accountAtAddress: { limit: 5, windowMs: 15 * MINUTE },
  account: { limit: 20, windowMs: 60 * MINUTE },
  address: { limit: 100, windowMs: 15 * MINUTE },
} as const satisfies Record<string, RateLimitPolicy>;

/** The counters of a sign-in attempt for `email` from `address`. */
export function failedSignInLimits(input: {
  email: string;
  address: string;
}): { key: string; policy: RateLimitPolicy }[] {
  const email = input.email.trim().toLowerCase();
  const address = input.address.trim() || "unknown";
  return [
    {
      key: `sign-in-failed:account-address:${email}|${address}`,
      policy: failedSignInPolicies.accountAtAddress,
    },
    { key: `sign-in-failed:account:${email}`, policy: failedSignInPolicies.account },
    { key: `sign-in-failed:address:${address}`, policy: failedSignInPolicies.address },
  ];
}
