import { describe, expect, it } from "vitest";
import { type ApplicationState, applicationStates } from "~/features/applications";
import { type Role, roles } from "~/features/auth";
import { fileActions } from "./file-actions";

const id = "0b7c6a52-3f0e-4a51-9d1e-2f7d3c9a1b11";
const ids = (state: ApplicationState, role: Role) =>
  fileActions(id, state, role).map((action) => action.id);

describe("fileActions", () => {
  it("links each review action to its page", () => {
    expect(fileActions(id, "submitted", "instructor")).toEqual([
      { id: "start_review", href: `/instruction/candidatures/${id}/examen` },
      { id: "reassign", href: `/instruction/candidatures/${id}/attribution` },
    ]);
    expect(fileActions(id, "in_review", "admin")).toEqual([
      { id: "request_information", href: `/instruction/candidatures/${id}/complements` },
      { id: "request_correction", href: `/instruction/candidatures/${id}/correction` },
      { id: "declare_ineligible", href: `/instruction/candidatures/${id}/non-eligible` },
      { id: "mark_ready", href: `/instruction/candidatures/${id}/prete` },
      { id: "score", href: `/instruction/candidatures/${id}/evaluation` },
      { id: "reassign", href: `/instruction/candidatures/${id}/attribution` },
    ]);
  });

  it("offers only reassignment while the applicant has the hand, and nothing once final", () => {
    for (const state of [
      "information_requested",
      "correction_requested",
      "ready_for_committee",
      "scheduled",
      "postponed",
    ] as const) {
      expect(ids(state, "instructor"), state).toEqual(["reassign"]);
    }
    for (const state of ["declared_ineligible", "accepted", "refused", "withdrawn"] as const) {
      expect(ids(state, "instructor"), state).toEqual([]);
    }
    expect(ids("draft", "instructor")).toEqual([]);
  });

  it("gives no action to roles that do not decide (antenna managers included)", () => {
    for (const role of roles.filter((r) => r !== "instructor" && r !== "admin")) {
      for (const state of applicationStates)
        expect(ids(state, role), `${role} ${state}`).toEqual([]);
    }
  });

  it("gives instructors and administrators the same links in every state", () => {
    for (const state of applicationStates)
      expect(ids(state, "admin")).toEqual(ids(state, "instructor"));
  });
});
