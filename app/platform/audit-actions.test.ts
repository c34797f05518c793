import { describe, expect, it } from "vitest";
import {
  auditActionNames,
  auditActionsByEntity,
  auditEntityTypes,
  isAuditAction,
  isAuditEntityType,
} from "./audit-actions";

describe("audit action names", () => {
  it("are <entity>.<past verb> in snake case, each declared once", () => {
    const names = auditActionNames();
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z_]+\.[a-z]+(_[a-z]+)*$/);
    for (const verbs of Object.values(auditActionsByEntity)) {
      for (const verb of verbs) // A past participle somewhere: regular (-ed) or one of the irregular ones in use.
        expect(verb).toMatch(/(^|_)([a-z]+ed|left|withdrawn)(_|$)/);
    }
  });

  it("filter by entity", () => {
    expect(auditActionNames("question_bank_version")).toEqual(["question_bank_version.published"]);
    expect(auditActionNames("user")).toContain("user.role_granted");
    expect(auditEntityTypes).toContain("application");
  });

  it("recognise declared names only", () => {
    expect(isAuditAction("application.submitted")).toBe(true);
    expect(isAuditAction("submit")).toBe(false);
    expect(isAuditAction("transition:withdraw")).toBe(false);
    expect(isAuditEntityType("programme")).toBe(true);
    expect(isAuditEntityType("toString")).toBe(false);
  });
});
