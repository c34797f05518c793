/** This feature's part of the public API description (merged by app/openapi.ts). */
import type { OpenApiContribution } from "~/platform/openapi";
import { eligibilityRequestSchema, eligibilityResponseSchema } from "./eligibility.schema";

/** The example request and answer, shown in the document and checked by its tests. */
export const eligibilityExamples = {
  request: {
    programme: "digitess",
    legalForm: "9220",
    esus: false,
    creationDate: "2019-05-14",
    axes: ["housing"],
    departement: "13",
    onDate: "2026-11-22",
  },
  response: {
    eligible: true,
    criteria: [
      {
        id: "ess",
        met: true,
        message: "Votre forme juridique fait partie de l'économie sociale et solidaire (ESS).",
      },
      { id: "age", met: true, message: "Votre structure existe depuis au moins 3 ans." },
      {
        id: "axes",
        met: true,
        message: "Vos actions entrent dans les axes prioritaires du programme : habitat.",
      },
      {
        id: "territory",
        met: true,
        message: "Le programme couvre votre département : Bouches-du-Rhône (13).",
      },
    ],
  },
} as const;

/** POST /eligibility. */
export const openApiPaths: OpenApiContribution = {
  tags: [{ name: "Éligibilité", description: "Vérifier si une structure peut candidater." }],
  schemas: {
    EligibilityRequest: { schema: eligibilityRequestSchema, io: "input" },
    EligibilityResponse: { schema: eligibilityResponseSchema, io: "output" },
  },
  paths: {
    "/eligibility": {
      post: {
        operationId: "checkEligibility",
        tags: ["Éligibilité"],
        summary: "Vérifier l'éligibilité d'une structure à un programme",
        description:
          "Chaque critère (ess, age, axes, territory) est rempli (true), non rempli (false) ou à vérifier (null), avec une phrase en français. eligible est false dès qu'un critère n'est pas rempli, null quand aucun n'échoue mais qu'un reste à vérifier (par exemple « legalForm »: null), true sinon.",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/EligibilityRequest" },
              example: eligibilityExamples.request,
            },
          },
        },
        responses: {
          "200": {
            description: "Le résultat, critère par critère.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/EligibilityResponse" },
                example: eligibilityExamples.response,
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
        },
      },
    },
  },
};
