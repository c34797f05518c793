// The organisation profile form (create and edit): the identity fields plus the head office,
// the ESS status and the fields of action. One schema shared by the form (Conform) and its action.
// Error messages are catalogue keys by default (`messageKeys`), translated where they are shown.

import { z } from "zod";
import { isAxisCode, OTHER_AXIS } from "~/features/eligibility";
import { departementCodes } from "~/platform/geo";
import type { Messages } from "~/platform/i18n/types";
import { fr } from "./messages";
import {
  blankToUndefined,
  identifierPresentRule,
  identityShape,
  type OrganizationSchemaOptions,
} from "./organization.schema";
import { locate } from "./rules";

export const ADDRESS_MAX_LENGTH = 300;
export const COMMUNE_MAX_LENGTH = 100;
export const OTHER_ACTIONS_MAX_LENGTH = 500;

/** Every message key mapped to itself: schema errors stay keys until a component translates them. */
export const messageKeys = Object.fromEntries(
  Object.keys(fr).map((key) => [key, key]),
) as unknown as Messages<typeof fr>;

/** A checkbox posts "on" when ticked and nothing otherwise. */
function checkbox() {
  return z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
}

/** Repeated checkboxes post nothing, one value, or several: always read a list. */
function toList(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

function optionalText(max: number, tooLong: string) {
  return z.preprocess(blankToUndefined, z.string().max(max, tooLong).optional());
}

export type OrganizationProfileSchemaOptions = OrganizationSchemaOptions & {
  /**
   * The axis codes the form offers (programme axes); "other" is always accepted. Without it any
   * well-formed code is (the browser does not know the list; the action checks it).
   */
  readonly axisCodes?: readonly string[];
};

/** Builds the profile schema; messages are catalogue keys unless a catalogue is given. */
export function buildOrganizationProfileSchema(options: OrganizationProfileSchemaOptions = {}) {
  const m = options.messages ?? messageKeys;
  const now = options.now ?? (() => new Date());
  const known = options.axisCodes;
  const axisCode = z
    .string()
    .refine(
      (code) => code === OTHER_AXIS || (isAxisCode(code) && (!known || known.includes(code))),
      m["organizations.actionAxes.required"],
    );
  return (
    z
      .object({
        ...identityShape(m, now),
        addressLine: optionalText(ADDRESS_MAX_LENGTH, m["organizations.addressLine.tooLong"]),
        commune: z.preprocess(
          blankToUndefined,
          z
            .string({ error: m["organizations.commune.required"] })
            .max(COMMUNE_MAX_LENGTH, m["organizations.commune.tooLong"]),
        ),
        departement: z.preprocess(
          blankToUndefined,
          z
            .enum(departementCodes as [string, ...string[]], {
              error: m["organizations.departement.invalid"],
            })
            .optional(),
        ),
        essMember: checkbox(),
        esusApproved: checkbox(),
        actionAxes: z.preprocess(
          toList,
          z
            .array(axisCode, { error: m["organizations.actionAxes.required"] })
            .min(1, m["organizations.actionAxes.required"])
            .transform((axes) => [...new Set(axes)]),
        ),
        otherActions: optionalText(
          OTHER_ACTIONS_MAX_LENGTH,
          m["organizations.otherActions.tooLong"],
        ),
      })
      .refine(...identifierPresentRule(m))
      // "Entreprise commerciale sans l'agrément ESUS" contradicts a ticked ESUS approval.
      .refine(
        (profile) =>
          typeof profile.legalForm !== "object" ||
          !(profile.legalForm.esus === false && profile.esusApproved === true),
        {
          message: m["organizations.legalForm.esusConflict"],
          path: ["legalForm"],
          when: (payload) => typeof payload.value === "object" && payload.value !== null,
        },
      )
      .refine((profile) => locate(profile.postcode, profile.departement) !== null, {
        message: m["organizations.departement.required"],
        path: ["departement"],
        when: (payload) => {
          const value = payload.value as { postcode?: unknown };
          return typeof value?.postcode === "string" && /^\d{5}$/.test(value.postcode);
        },
      })
      .refine(
        (profile) =>
          !Array.isArray(profile.actionAxes) ||
          !profile.actionAxes.includes(OTHER_AXIS) ||
          profile.otherActions !== undefined,
        {
          message: m["organizations.otherActions.required"],
          path: ["otherActions"],
          when: (payload) => typeof payload.value === "object" && payload.value !== null,
        },
      )
  );
}

/** The profile schema with catalogue keys as messages and the real clock. */
export const organizationProfileSchema = buildOrganizationProfileSchema();

export type OrganizationProfile = z.output<typeof organizationProfileSchema>;
