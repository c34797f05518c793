/**
 * Writes a member's personal-data archive (ADR 0012): a ZIP streamed into the file store
 * (constant memory whatever the documents weigh) holding LISEZ-MOI.txt, donnees.json and every
 * document of the member's organisations' applications, each streamed from the store. Why a
 * job: the documents of a structure can weigh hundreds of megabytes, which a request should not
 * hold; the archive is written once, then downloaded as often as needed until it expires.
 * `written_rows` counts the entries written (the progress page). Not retried: the member asks
 * again.
 */
import type { Writable } from "node:stream";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~/platform/db/types";
import { ZipWriter } from "~/platform/export/zip";
import type { Locale } from "~/platform/i18n/types";
import { defineJob } from "~/platform/jobs/define-job";
import type { FileStorage } from "~/platform/storage/storage";
import { storeStream } from "~/platform/storage/store-stream.server";
import { exports } from "../../../../db/schema";
import { DATA_ENTRY, PERSONAL_EXPORT_KIND, README_ENTRY } from "../export-layout";
import { en, fr } from "../messages";
import { collectPersonalData } from "../personal-data.server";

/** The largest archive written (as the review's exports; the ZIP writer has no ZIP64). */
export const PERSONAL_EXPORT_MAX_BYTES = 1024 * 1024 * 1024;

async function* once(text: string): AsyncIterable<string> {
  yield text;
}

async function writeArchive(options: {
  db: Database;
  storage: FileStorage;
  exportId: string;
  data: NonNullable<Awaited<ReturnType<typeof collectPersonalData>>>;
  locale: Locale;
  now: Date;
  out: Writable;
}): Promise<void> {
  const { db, storage, data, exportId } = options;
  const zip = new ZipWriter(options.out, options.now);
  const readme = (options.locale === "en" ? en : fr)["privacy.archive.readme"];
  await zip.addEntry(README_ENTRY, once(readme.replaceAll("\n", "\r\n")));
  // Documents the store no longer has are named in the JSON as missing, not skipped silently.
  const absent: string[] = [];
  let written = 1;
  for (const file of data.files) {
    const stream = await storage.get(file.storageKey);
    if (!stream) {
      absent.push(file.entry);
      continue;
    }
    await zip.addEntry(file.entry, stream as unknown as AsyncIterable<Uint8Array>);
    written += 1;
    await db.update(exports).set({ writtenRows: written }).where(eq(exports.id, exportId));
  }
  const document = { ...data.document, missingFiles: absent };
  await zip.addEntry(DATA_ENTRY, once(`${JSON.stringify(document, null, 2)}\n`));
  await db
    .update(exports)
    .set({ writtenRows: written + 1 })
    .where(eq(exports.id, exportId));
  await zip.finish();
}

export const exportPersonalDataJob = defineJob({
  name: "export-personal-data",
  payload: z.object({ exportId: z.uuid(), locale: z.enum(["fr", "en"]).default("fr") }),
  retryLimit: 0,
  async handle({ exportId, locale }, { db, storage, logger }) {
    const [claimed] = await db
      .update(exports)
      .set({ status: "running", writtenRows: 0, error: null })
      .where(
        and(
          eq(exports.id, exportId),
          eq(exports.kind, PERSONAL_EXPORT_KIND),
          inArray(exports.status, ["pending", "running"]),
        ),
      )
      .returning();
    if (!claimed) return;
    try {
      const now = new Date();
      const data = await collectPersonalData(db, claimed.userId, now);
      if (!data) throw new Error("the account no longer exists");
      await db
        .update(exports)
        .set({ totalRows: data.files.length + 2 })
        .where(eq(exports.id, exportId));
      const file = await storeStream(
        storage,
        (out) => writeArchive({ db, storage, exportId, data, locale, now, out }),
        { maxBytes: PERSONAL_EXPORT_MAX_BYTES },
      );
      await db
        .update(exports)
        .set({
          status: "done",
          storageKey: file.key,
          sizeBytes: file.sizeBytes,
          finishedAt: new Date(),
        })
        .where(eq(exports.id, exportId));
      logger.info(
        { exportId, files: data.files.length, sizeBytes: file.sizeBytes },
        "personal data archived",
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ err: error, exportId }, "personal data archive failed");
      await db
        .update(exports)
        .set({ status: "failed", error: message.slice(0, 500), finishedAt: new Date() })
        .where(eq(exports.id, exportId));
    }
  },
});
