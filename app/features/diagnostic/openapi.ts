/** This feature's part of the public API description (merged by app/openapi.ts). */
import type { OpenApiContribution } from "~/platform/openapi";
import { scoreExamples, scoreRequestSchema, scoreResponseSchema } from "./score-api";

/** POST /diagnostic/score. */
export const openApiPaths: OpenApiContribution = {
  tags: [
    {
      name: "Diagnostic",
      description: "Calculer le résultat d'un diagnostic de maturité numérique.",
    },
  ],
  schemas: {
    DiagnosticScoreRequest: { schema: scoreRequestSchema, io: "input" },
    DiagnosticScoreResponse: { schema: scoreResponseSchema, io: "output" },
  },
  paths: {
    "/diagnostic/score": {
      post: {
        operationId: "scoreDiagnostic",
        tags: ["Diagnostic"],
        summary: "Calculer les scores d'un diagnostic de maturité numérique",
        description:
          "Rien n'est enregistré. Score d'un thème : moyenne des niveaux répondus / 4 x 100, arrondie au plus proche (0,5 vers le haut), les réponses « na » étant écartées. Score global : moyenne des thèmes notés, arrondie de même. level : debutant (0-25), en_construction (26-50), intermediaire (51-70), avance (71-100). recommendedLevel : diagnostic, scoping ou production, selon P1, P2 et le score global. Une réponse manquante, un niveau hors bornes ou « na » là où il n'est pas permis donne 400, chaque question en cause étant nommée (champ answers.<question>).",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/DiagnosticScoreRequest" },
              example: scoreExamples.request,
            },
          },
        },
        responses: {
          "200": {
            description:
              "Les scores par thème, le score global, le niveau et l'accompagnement conseillé.",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/DiagnosticScoreResponse" },
                example: scoreExamples.response,
              },
            },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
        },
      },
    },
  },
};
