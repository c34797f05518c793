/** This feature's part of the public API description (merged by app/openapi.ts). */
import type { OpenApiContribution } from "~/platform/openapi";
import { fundingRequestSchema, fundingResponseSchema } from "./funding.schema";

/** The example request and answer, shown in the document and checked by its tests. */
export const fundingExamples = {
  request: { programme: "digitess", level: "scoping", totalCostCents: 1_000_000, ratePercent: 60 },
  response: {
    level: "scoping",
    minRatePercent: 55,
    maxRatePercent: 75,
    ratePercent: 60,
    programmeShareCents: 600_000,
    remainingCents: 400_000,
  },
  rateOutOfBounds: {
    message: "Pour cet échelon, le taux doit être compris entre 55\u00a0% et 75\u00a0%.",
    errors: [
      {
        field: "ratePercent",
        message: "Pour cet échelon, le taux doit être compris entre 55\u00a0% et 75\u00a0%.",
      },
    ],
  },
} as const;

/** POST /funding/simulate. */
export const openApiPaths: OpenApiContribution = {
  tags: [{ name: "Financement", description: "Simuler la prise en charge d'un accompagnement." }],
  schemas: {
    FundingSimulationRequest: { schema: fundingRequestSchema, io: "input" },
    FundingSimulationResponse: { schema: fundingResponseSchema, io: "output" },
  },
  paths: {
    "/funding/simulate": {
      post: {
        operationId: "simulateFunding",
        tags: ["Financement"],
        summary: "Simuler la part du programme et le reste à charge",
        description:
          "Montants en centimes d'euro entiers. La part du programme est le coût multiplié par le taux, arrondie au centime, le demi-centime vers le haut ; au-delà du plafond de l'échelon, elle est calculée sur le plafond. Sans ratePercent, le taux le plus bas de l'échelon s'applique.",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/FundingSimulationRequest" },
              example: fundingExamples.request,
            },
          },
        },
        responses: {
          "200": {
            description: "La simulation au taux demandé, avec les bornes de l'échelon.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/FundingSimulationResponse" },
                example: fundingExamples.response,
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
          "422": {
            description:
              "Taux hors des bornes de l'échelon, ou échelon que le programme ne propose pas.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ApiError" },
                example: fundingExamples.rateOutOfBounds,
              },
            },
          },
        },
      },
    },
  },
};
