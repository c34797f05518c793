// The form of /instruction/exports/nouvelle: the columns checked (one or more of the catalogue)
// and the format. Messages are catalogue keys. The filters come from the page's query string.
import { z } from "zod";
import { exportColumnIds, exportFormats, isExportColumnId, orderColumns } from "./export-columns";

export const exportRequestSchema = z.object({
  columns: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(z.string({ error: "review.export.error.columnUnknown" }))
      .min(1, "review.export.error.columnsRequired")
      .max(exportColumnIds.length * 2, "review.export.error.columnUnknown")
      .refine((values) => values.every(isExportColumnId), "review.export.error.columnUnknown")
      .transform(orderColumns),
  ),
  format: z.enum(exportFormats, { error: "review.export.error.format" }),
});
