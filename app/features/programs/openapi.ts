/** This feature's part of the public API description (merged by app/openapi.ts). */
import type { OpenApiContribution } from "~/platform/openapi";
import { publicProgrammeListSchema, publicProgrammeSchema } from "./public-config";

const programmeResponse = (description: string, ref: string) => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});

/** GET /programmes and GET /programmes/{slug}. */
export const openApiPaths: OpenApiContribution = {
  tags: [
    {
      name: "Programmes",
      description: "Configuration publique : échelons et taux, axes, territoires, antennes.",
    },
  ],
  schemas: {
    Programme: { schema: publicProgrammeSchema, io: "output" },
    ProgrammeList: { schema: publicProgrammeListSchema, io: "output" },
  },
  paths: {
    "/programmes": {
      get: {
        operationId: "listProgrammes",
        tags: ["Programmes"],
        summary: "Lister les programmes et leur configuration publique",
        responses: { "200": programmeResponse("Tous les programmes.", "ProgrammeList") },
      },
    },
    "/programmes/{slug}": {
      get: {
        operationId: "getProgramme",
        tags: ["Programmes"],
        summary: "Lire la configuration publique d'un programme",
        parameters: [
          {
            name: "slug",
            in: "path",
            required: true,
            description: "Identifiant du programme, par exemple « digitess ».",
            schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,63}$" },
          },
        ],
        responses: {
          "200": programmeResponse("Le programme.", "Programme"),
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
  },
};
