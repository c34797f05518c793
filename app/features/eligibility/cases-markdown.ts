import { formatCalendarDate as formatDate } from "~/platform/format/dates";
import { type EligibilityCase, eligibilityCases, expectedAdvice, referenceDate } from "./cases";
import { digitessAxes } from "./digitess";
import { essLegalForms } from "./legal-forms";

/** Renders the case table as Markdown for the programme team (the content of cases.md). */
export function renderCasesMarkdown(cases: readonly EligibilityCase[] = eligibilityCases): string {
  const header = [
    "# Éligibilité : table des cas",
    "",
    "Ce fichier est produit à partir de `cases.ts` ; chaque ligne est vérifiée par les tests",
    "(`rules.test.ts`). Pour le modifier, modifiez `cases.ts` puis régénérez-le :",
    "`npx tsx app/features/eligibility/cases-markdown.ts > app/features/eligibility/cases.md`",
    "(puis `npx biome format --write` sur le fichier pour aligner les colonnes).",
    "",
    "Structure de référence : association déclarée (9220), sans agrément ESUS, créée le",
    `14 mai 2019, axe logement, Bouches-du-Rhône (13), vérifiée le ${formatDate(referenceDate, "fr")}`,
    "avec les règles de Digit'ESS. Chaque ligne ne donne que ce qui change.",
    "",
    "Règles retenues : le jour du 3e anniversaire compte ; une structure créée un 29 février a son",
    "anniversaire le 1er mars les années non bissextiles ; « non » l'emporte sur « à vérifier ».",
    "",
    "| n° | Situation | Réponses (ce qui change) | ESS | Ancienneté | Axes | Territoire | Résultat | Suite |",
    "|---:|---|---|---|---|---|---|---|---|",
  ];
  const rows = cases.map((row, index) => {
    const cells = [
      String(index + 1),
      row.description,
      describeChanges(row),
      ...row.expected,
      `**${row.result}**`,
      expectedAdvice(row),
    ];
    return `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  });
  return `${[...header, ...rows].join("\n")}\n`;
}

function describeChanges(row: EligibilityCase): string {
  const parts: string[] = [];
  const { answers = {}, rules = {} } = row;
  if (answers.legalForm !== undefined) {
    const code = answers.legalForm;
    parts.push(code === null ? "forme : je ne sais pas" : `forme : ${code}${labelOf(code)}`);
  }
  if (answers.esus !== undefined) parts.push(`ESUS : ${yesNo(answers.esus)}`);
  if (answers.creationDate !== undefined) {
    const date = answers.creationDate;
    parts.push(`créée le : ${date === null ? "je ne sais pas" : formatDate(date, "fr")}`);
  }
  if (answers.axes !== undefined) {
    const axes = answers.axes;
    const text =
      axes === null
        ? "je ne sais pas"
        : axes.length === 0
          ? "aucun"
          : axes.map(axisLabel).join(", ");
    parts.push(`axes : ${text}`);
  }
  if (answers.departement !== undefined) {
    parts.push(`département : ${answers.departement ?? "je ne sais pas"}`);
  }
  if (row.onDate) parts.push(`vérifiée le : ${formatDate(row.onDate, "fr")}`);
  if (rules.esusAcceptedForOtherCompanies === false) parts.push("programme : ESUS refusé");
  if (rules.minimumAgeYears !== undefined) parts.push(`programme : ${rules.minimumAgeYears} ans`);
  if (rules.priorityAxes) {
    parts.push(`programme : axes ${rules.priorityAxes.map(axisLabel).join(", ")}`);
  }
  if (rules.departements) parts.push(`programme : départements ${rules.departements.join(", ")}`);
  return parts.join(" ; ") || "—";
}

function axisLabel(code: string): string {
  return code === "other"
    ? "Autre domaine"
    : (digitessAxes.find((a) => a.code === code)?.label ?? code);
}

function labelOf(code: string): string {
  const label = essLegalForms[code]?.label;
  return label ? ` (${label})` : "";
}

function yesNo(value: boolean | null): string {
  return value === null ? "je ne sais pas" : value ? "oui" : "non";
}

// Run directly (npx tsx .../cases-markdown.ts) to print the table.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(renderCasesMarkdown());
}
