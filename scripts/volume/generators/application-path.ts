/**
 * The actions that lead an application from "draft" to a given state, drawn for realism (some
 * answer an information request first, some are postponed once) and checked against the state
 * machine, so the volume holds only histories the application could have written.
 */
import {
  type ApplicationAction,
  type ApplicationState,
  applicationStates,
  transitionTable,
} from "~/features/applications";
import type { Rng } from "../prng";

/** How often each state appears in the volume (weights). */
export const stateWeights: readonly (readonly [ApplicationState, number])[] = [
  ["draft", 18],
  ["submitted", 10],
  ["in_review", 12],
  ["information_requested", 6],
  ["correction_requested", 2],
  ["ready_for_committee", 6],
  ["declared_ineligible", 5],
  ["scheduled", 5],
  ["accepted", 18],
  ["refused", 8],
  ["postponed", 3],
  ["withdrawn", 9],
];

/** One step of a history: the action and the states around it. */
export type PathStep = { action: ApplicationAction; from: ApplicationState; to: ApplicationState };

function reviewPrefix(rng: Rng): ApplicationAction[] {
  const actions: ApplicationAction[] = ["submit", "start_review"];
  if (rng.chance(0.3)) actions.push("request_information", "answer_information");
  return actions;
}

function committeePrefix(rng: Rng): ApplicationAction[] {
  const actions = [...reviewPrefix(rng), "mark_ready", "schedule"] as ApplicationAction[];
  if (rng.chance(0.15)) actions.push("postpone", "reschedule", "schedule");
  return actions;
}

function actionsTo(state: ApplicationState, rng: Rng): ApplicationAction[] {
  switch (state) {
    case "draft":
      return [];
    case "submitted":
      return ["submit"];
    case "in_review":
      return reviewPrefix(rng);
    case "information_requested":
      return [...reviewPrefix(rng), "request_information"];
    case "correction_requested":
      return [...reviewPrefix(rng), "request_correction"];
    case "ready_for_committee":
      return [...reviewPrefix(rng), "mark_ready"];
    case "declared_ineligible":
      return [...reviewPrefix(rng), "declare_ineligible"];
    case "scheduled":
      return committeePrefix(rng);
    case "accepted":
      return [...committeePrefix(rng), "accept"];
    case "refused":
      return [...committeePrefix(rng), "refuse"];
    case "postponed":
      return [...committeePrefix(rng), "postpone"];
    case "withdrawn": {
      const before = rng.pick(["draft", "submitted", "in_review", "ready_for_committee"] as const);
      return [...actionsTo(before, rng), "withdraw"];
    }
  }
}

/** The checked history that ends in `state`; throws if the state machine refuses a step. */
export function pathTo(state: ApplicationState, rng: Rng): PathStep[] {
  let current: ApplicationState = "draft";
  return actionsTo(state, rng).map((action) => {
    const rule = transitionTable[action];
    if (!rule.from.includes(current)) {
      throw new Error(`volume path: ${action} is not allowed from ${current}`);
    }
    const step = { action, from: current, to: rule.to };
    current = rule.to;
    return step;
  });
}

/** Every state the volume fills (all of the state machine's). */
export const volumeStates: readonly ApplicationState[] = applicationStates;
