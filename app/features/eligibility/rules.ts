import { anniversary, compareIsoDates, hasReachedAge, type IsoDate, isIsoDate } from "./dates";
import { isEssLegalForm } from "./legal-forms";
import type {
  CriterionResult,
  EligibilityAnswers,
  EligibilityResult,
  EligibilityRules,
  Met,
  NextStep,
} from "./types";

/**
 * Checks a structure's answers against a programme's rules on a given day ("YYYY-MM-DD").
 * Pure: the same answers, rules and day always give the same result. Criteria come in a fixed
 * order (ess, age, axes, territory); eligible is false as soon as one is not met, null when none
 * fails but one must be checked by a person, true otherwise.
 */
export function checkEligibility(
  answers: EligibilityAnswers,
  rules: EligibilityRules,
  onDate: IsoDate,
): EligibilityResult {
  if (!isIsoDate(onDate)) throw new RangeError(`onDate is not a calendar date: ${onDate}`);
  const criteria = [
    checkEss(answers, rules),
    checkAge(answers, rules, onDate),
    checkAxes(answers, rules),
    checkTerritory(answers, rules),
  ];
  const eligible = combine(criteria.map((c) => c.met));
  return { eligible, criteria, nextStep: nextStepFor(eligible, criteria) };
}

/** What a structure's own record says, before any project: every answer but the axes. */
export type StructureAnswers = Omit<EligibilityAnswers, "axes">;

/**
 * Checks the criteria that a structure's record settles before it applies (ESS, age, territory),
 * with the same rules and sentences as the whole check. The axes are left out: they belong to
 * the project, asked at step 2, and a structure may apply with a project on a priority axis
 * whatever its other fields of action. The combination and the next step follow the whole
 * check's rules, so a definite failure here is one the full check would report too.
 */
export function checkStructureEligibility(
  answers: StructureAnswers,
  rules: EligibilityRules,
  onDate: IsoDate,
): EligibilityResult {
  if (!isIsoDate(onDate)) throw new RangeError(`onDate is not a calendar date: ${onDate}`);
  const full = { ...answers, axes: null };
  const criteria = [
    checkEss(full, rules),
    checkAge(full, rules, onDate),
    checkTerritory(full, rules),
  ];
  const eligible = combine(criteria.map((c) => c.met));
  return { eligible, criteria, nextStep: nextStepFor(eligible, criteria) };
}

/** Combines criteria outcomes: any false wins, then any null, else true. */
export function combine(outcomes: readonly Met[]): Met {
  if (outcomes.includes(false)) return false;
  return outcomes.includes(null) ? null : true;
}

/** ESS membership: by legal form, or by ESUS approval when the programme accepts it. */
export function checkEss(answers: EligibilityAnswers, rules: EligibilityRules): CriterionResult {
  const result = (met: Met, messageKey: CriterionResult["messageKey"]): CriterionResult => ({
    id: "ess",
    met,
    messageKey,
    params: {},
  });
  const { legalForm, esus } = answers;
  if (legalForm !== null && isEssLegalForm(legalForm, rules)) {
    return result(true, "eligibility.criterion.ess.metByLegalForm");
  }
  // ESUS approval is only granted to ESS companies, so it settles the question even when the
  // legal form is unknown.
  if (esus === true) {
    return rules.esusAcceptedForOtherCompanies
      ? result(true, "eligibility.criterion.ess.metByEsus")
      : legalForm === null
        ? result(null, "eligibility.criterion.ess.unknownLegalForm")
        : result(false, "eligibility.criterion.ess.notMetEsusNotAccepted");
  }
  if (legalForm === null) return result(null, "eligibility.criterion.ess.unknownLegalForm");
  if (!rules.esusAcceptedForOtherCompanies) {
    return result(false, "eligibility.criterion.ess.notMetEsusNotAccepted");
  }
  return esus === null
    ? result(null, "eligibility.criterion.ess.checkEsus")
    : result(false, "eligibility.criterion.ess.notMet");
}

/** Age: the structure has existed for the minimum number of years on `onDate` (calendar years). */
export function checkAge(
  answers: EligibilityAnswers,
  rules: EligibilityRules,
  onDate: IsoDate,
): CriterionResult {
  const years = rules.minimumAgeYears;
  const { creationDate } = answers;
  if (creationDate === null || !isIsoDate(creationDate)) {
    return {
      id: "age",
      met: null,
      messageKey: "eligibility.criterion.age.unknown",
      params: { years },
    };
  }
  if (compareIsoDates(creationDate, onDate) > 0) {
    return {
      id: "age",
      met: null,
      messageKey: "eligibility.criterion.age.future",
      params: { years },
    };
  }
  if (hasReachedAge(creationDate, onDate, years)) {
    return { id: "age", met: true, messageKey: "eligibility.criterion.age.met", params: { years } };
  }
  const eligibleFrom = anniversary(creationDate, years);
  return {
    id: "age",
    met: false,
    messageKey: "eligibility.criterion.age.notMet",
    params: { years, eligibleFrom },
  };
}

/** Axes: at least one chosen axis is a priority axis; none chosen or "je ne sais pas" is to check. */
export function checkAxes(answers: EligibilityAnswers, rules: EligibilityRules): CriterionResult {
  const chosen = answers.axes ?? [];
  const matching = rules.priorityAxes.filter((axis) => chosen.includes(axis));
  if (matching.length > 0) {
    return {
      id: "axes",
      met: true,
      messageKey: "eligibility.criterion.axes.met",
      params: { axes: matching },
    };
  }
  const params = { axes: rules.priorityAxes };
  return chosen.length === 0
    ? { id: "axes", met: null, messageKey: "eligibility.criterion.axes.unknown", params }
    : { id: "axes", met: false, messageKey: "eligibility.criterion.axes.notMet", params };
}

/** Territory: the structure's département is one the programme covers. */
export function checkTerritory(
  answers: EligibilityAnswers,
  rules: EligibilityRules,
): CriterionResult {
  const { departement } = answers;
  if (departement === null) {
    return {
      id: "territory",
      met: null,
      messageKey: "eligibility.criterion.territory.unknown",
      params: {},
    };
  }
  const met = rules.departements.includes(departement);
  const messageKey = met
    ? "eligibility.criterion.territory.met"
    : "eligibility.criterion.territory.notMet";
  return { id: "territory", met, messageKey, params: { departement } };
}

/**
 * Picks the advice shown after the criteria: apply; apply and let the team check; apply later
 * when only the age fails (with the date); otherwise, where else to get help.
 */
export function nextStepFor(eligible: Met, criteria: readonly CriterionResult[]): NextStep {
  if (eligible === true) return { messageKey: "eligibility.nextStep.apply", params: {} };
  if (eligible === null) return { messageKey: "eligibility.nextStep.applyAndCheck", params: {} };
  const failed = criteria.filter((c) => c.met === false);
  const onlyTooYoung = failed.length === 1 && failed[0]?.id === "age";
  const eligibleFrom = failed[0]?.params.eligibleFrom;
  return onlyTooYoung && eligibleFrom
    ? { messageKey: "eligibility.nextStep.applyLater", params: { eligibleFrom } }
    : { messageKey: "eligibility.nextStep.getHelpElsewhere", params: {} };
}
