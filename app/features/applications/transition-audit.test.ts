import { describe, expect, it } from "vitest";
import { isAuditAction } from "~/platform/audit-actions";
import { applicationActions } from "./state-machine";
import { transitionAuditActions } from "./transition-audit";

describe("transition audit names", () => {
  it("give every transition its own declared past-verb name", () => {
    const names = applicationActions.map((action) => transitionAuditActions[action]);
    expect(new Set(names).size).toBe(applicationActions.length);
    for (const name of names) expect(isAuditAction(name)).toBe(true);
    expect(transitionAuditActions.withdraw).toBe("application.withdrawn");
  });
});
