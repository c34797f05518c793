// The completeness checklist of an application's file (issue 13): every document, declaration and
// piece of information the instructor needs before a committee, each met or not, in the order the
// page lists them. Pure: the file page computes it from the submission and the current files.
import {
  allowedAttachmentKinds,
  type LevelKind,
  levelRequiresCost,
  requiredAttachmentKinds,
} from "~/features/applications";

export type CompletenessItem =
  /** A document every application needs (statutes, accounts). */
  | { id: `document.${string}`; kind: "document"; document: string; ok: boolean }
  /** A quote for a level that has a cost (scoping, production). */
  | { id: `quote.${LevelKind}`; kind: "quote"; level: LevelKind; ok: boolean }
  /** The specifications production is built from. */
  | { id: "specifications"; kind: "specifications"; ok: boolean }
  | { id: "sworn_statement"; kind: "sworn_statement"; ok: boolean }
  | { id: "data_consent"; kind: "data_consent"; ok: boolean }
  | { id: "signatory"; kind: "signatory"; ok: boolean }
  | { id: "contact"; kind: "contact"; ok: boolean }
  | { id: "diagnostic"; kind: "diagnostic"; ok: boolean };

export type CompletenessInput = {
  /** The levels requested. */
  levels: readonly LevelKind[];
  /** The kinds of the files attached to the application (answers included). */
  attachmentKinds: readonly string[];
  declarations: {
    swornStatement: boolean;
    dataConsent: boolean;
    signatoryName: string;
    signatoryRole: string;
  } | null;
  contact: { name: string; role: string } | null;
  /** The organisation has a completed diagnostic. */
  hasDiagnostic: boolean;
};

const filled = (value: string | undefined | null) => (value ?? "").trim() !== "";

/** The checklist, in page order: documents, quotes, declarations, contact, diagnostic. */
export function completenessChecklist(input: CompletenessInput): CompletenessItem[] {
  const has = (kind: string) => input.attachmentKinds.includes(kind);
  const items: CompletenessItem[] = requiredAttachmentKinds(input.levels).map((document) => ({
    id: `document.${document}` as const,
    kind: "document" as const,
    document,
    ok: has(document),
  }));
  for (const level of input.levels) {
    if (levelRequiresCost(level)) {
      items.push({ id: `quote.${level}`, kind: "quote", level, ok: has("quote") });
    }
  }
  if (allowedAttachmentKinds(input.levels).includes("specifications")) {
    items.push({ id: "specifications", kind: "specifications", ok: has("specifications") });
  }
  const declarations = input.declarations;
  items.push(
    { id: "sworn_statement", kind: "sworn_statement", ok: declarations?.swornStatement === true },
    { id: "data_consent", kind: "data_consent", ok: declarations?.dataConsent === true },
    {
      id: "signatory",
      kind: "signatory",
      ok: filled(declarations?.signatoryName) && filled(declarations?.signatoryRole),
    },
    {
      id: "contact",
      kind: "contact",
      ok: filled(input.contact?.name) && filled(input.contact?.role),
    },
    { id: "diagnostic", kind: "diagnostic", ok: input.hasDiagnostic },
  );
  return items;
}

/** Tells whether every item of the checklist is met. */
export function isComplete(items: readonly CompletenessItem[]): boolean {
  return items.every((item) => item.ok);
}
